package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.query.agency.AgencyProfiles;
import com.safetycredit.ledger.query.publication.Disclosures;
import com.safetycredit.ledger.rules.publication.PublicationRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 信用信息公示: the public page, without sign-in, in Chinese — exactly what the publication rules publish today, as
 * {@code GET /api/public/v1/disclosures} answers it.
 */
@ConsoleOnly
@Controller
public class PublicPage {

    private static final int PAGE_SIZE = 50;

    private final Disclosures disclosures;
    private final AgencyProfiles agencies;
    private final Clock clock;

    public PublicPage(Disclosures disclosures, AgencyProfiles agencies, Clock clock) {
        this.disclosures = disclosures;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** The kinds of record the publication rules publish; anything else shows them all. */
    private static final Set<String> KINDS = Set.of("LISTING", "AGENCY_LISTING", "PENALTY", "RED_LIST");

    @GetMapping("/public")
    public String disclosures(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        String wanted = kind != null && KINDS.contains(kind) ? kind : null;
        model.addAttribute(
                "published",
                disclosures.on(LedgerTime.today(clock), Blank.toNull(q), null, wanted, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("kind", wanted);
        return "public";
    }

    /**
     * 中介服务机构信用评价结果公示: a year's evaluation once the year is over, as {@code GET
     * /api/public/v1/agency-evaluations} answers it (a year not published is the console's 404 page).
     */
    @GetMapping("/public/agencies")
    public String agencyEvaluations(@RequestParam(required = false) Integer year, Model model) {
        PublicationRules.AgencyEvaluation rule = PublicationRules.shipped().agencyEvaluation();
        LocalDate today = LedgerTime.today(clock);
        model.addAttribute("evaluation", agencies.published(year));
        model.addAttribute(
                "years",
                IntStream.rangeClosed(rule.firstYear(today), rule.lastYear(today))
                        .boxed()
                        .sorted(Comparator.reverseOrder())
                        .toList());
        return "public-agencies";
    }
}

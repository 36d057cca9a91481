package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.query.agency.AgencyProfiles;
import com.safetycredit.ledger.query.publication.Disclosures;
import com.safetycredit.ledger.rules.publication.PublicationRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
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

    /**
     * The disclosures' read model builds the day's whole list and cuts a page of it: asked for one page holding all,
     * the console sorts and pages the list itself.
     */
    private static final int WHOLE = Integer.MAX_VALUE;

    private final Disclosures disclosures;
    private final AgencyProfiles agencies;
    private final Clock clock;
    private final MessageSource messages;

    public PublicPage(Disclosures disclosures, AgencyProfiles agencies, Clock clock, MessageSource messages) {
        this.disclosures = disclosures;
        this.agencies = agencies;
        this.clock = clock;
        this.messages = messages;
    }

    /** The disclosures' sortable columns: the kind by its Chinese name, the days as dates. */
    private Map<String, Function<Disclosures.Disclosure, String>> disclosureColumns(Locale locale) {
        return Map.of(
                "kind", d -> messages.getMessage("public.kind." + d.kind(), null, d.kind(), locale),
                "name", Disclosures.Disclosure::enterpriseName,
                "uscc", Disclosures.Disclosure::uscc,
                "authority", Disclosures.Disclosure::authority,
                "decisionNo", Disclosures.Disclosure::decisionNo,
                "basis", Disclosures.Disclosure::basis,
                "decidedOn", Disclosures.Disclosure::decidedOn,
                "period", Disclosures.Disclosure::publishedFrom);
    }

    /** The kinds of record the publication rules publish; anything else shows them all. */
    private static final Set<String> KINDS = Set.of("LISTING", "AGENCY_LISTING", "PENALTY", "RED_LIST");

    @GetMapping("/public")
    public String disclosures(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Locale locale,
            Model model) {
        String wanted = kind != null && KINDS.contains(kind) ? kind : null;
        Disclosures.Page published = disclosures.on(LedgerTime.today(clock), Blank.toNull(q), null, wanted, 0, WHOLE);
        model.addAttribute("published", published);
        model.addAttribute("rows", TablePage.of(published.records(), disclosureColumns(locale), sort, dir, page, size));
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", q);
        filters.put("kind", wanted);
        model.addAttribute("base", TablePage.base("/public", filters));
        model.addAttribute("q", q);
        model.addAttribute("kind", wanted);
        return "public";
    }

    /**
     * 中介服务机构信用评价结果公示: a year's evaluation once the year is over, as {@code GET
     * /api/public/v1/agency-evaluations} answers it (a year not published is the console's 404 page).
     */
    @GetMapping("/public/agencies")
    public String agencyEvaluations(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        PublicationRules.AgencyEvaluation rule = PublicationRules.shipped().agencyEvaluation();
        LocalDate today = LedgerTime.today(clock);
        AgencyProfiles.PublishedEvaluation evaluation = agencies.published(year);
        model.addAttribute("evaluation", evaluation);
        // the year's list is computed whole on request: sorted and paged in memory
        model.addAttribute(
                "rows", TablePage.of(evaluation.agencies(), EvaluationColumns.PUBLISHED, sort, dir, page, size));
        model.addAttribute(
                "base", TablePage.base("/public/agencies", Map.of("year", String.valueOf(evaluation.year()))));
        model.addAttribute(
                "years",
                IntStream.rangeClosed(rule.firstYear(today), rule.lastYear(today))
                        .boxed()
                        .sorted(Comparator.reverseOrder())
                        .toList());
        return "public-agencies";
    }
}

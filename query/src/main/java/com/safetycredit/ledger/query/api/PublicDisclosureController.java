package com.safetycredit.ledger.query.api;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.query.agency.AgencyProfiles;
import com.safetycredit.ledger.query.publication.Disclosures;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public credit record (信用信息公示), without sign-in: what the publication rules publish today, and nothing
 * else — no earlier day, so nothing past its period can be read back.
 */
@RestController
public class PublicDisclosureController {

    private static final Set<String> KINDS = Set.of("LISTING", "AGENCY_LISTING", "PENALTY", "RED_LIST");

    private final Disclosures disclosures;
    private final AgencyProfiles agencies;
    private final Clock clock;

    public PublicDisclosureController(Disclosures disclosures, AgencyProfiles agencies, Clock clock) {
        this.disclosures = disclosures;
        this.agencies = agencies;
        this.clock = clock;
    }

    @GetMapping("/api/public/v1/disclosures")
    public Disclosures.Page disclosures(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (kind != null && !KINDS.contains(kind)) {
            throw new InvalidInputException(
                    "one-of", "kind", kind, List.of("LISTING", "AGENCY_LISTING", "PENALTY", "RED_LIST"));
        }
        if (page < 0) {
            throw new InvalidInputException("min", "page", "0", String.valueOf(page));
        }
        if (size < 1 || size > 100) {
            throw new InvalidInputException("range", "size", "1", "100", String.valueOf(size));
        }
        return disclosures.on(LedgerTime.today(clock), q, regionCode, kind, page, size);
    }

    /** The intermediary agencies' evaluation of a year that is over (default: last year), as published. */
    @GetMapping("/api/public/v1/agency-evaluations")
    public AgencyProfiles.PublishedEvaluation agencyEvaluations(@RequestParam(required = false) Integer year) {
        return agencies.published(year);
    }

    @GetMapping("/api/public/v1/enterprises/{uscc}")
    public Disclosures.EnterpriseRecord enterprise(@PathVariable String uscc) {
        return disclosures.enterprise(uscc, LedgerTime.today(clock));
    }
}

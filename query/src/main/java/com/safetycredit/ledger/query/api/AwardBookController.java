package com.safetycredit.ledger.query.api;

import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.values.Uscc;
import com.safetycredit.ledger.query.award.AwardBook;
import com.safetycredit.ledger.rules.domain.Regions;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/v1/awards and /api/v1/awards/totals: every payment per enterprise, year and policy. */
@RestController
public class AwardBookController {

    private static final Set<String> STATUSES = Set.of("PENDING", "GRANTED", "DENIED", "RECOVERY_PENDING");

    private final AwardBook book;

    public AwardBookController(AwardBook book) {
        this.book = book;
    }

    @GetMapping("/api/v1/awards")
    public List<AwardBook.Award> awards(
            @RequestParam(required = false) String uscc,
            @RequestParam(required = false) Integer policyYear,
            @RequestParam(required = false) String policyId,
            @RequestParam(required = false) String status) {
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidInputException("one-of", "status", status, STATUSES);
        }
        return book.awards(uscc == null ? null : Uscc.parseWithOverride(uscc).value(), policyYear, policyId, status);
    }

    @GetMapping("/api/v1/awards/totals")
    public List<AwardBook.Total> totals(
            @RequestParam(required = false) Integer policyYear, @RequestParam(required = false) String regionCode) {
        return book.totals(policyYear, regionCode == null ? null : Regions.require("regionCode", regionCode));
    }
}

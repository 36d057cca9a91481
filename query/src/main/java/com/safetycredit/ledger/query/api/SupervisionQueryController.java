package com.safetycredit.ledger.query.api;

import com.safetycredit.ledger.query.lists.RedListCandidates;
import com.safetycredit.ledger.query.supervision.MajorHazards;
import com.safetycredit.ledger.query.supervision.SupervisionPlans;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The red-list candidates of a day, the supervision plan of a year and the major hazards open on a day. */
@RestController
public class SupervisionQueryController {

    private final RedListCandidates candidates;
    private final SupervisionPlans plans;
    private final MajorHazards hazards;

    public SupervisionQueryController(RedListCandidates candidates, SupervisionPlans plans, MajorHazards hazards) {
        this.candidates = candidates;
        this.plans = plans;
        this.hazards = hazards;
    }

    @GetMapping("/api/v1/supervision/hazards")
    public MajorHazards.OpenHazards hazards(
            @RequestParam(required = false) String validAt, @RequestParam(required = false) String regionCode) {
        return hazards.on(validAt, regionCode);
    }

    @GetMapping("/api/v1/lists/red/candidates")
    public RedListCandidates.Candidates candidates(
            @RequestParam(required = false) String validAt,
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String industry) {
        return candidates.on(validAt, regionCode, industry);
    }

    @GetMapping("/api/v1/supervision/plan")
    public SupervisionPlans.Plan plan(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String validAt) {
        return plans.of(year, regionCode, validAt);
    }
}

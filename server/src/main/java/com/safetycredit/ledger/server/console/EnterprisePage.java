package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.query.history.HistoryController;
import com.safetycredit.ledger.query.profile.EnterpriseQueryController;
import com.safetycredit.ledger.query.profile.ProfileQueries;
import com.safetycredit.ledger.rules.policy.AwardPolicyCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * One enterprise: profile, status with its reasons (each linking to the events it rests on), grade with its
 * model, eligibility for a chosen policy year, the status on any date as known at any time, the status
 * timeline over valid time, and the history with valid time, record time and actor — newest first.
 */
@ConsoleOnly
@Controller
public class EnterprisePage {

    private final EnterpriseQueryController enterprises;
    private final HistoryController history;
    private final ProfileQueries profiles;
    private final List<Integer> policyYears;

    public EnterprisePage(EnterpriseQueryController enterprises, HistoryController history, ProfileQueries profiles,
                          AwardPolicyCatalog policies) {
        this.enterprises = enterprises;
        this.history = history;
        this.profiles = profiles;
        this.policyYears = policies.policyYears();
    }

    @GetMapping("/enterprises/{uscc}")
    public String enterprise(@PathVariable String uscc, @RequestParam(required = false) Integer policyYear,
                             @RequestParam(required = false) String validAt, @RequestParam(required = false) String knownAt,
                             Model model) {
        model.addAttribute("profile", enterprises.profile(uscc));
        List<com.safetycredit.ledger.query.history.HistoryEntry> events =
                new java.util.ArrayList<>(history.history(uscc, null, null, null).events());
        java.util.Collections.reverse(events);
        model.addAttribute("events", events);
        List<com.safetycredit.ledger.query.profile.ProfileSummary> timeline = new java.util.ArrayList<>(profiles.timeline(uscc));
        java.util.Collections.reverse(timeline);
        model.addAttribute("timeline", timeline);
        model.addAttribute("policyYears", policyYears);
        Integer year = policyYear != null ? policyYear : policyYears.isEmpty() ? null : policyYears.get(policyYears.size() - 1);
        if (year != null) {
            model.addAttribute("policyYear", year);
            model.addAttribute("eligibility", enterprises.eligibility(uscc, year));
        }
        if (validAt != null || knownAt != null) {
            model.addAttribute("asOf", enterprises.status(uscc, Blank.toNull(validAt), Blank.toNull(knownAt)));
        }
        model.addAttribute("validAt", validAt);
        model.addAttribute("knownAt", knownAt);
        return "enterprise";
    }
}

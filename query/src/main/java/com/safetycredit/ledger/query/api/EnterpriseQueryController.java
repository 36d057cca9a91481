package com.safetycredit.ledger.query.api;

import com.safetycredit.ledger.query.profile.EnterpriseProfiles;
import com.safetycredit.ledger.query.profile.EnterpriseProfiles.Eligibility;
import com.safetycredit.ledger.query.profile.EnterpriseProfiles.Page;
import com.safetycredit.ledger.query.profile.EnterpriseProfiles.Profile;
import com.safetycredit.ledger.query.profile.EnterpriseProfiles.Status;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff questions about enterprises over HTTP ({@link EnterpriseProfiles}). */
@RestController
public class EnterpriseQueryController {

    private final EnterpriseProfiles enterprises;

    public EnterpriseQueryController(EnterpriseProfiles enterprises) {
        this.enterprises = enterprises;
    }

    @GetMapping("/api/v1/enterprises")
    public Page search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return enterprises.search(q, regionCode, industry, status, page, size);
    }

    @GetMapping("/api/v1/enterprises/{uscc}")
    public Profile profile(@PathVariable String uscc) {
        return enterprises.profile(uscc);
    }

    /** "What was the status on {@code validAt}, as the ledger knew it at {@code knownAt}?" */
    @GetMapping("/api/v1/enterprises/{uscc}/status")
    public Status status(
            @PathVariable String uscc,
            @RequestParam(required = false) String validAt,
            @RequestParam(required = false) String knownAt) {
        return enterprises.status(uscc, validAt, knownAt);
    }

    @GetMapping("/api/v1/enterprises/{uscc}/eligibility")
    public Eligibility eligibility(@PathVariable String uscc, @RequestParam int policyYear) {
        return enterprises.eligibility(uscc, policyYear);
    }
}

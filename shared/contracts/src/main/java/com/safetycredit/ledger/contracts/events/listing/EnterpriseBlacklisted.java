package com.safetycredit.ledger.contracts.events.listing;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;
import java.util.List;

/**
 * The enterprise was put on the 安全生产严重失信主体名单.
 *
 * @param basis                 1–9, the ground of listing (RULES.md §3)
 * @param regime                the rules it was listed under; they fix the management period
 * @param expiresOn             the first day it is no longer listed (active on [decidedOn, expiresOn))
 * @param groundFactIds         the facts of the ledger the basis rests on (accidents, the penalty), checked
 *                              when listed; empty in revision-1 events, recorded before grounds were checked
 * @param groundsOverrideReason the reviewer's reason when the basis rests on a fact the ledger does not hold
 *                              (bases 5 and 8), else {@code null}
 */
@LedgerEvent(name = "EnterpriseBlacklisted", revision = 2)
public record EnterpriseBlacklisted(
        String uscc,
        String listingId,
        int basis,
        String regime,
        String penaltyDecisionNo,
        String authority,
        String decisionNo,
        LocalDate decidedOn,
        LocalDate expiresOn,
        boolean repeatEntry,
        List<String> groundFactIds,
        String groundsOverrideReason)
        implements EnterpriseFact {

    public EnterpriseBlacklisted {
        groundFactIds = groundFactIds == null ? List.of() : List.copyOf(groundFactIds);
    }

    /** The revision-1 shape, without recorded grounds. */
    public EnterpriseBlacklisted(
            String uscc,
            String listingId,
            int basis,
            String regime,
            String penaltyDecisionNo,
            String authority,
            String decisionNo,
            LocalDate decidedOn,
            LocalDate expiresOn,
            boolean repeatEntry) {
        this(
                uscc,
                listingId,
                basis,
                regime,
                penaltyDecisionNo,
                authority,
                decisionNo,
                decidedOn,
                expiresOn,
                repeatEntry,
                List.of(),
                null);
    }

    @Override
    public LocalDate validOn() {
        return decidedOn;
    }
}

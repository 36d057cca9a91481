package com.safetycredit.ledger.shared.events.listing;

import com.safetycredit.ledger.shared.events.EnterpriseFact;
import com.safetycredit.ledger.shared.events.LedgerEvent;

import java.time.LocalDate;

/**
 * The enterprise was put on the 安全生产严重失信主体名单.
 *
 * @param basis     1–9, the ground of listing (RULES.md §3)
 * @param regime    the rules it was listed under; they fix the management period
 * @param expiresOn the first day it is no longer listed (active on [decidedOn, expiresOn))
 */
@LedgerEvent(name = "EnterpriseBlacklisted", revision = 1)
public record EnterpriseBlacklisted(String uscc, String listingId, int basis, String regime, String penaltyDecisionNo, String authority, String decisionNo, LocalDate decidedOn, LocalDate expiresOn, boolean repeatEntry) implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return decidedOn;
    }
}

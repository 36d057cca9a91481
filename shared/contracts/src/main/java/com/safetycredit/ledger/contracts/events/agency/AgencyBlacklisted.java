package com.safetycredit.ledger.contracts.events.agency;

import com.safetycredit.ledger.contracts.events.AgencyFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;
import java.util.List;

/**
 * The agency was put on the 安全生产严重失信主体名单 (应急管理部令第11号; basis 7 is the agencies' own).
 *
 * @param expiresOn             the first day it is no longer listed (active on [decidedOn, expiresOn))
 * @param groundFactIds         the facts of the ledger the basis rests on (the penalty)
 * @param groundsOverrideReason the reviewer's reason when the basis rests on a fact the ledger does not hold
 */
@LedgerEvent(name = "AgencyBlacklisted", revision = 1)
public record AgencyBlacklisted(
        String agencyUscc,
        String listingId,
        int basis,
        String regime,
        String penaltyDecisionNo,
        String authority,
        String decisionNo,
        LocalDate decidedOn,
        LocalDate expiresOn,
        List<String> groundFactIds,
        String groundsOverrideReason)
        implements AgencyFact {

    public AgencyBlacklisted {
        groundFactIds = groundFactIds == null ? List.of() : List.copyOf(groundFactIds);
    }

    @Override
    public LocalDate validOn() {
        return decidedOn;
    }
}

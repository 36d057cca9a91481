package com.safetycredit.ledger.contracts.events.redlist;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;
import java.util.List;

/**
 * The department decided (认定) the enterprise a red-list subject (守信联合激励对象) on {@code decidedOn}, on the
 * red-list rule set {@code rulesId} revision {@code rulesRevision}, which held that day.
 *
 * @param expiresOn        the first day it is no longer in force, unless revoked or lost before
 * @param lookBackYears    the rule set's look-back: a fact recorded later that falls in it before the decision
 *                         would have failed the criteria, and ends the decision
 * @param groundPositions  the ledger positions of the facts the criteria rested on (the standardization
 *                         certificate, the commitment)
 */
@LedgerEvent(name = "RedListDecided", revision = 1)
public record RedListDecided(
        String uscc,
        String decisionId,
        LocalDate decidedOn,
        String decisionNo,
        String authority,
        LocalDate expiresOn,
        String rulesId,
        int rulesRevision,
        int lookBackYears,
        List<Long> groundPositions)
        implements EnterpriseFact {

    public RedListDecided {
        groundPositions = groundPositions == null ? List.of() : List.copyOf(groundPositions);
    }

    @Override
    public LocalDate validOn() {
        return decidedOn;
    }
}

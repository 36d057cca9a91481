package com.safetycredit.ledger.contracts.events.partner;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * Another department reported that it put the enterprise on its severe-dishonesty list (联合惩戒): the
 * enterprise is a joint-punishment subject in another field on {@code [from, to)} ({@code to == null}: until
 * further notice). Recorded through the partner departments' own endpoint, the department from its account.
 *
 * @param department a partner department's code ({@code reference/partner-departments.json})
 */
@LedgerEvent(name = "PartnerListEntryRecorded", revision = 1)
public record PartnerListEntryRecorded(
        String uscc,
        String entryId,
        String department,
        String listName,
        String decisionNo,
        LocalDate from,
        LocalDate to)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return from;
    }
}

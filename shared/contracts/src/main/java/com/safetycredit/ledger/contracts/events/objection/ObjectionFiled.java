package com.safetycredit.ledger.contracts.events.objection;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * The enterprise objects (异议) to a recorded fact, named by its ledger position: the fact is shown and published
 * as 异议处理中 until the objection is decided, which is due by {@code dueOn} (working days after filing).
 *
 * @param eventType the type of the event at {@code position}
 * @param factId    what that event is about (an accident, a penalty, a listing…), whose every record carries the marker
 */
@LedgerEvent(name = "ObjectionFiled", revision = 1)
public record ObjectionFiled(
        String uscc,
        String objectionId,
        long position,
        String eventType,
        String factId,
        LocalDate filedOn,
        String grounds,
        LocalDate dueOn)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return filedOn;
    }
}

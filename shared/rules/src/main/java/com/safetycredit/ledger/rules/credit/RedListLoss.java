package com.safetycredit.ledger.rules.credit;

import com.safetycredit.ledger.rules.domain.CalendarWindow;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When an adverse fact ends a red-list decision in force (RULES.md §12: the enterprise loses it), recorded by
 * the ledger in the same commit as the fact. A fact dated in the decision's term ends it on its own date. A fact
 * dated before the decision but recorded only now ends it on the decision's own date when it would have failed
 * the criteria that day: the decision rested on facts the ledger did not yet hold.
 */
public final class RedListLoss {

    /** How a kind of adverse fact bears on the criteria. */
    public enum Kind {
        /** Makes the enterprise 重点关注 for 12 months: an accident, a reporting-violation finding, a revoked certificate. */
        WATCH,
        /** An adverse record while open: a major hazard, a suspension order — open on the decision day if recorded only now. */
        OPEN,
        /** Fails the look-back: a penalty, a listing, a fatal liability accident. */
        CRITERIA,
        /** Another department's severe-list entry, which fails the criteria while it is active. */
        PARTNER
    }

    private RedListLoss() {}

    /**
     * @param decidedOn     the decision's date
     * @param endsOn        the first day it is no longer in force
     * @param lookBackYears the rule set's look-back, as the decision recorded it
     * @param factOn        the fact's valid date (a partner entry's start)
     * @param factEndsOn    a partner entry's end ({@code null}: open-ended); ignored for other kinds
     * @return the day the decision is lost, or empty when the fact does not touch it
     */
    public static Optional<LocalDate> lostOn(
            LocalDate decidedOn,
            LocalDate endsOn,
            int lookBackYears,
            Kind kind,
            LocalDate factOn,
            LocalDate factEndsOn) {
        if (!factOn.isBefore(endsOn)) {
            return Optional.empty();
        }
        if (!factOn.isBefore(decidedOn)) {
            return Optional.of(factOn);
        }
        boolean failedTheCriteria =
                switch (kind) {
                    case WATCH -> CalendarWindow.within(factOn, decidedOn, CalendarWindow.TWELVE_MONTHS);
                    case OPEN -> true;
                    case CRITERIA -> factOn.isAfter(decidedOn.minusYears(lookBackYears));
                    case PARTNER -> factEndsOn == null || factEndsOn.isAfter(decidedOn);
                };
        return failedTheCriteria ? Optional.of(decidedOn) : Optional.empty();
    }
}

package com.safetycredit.ledger.rules.procedure;

import com.safetycredit.ledger.rules.domain.WorkingCalendar;
import java.time.LocalDate;

/**
 * The periods and choices of the procedure around a listing (RULES.md §11) that the regulations leave open, in one
 * place: the server reads them from its settings ({@code ledger.procedure.*}), the tests set their own.
 *
 * @param statementWorkingDays       the statement period (陈述、申辩) a notice grants, in working days (5 is common)
 * @param noticeRequiredFrom         a listing decided on or after this day must follow a notice; earlier listings
 *                                   were recorded without one and stay valid, saying so
 * @param whileListed                what a new listing does while another listing of the enterprise is in force
 * @param objectionWorkingDays       an objection is answered within this many working days of filing (Zhejiang: 5)
 * @param objectionExtendedWorkingDays the due date once extended, counted from filing (Zhejiang: 20 at most)
 */
public record ProcedureRules(
        int statementWorkingDays,
        LocalDate noticeRequiredFrom,
        WhileListed whileListed,
        int objectionWorkingDays,
        int objectionExtendedWorkingDays) {

    /** A new listing while another is in force. */
    public enum WhileListed {
        /** Refused, naming the listing in force (the default: RULES.md leaves it open). */
        REFUSE,
        /** The new listing's period starts where the one in force ends. */
        EXTEND,
        /** Both run, each its own period. */
        CONCURRENT
    }

    public static final ProcedureRules DEFAULT =
            new ProcedureRules(5, LocalDate.of(2026, 12, 1), WhileListed.REFUSE, 5, 20);

    /** The last day of a notice's statement period. */
    public LocalDate statementDeadline(LocalDate noticedOn) {
        return WorkingCalendar.china().addWorkingDays(noticedOn, statementWorkingDays);
    }

    public LocalDate objectionDue(LocalDate filedOn) {
        return WorkingCalendar.china().addWorkingDays(filedOn, objectionWorkingDays);
    }

    public LocalDate objectionExtendedDue(LocalDate filedOn) {
        return WorkingCalendar.china().addWorkingDays(filedOn, objectionExtendedWorkingDays);
    }

    public ProcedureRules withWhileListed(WhileListed rule) {
        return new ProcedureRules(
                statementWorkingDays, noticeRequiredFrom, rule, objectionWorkingDays, objectionExtendedWorkingDays);
    }

    public ProcedureRules withNoticeRequiredFrom(LocalDate day) {
        return new ProcedureRules(
                statementWorkingDays, day, whileListed, objectionWorkingDays, objectionExtendedWorkingDays);
    }
}

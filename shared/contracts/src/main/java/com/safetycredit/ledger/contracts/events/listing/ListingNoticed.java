package com.safetycredit.ledger.contracts.events.listing;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;
import java.util.List;

/**
 * The authority told the enterprise it intends to list it (告知, 应急管理部令第11号): the facts, the basis and the
 * regime, and the statement period (陈述、申辩) in working days. No listing takes effect before the period ends
 * unless the enterprise waives it.
 *
 * @param facts                      the facts as the notice states them
 * @param statementPeriodWorkingDays the period granted, in working days after the notice's day
 * @param statementDeadline          the last day of the period (the {@code statementPeriodWorkingDays}th working day)
 * @param groundFactIds              the ledger's facts the basis rests on, checked as for the listing itself
 * @param groundsOverrideReason      the reviewer's statement for bases 5 and 8, else {@code null}
 * @param principalRegistrationNo    basis 5 only: the principal (主要负责人) the notice names; {@code null} for every
 *                                   other basis and in revision 1
 */
@LedgerEvent(name = "ListingNoticed", revision = 2)
public record ListingNoticed(
        String uscc,
        String noticeId,
        int basis,
        String regime,
        String penaltyDecisionNo,
        String authority,
        String noticeNo,
        LocalDate noticedOn,
        String facts,
        int statementPeriodWorkingDays,
        LocalDate statementDeadline,
        List<String> groundFactIds,
        String groundsOverrideReason,
        String principalRegistrationNo)
        implements EnterpriseFact {

    public ListingNoticed {
        groundFactIds = groundFactIds == null ? List.of() : List.copyOf(groundFactIds);
    }

    /** The revision-1 shape, naming no principal. */
    public ListingNoticed(
            String uscc,
            String noticeId,
            int basis,
            String regime,
            String penaltyDecisionNo,
            String authority,
            String noticeNo,
            LocalDate noticedOn,
            String facts,
            int statementPeriodWorkingDays,
            LocalDate statementDeadline,
            List<String> groundFactIds,
            String groundsOverrideReason) {
        this(
                uscc,
                noticeId,
                basis,
                regime,
                penaltyDecisionNo,
                authority,
                noticeNo,
                noticedOn,
                facts,
                statementPeriodWorkingDays,
                statementDeadline,
                groundFactIds,
                groundsOverrideReason,
                null);
    }

    @Override
    public LocalDate validOn() {
        return noticedOn;
    }
}

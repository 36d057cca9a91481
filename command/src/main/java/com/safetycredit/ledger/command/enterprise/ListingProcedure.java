package com.safetycredit.ledger.command.enterprise;

import com.safetycredit.ledger.contracts.commands.ApplyForCreditRepair;
import com.safetycredit.ledger.contracts.commands.BlacklistEnterprise;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.rules.procedure.ProcedureRules;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * The checks of the procedure around a listing (RULES.md §11) that the enterprise aggregate runs before it applies
 * anything: notice before decision, the statement period, one penalty one listing, a listing while another is in
 * force, and the conditions of credit repair. Each refusal names its rule by a stable code and explains it in
 * Chinese.
 */
final class ListingProcedure {

    private ListingProcedure() {}

    /**
     * The notice a listing decision follows, checked: open, on the same penalty and basis, its statement period
     * ended or waived, its statements answered. {@code null} for a listing decided before the notice step's start.
     */
    static NoticeState checkNotice(
            BlacklistEnterprise command, Map<String, NoticeState> notices, ProcedureRules rules) {
        if (command.noticeId() == null) {
            if (!command.decidedOn().isBefore(rules.noticeRequiredFrom())) {
                throw new ConflictException("notice-required", "noticeId", rules.noticeRequiredFrom());
            }
            return null;
        }
        NoticeState notice = openNotice(command.noticeId(), notices);
        if (!notice.penaltyDecisionNo().equals(command.penaltyDecisionNo()) || notice.basis() != command.basis()) {
            throw new ConflictException("notice-mismatch", "noticeId", notice.penaltyDecisionNo(), notice.basis());
        }
        if (!command.decidedOn().isAfter(notice.statementDeadline()) && !notice.waived()) {
            throw new ConflictException(
                    "statement-period-running",
                    "decidedOn",
                    notice.statementDeadline(),
                    command.decidedOn(),
                    notice.statementDeadline().plusDays(1));
        }
        if (notice.statements() > 0 && text(command.statementResponse()) == null) {
            throw new ConflictException("statement-response-required", "statementResponse", notice.statements());
        }
        return notice;
    }

    /**
     * The principal a basis-5 decision names: its own, or else the one its notice named; a decision naming another
     * person than its notice is refused (the enterprise stated its case about that person).
     */
    static String principal(BlacklistEnterprise command, NoticeState notice) {
        String named = text(command.principalRegistrationNo());
        if (notice == null || notice.principalRegistrationNo() == null) {
            return named;
        }
        if (named != null && !named.equals(notice.principalRegistrationNo())) {
            throw new ConflictException(
                    "principal-differs-from-notice", "principalRegistrationNo", notice.principalRegistrationNo());
        }
        return notice.principalRegistrationNo();
    }

    static NoticeState openNotice(String noticeId, Map<String, NoticeState> notices) {
        NoticeState notice = notices.get(noticeId);
        if (notice == null) {
            throw new NotFoundException("unknown-notice", "noticeId", noticeId);
        }
        if (notice.status() != NoticeState.Status.OPEN) {
            throw new ConflictException(
                    "notice-closed",
                    "noticeId",
                    noticeId,
                    new LedgerProblem.Label("noticeStatus", notice.status().name()));
        }
        return notice;
    }

    /** One penalty grounds at most one listing (an annulled listing grounds nothing) and one open notice. */
    static void penaltyFree(
            String penaltyDecisionNo,
            Map<String, ListingState> listings,
            Map<String, NoticeState> notices,
            String ownNoticeId) {
        listings.entrySet().stream()
                .filter(l -> penaltyDecisionNo.equals(l.getValue().penaltyDecisionNo())
                        && l.getValue().status() != ListingState.Status.REVOKED)
                .findFirst()
                .ifPresent(l -> {
                    throw new ConflictException(
                                    "penalty-already-listed",
                                    "penaltyDecisionNo",
                                    penaltyDecisionNo,
                                    l.getValue().decisionNo())
                            .explainedAs("procedure");
                });
        notices.entrySet().stream()
                .filter(n -> n.getValue().status() == NoticeState.Status.OPEN
                        && penaltyDecisionNo.equals(n.getValue().penaltyDecisionNo())
                        && !n.getKey().equals(ownNoticeId))
                .findFirst()
                .ifPresent(n -> {
                    throw new ConflictException(
                            "penalty-already-noticed", "penaltyDecisionNo", penaltyDecisionNo, n.getKey());
                });
    }

    /** The listing in force on {@code day}, if any (the one ending last). */
    static Optional<Map.Entry<String, ListingState>> inForceOn(LocalDate day, Map<String, ListingState> listings) {
        return listings.entrySet().stream()
                .filter(l -> l.getValue().activeOn(day))
                .max(Comparator.comparing(l -> l.getValue().endsOn()));
    }

    /** Under rule REFUSE a listing while another is in force is refused, naming the one in force. */
    static void whileListed(ProcedureRules rules, String listingId, ListingState inForce) {
        if (rules.whileListed() == ProcedureRules.WhileListed.REFUSE) {
            throw new ConflictException(
                    "listing-in-force",
                    "penaltyDecisionNo",
                    inForce.decisionNo(),
                    listingId,
                    inForce.decidedOn(),
                    inForce.endsOn());
        }
    }

    /** From the regime's minimum time on the list (12 months under 应急管理部令第11号); never before the listing. */
    static void earlyRemovalAllowed(ListingState listing, LocalDate day, String field) {
        LocalDate earliest = listing.regime()
                .earliestEarlyRemoval(listing.decidedOn())
                .orElseThrow(() -> new ConflictException(
                                "no-early-removal", field, listing.regime().document())
                        .explainedAs("procedure"));
        if (day.isBefore(earliest)) {
            throw new ConflictException("repair-too-early", field, earliest, listing.decidedOn(), day);
        }
    }

    static void checkRepairApplication(
            ApplyForCreditRepair command, ListingState listing, Map<String, RepairState> repairs) {
        if (listing.status() == ListingState.Status.REINSTATED) {
            throw new ConflictException("repair-after-reinstatement", null);
        }
        earlyRemovalAllowed(listing, command.appliedOn(), "appliedOn");
        if (!command.penaltyExecuted()) {
            throw new ConflictException("penalty-not-executed", "penaltyExecuted");
        }
        repairs.entrySet().stream()
                .filter(r -> r.getValue().pending() && r.getValue().listingId().equals(command.listingId()))
                .findFirst()
                .ifPresent(r -> {
                    throw new ConflictException("repair-pending", null, r.getKey());
                });
    }

    /**
     * The credit commitment a repair application names must be on file: made by this enterprise (recorded in its
     * stream) on or before the day the application was made (应急管理部令第11号: 信用修复须作出信用承诺).
     */
    static void commitmentOnFile(String commitmentId, LocalDate appliedOn, Map<String, LocalDate> commitmentsMadeOn) {
        LocalDate madeOn = commitmentsMadeOn.get(commitmentId);
        if (madeOn == null) {
            throw new ConflictException("commitment-not-on-file", "commitmentId", commitmentId);
        }
        if (madeOn.isAfter(appliedOn)) {
            throw new ConflictException(
                    "commitment-after-application",
                    "commitmentId",
                    commitmentId,
                    madeOn.toString(),
                    appliedOn.toString());
        }
    }

    /** A penalty that grounds a listing (not annulled) or an open notice is corrected through that listing first. */
    static void notGroundingAListing(
            PenaltyState penalty, Map<String, ListingState> listings, Map<String, NoticeState> notices) {
        boolean grounds = listings.values().stream()
                        .anyMatch(l -> penalty.decisionNo().equals(l.penaltyDecisionNo())
                                && l.status() != ListingState.Status.REVOKED)
                || notices.values().stream()
                        .anyMatch(n -> penalty.decisionNo().equals(n.penaltyDecisionNo())
                                && n.status() == NoticeState.Status.OPEN);
        if (grounds) {
            throw new ConflictException("penalty-grounds-listing", null, penalty.decisionNo());
        }
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package com.safetycredit.ledger.command.enterprise;

import com.safetycredit.ledger.contracts.commands.ApplyForCreditRepair;
import com.safetycredit.ledger.contracts.commands.BlacklistEnterprise;
import com.safetycredit.ledger.contracts.problems.ConflictException;
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
                throw refusal(
                        "Notice required",
                        "notice-required",
                        "noticeId",
                        "自 " + rules.noticeRequiredFrom() + " 起，列入严重失信主体名单须先告知（noticeId），并给予陈述、申辩的期限",
                        "From " + rules.noticeRequiredFrom() + " a listing must follow a notice (noticeId) and its"
                                + " statement period");
            }
            return null;
        }
        NoticeState notice = openNotice(command.noticeId(), notices);
        if (!notice.penaltyDecisionNo().equals(command.penaltyDecisionNo()) || notice.basis() != command.basis()) {
            throw refusal(
                    "Decision differs from its notice",
                    "notice-mismatch",
                    "noticeId",
                    "决定所依据的处罚决定或列入依据与告知书不一致（告知：" + notice.penaltyDecisionNo() + "，第" + notice.basis() + "项）：请重新告知",
                    "The decision's penalty or basis differs from the notice's (" + notice.penaltyDecisionNo()
                            + ", basis " + notice.basis() + "): give a new notice");
        }
        if (!command.decidedOn().isAfter(notice.statementDeadline()) && !notice.waived()) {
            throw refusal(
                    "Statement period running",
                    "statement-period-running",
                    "decidedOn",
                    "陈述、申辩期限至 " + notice.statementDeadline() + " 届满，当事人未放弃：" + command.decidedOn() + " 不能作出列入决定，最早 "
                            + notice.statementDeadline().plusDays(1),
                    "The statement period runs until " + notice.statementDeadline() + " and was not waived: no decision"
                            + " on " + command.decidedOn() + ", the earliest is "
                            + notice.statementDeadline().plusDays(1));
        }
        if (notice.statements() > 0 && text(command.statementResponse()) == null) {
            throw refusal(
                    "Statements unanswered",
                    "statement-response-required",
                    "statementResponse",
                    "当事人提出了 " + notice.statements() + " 份陈述、申辩，决定须予以答复（statementResponse）",
                    "The enterprise made " + notice.statements() + " statement(s): the decision must answer them"
                            + " (statementResponse)");
        }
        return notice;
    }

    static NoticeState openNotice(String noticeId, Map<String, NoticeState> notices) {
        NoticeState notice = notices.get(noticeId);
        if (notice == null) {
            throw new NotFoundException("Unknown notice", "No listing notice " + noticeId + " for this enterprise");
        }
        if (notice.status() != NoticeState.Status.OPEN) {
            throw refusal(
                    "Notice closed",
                    "notice-closed",
                    "noticeId",
                    "告知 " + noticeId + " 已结束（" + (notice.status() == NoticeState.Status.LISTED ? "已作出列入决定" : "已撤回")
                            + "）",
                    "Notice " + noticeId + " is closed (" + notice.status() + ")");
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
                    throw refusal(
                            "Penalty already grounds a listing",
                            "penalty-already-listed",
                            "penaltyDecisionNo",
                            "处罚决定 " + penaltyDecisionNo + " 已作为列入决定 "
                                    + l.getValue().decisionNo() + " 的依据：一项处罚只能列入一次",
                            "Penalty decision " + penaltyDecisionNo + " already grounds listing "
                                    + l.getValue().decisionNo() + ": one penalty grounds at most one listing");
                });
        notices.entrySet().stream()
                .filter(n -> n.getValue().status() == NoticeState.Status.OPEN
                        && penaltyDecisionNo.equals(n.getValue().penaltyDecisionNo())
                        && !n.getKey().equals(ownNoticeId))
                .findFirst()
                .ifPresent(n -> {
                    throw refusal(
                            "Penalty already noticed",
                            "penalty-already-noticed",
                            "penaltyDecisionNo",
                            "处罚决定 " + penaltyDecisionNo + " 已有进行中的列入告知 " + n.getKey(),
                            "Penalty decision " + penaltyDecisionNo + " already has an open notice " + n.getKey());
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
            throw refusal(
                    "Another listing in force",
                    "listing-in-force",
                    "penaltyDecisionNo",
                    "该企业已在严重失信主体名单中（" + inForce.decisionNo() + "，名单 " + listingId + "，" + inForce.decidedOn() + " 至 "
                            + inForce.endsOn() + "）：本账本规定名单有效期内不再重复列入",
                    "The enterprise is listed already (" + inForce.decisionNo() + ", listing " + listingId + ", "
                            + inForce.decidedOn() + " to " + inForce.endsOn() + "): a listing while another is in force"
                            + " is refused");
        }
    }

    /** From the regime's minimum time on the list (12 months under 应急管理部令第11号); never before the listing. */
    static void earlyRemovalAllowed(ListingState listing, LocalDate day, String field) {
        LocalDate earliest = listing.regime()
                .earliestEarlyRemoval(listing.decidedOn())
                .orElseThrow(() -> refusal(
                        "No early removal",
                        "no-early-removal",
                        field,
                        listing.regime().document() + " 下的名单不能提前移出",
                        "Listings under " + listing.regime().document() + " cannot be removed early"));
        if (day.isBefore(earliest)) {
            throw refusal(
                    "Too early for removal",
                    "repair-too-early",
                    field,
                    "列入满12个月后方可信用修复、提前移出：最早 " + earliest + "（列入日 " + listing.decidedOn() + "），" + day + " 过早",
                    "Early removal is possible from " + earliest + " (12 months after the listing of "
                            + listing.decidedOn() + "), not on " + day);
        }
    }

    static void checkRepairApplication(
            ApplyForCreditRepair command, ListingState listing, Map<String, RepairState> repairs) {
        if (listing.status() == ListingState.Status.REINSTATED) {
            throw refusal(
                    "No repair after reinstatement",
                    "repair-after-reinstatement",
                    null,
                    "该名单因以欺诈手段取得信用修复而恢复，剩余期限内不再受理修复申请",
                    "This listing was reinstated after a repair obtained by fraud: no repair for its remaining period");
        }
        earlyRemovalAllowed(listing, command.appliedOn(), "appliedOn");
        if (!command.penaltyExecuted()) {
            throw refusal(
                    "Penalty not executed",
                    "penalty-not-executed",
                    "penaltyExecuted",
                    "信用修复须已履行行政处罚决定",
                    "Credit repair needs the penalty executed");
        }
        repairs.entrySet().stream()
                .filter(r -> r.getValue().pending() && r.getValue().listingId().equals(command.listingId()))
                .findFirst()
                .ifPresent(r -> {
                    throw refusal(
                            "Repair application pending",
                            "repair-pending",
                            null,
                            "该名单已有待决定的信用修复申请 " + r.getKey(),
                            "A repair application of this listing is pending: " + r.getKey());
                });
    }

    /**
     * The credit commitment a repair application names must be on file: made by this enterprise (recorded in its
     * stream) on or before the day the application was made (应急管理部令第11号: 信用修复须作出信用承诺).
     */
    static void commitmentOnFile(String commitmentId, LocalDate appliedOn, Map<String, LocalDate> commitmentsMadeOn) {
        LocalDate madeOn = commitmentsMadeOn.get(commitmentId);
        if (madeOn == null) {
            throw refusal(
                    "Commitment not on file",
                    "commitment-not-on-file",
                    "commitmentId",
                    "该企业没有编号为 " + commitmentId + " 的信用承诺记录：请先登记信用承诺",
                    "The enterprise has no credit commitment " + commitmentId
                            + " on file: record the commitment first");
        }
        if (madeOn.isAfter(appliedOn)) {
            throw refusal(
                    "Commitment made after the application",
                    "commitment-after-application",
                    "commitmentId",
                    "信用承诺 " + commitmentId + " 作出于 " + madeOn + "，晚于修复申请日 " + appliedOn,
                    "Credit commitment " + commitmentId + " was made on " + madeOn + ", after the application of "
                            + appliedOn);
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
            throw refusal(
                    "Penalty grounds a listing",
                    "penalty-grounds-listing",
                    null,
                    "处罚决定 " + penalty.decisionNo() + " 是名单或列入告知的依据：须先撤销该名单或撤回告知",
                    "Penalty decision " + penalty.decisionNo() + " grounds a listing or an open notice: annul or"
                            + " withdraw that first");
        }
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ConflictException refusal(String title, String code, String field, String chinese, String english) {
        return new ConflictException(title, code, field, chinese, english);
    }
}

package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.query.history.HistoryEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where an enterprise's listing procedure stands, read off its history on the day the page is shown: the notices
 * still open with their statement deadline (and whether it has passed), the repair applications waiting for a
 * decision. Computed from dates, so a deadline passing shows without anyone doing anything.
 */
public record ProcedureCard(List<OpenNotice> notices, List<PendingRepair> repairs) {

    /** An open notice: the decision may come after {@code statementDeadline} (or earlier, if waived). */
    public record OpenNotice(
            String noticeId,
            String noticeNo,
            Object basis,
            String penaltyDecisionNo,
            String statementDeadline,
            boolean deadlinePassed,
            int statements,
            boolean waived) {}

    public record PendingRepair(String repairId, String listingId, String appliedOn) {}

    static ProcedureCard of(List<HistoryEntry> events, LocalDate today) {
        Set<String> closedNotices = new HashSet<>();
        Set<String> decidedRepairs = new HashSet<>();
        for (HistoryEntry e : events) {
            switch (e.type()) {
                case "EnterpriseBlacklisted", "ListingNoticeWithdrawn" -> closedNotices.add(text(e.data(), "noticeId"));
                case "CreditRepairDecided" -> decidedRepairs.add(text(e.data(), "repairId"));
                default -> {}
            }
        }
        List<OpenNotice> notices = new ArrayList<>();
        List<PendingRepair> repairs = new ArrayList<>();
        for (HistoryEntry e : events) {
            Map<String, Object> d = e.data();
            if (e.type().equals("ListingNoticed") && !closedNotices.contains(text(d, "noticeId"))) {
                String noticeId = text(d, "noticeId");
                List<HistoryEntry> statements = events.stream()
                        .filter(s -> s.type().equals("ListingStatementReceived")
                                && noticeId.equals(text(s.data(), "noticeId")))
                        .toList();
                String deadline = text(d, "statementDeadline");
                notices.add(new OpenNotice(
                        noticeId,
                        text(d, "noticeNo"),
                        d.get("basis"),
                        text(d, "penaltyDecisionNo"),
                        deadline,
                        today.isAfter(LocalDate.parse(deadline)),
                        statements.size(),
                        statements.stream()
                                .anyMatch(s -> Boolean.TRUE.equals(s.data().get("waivesStatementPeriod")))));
            } else if (e.type().equals("CreditRepairApplied") && !decidedRepairs.contains(text(d, "repairId"))) {
                repairs.add(new PendingRepair(text(d, "repairId"), text(d, "listingId"), text(d, "appliedOn")));
            }
        }
        return new ProcedureCard(notices, repairs);
    }

    public boolean isEmpty() {
        return notices.isEmpty() && repairs.isEmpty();
    }

    private static String text(Map<String, Object> data, String field) {
        Object value = data.get(field);
        return value == null ? null : value.toString();
    }
}

package com.safetycredit.ledger.query.history;

import java.util.Map;

/**
 * One event in an enterprise's history. {@code underObjection}: {@code true} while an objection to the fact it is
 * about is open (shown as 异议处理中), else absent.
 */
public record HistoryEntry(
        long position,
        String type,
        int revision,
        String validTime,
        String recordedAt,
        Actor actor,
        Map<String, Object> data,
        Boolean underObjection) {

    public HistoryEntry(
            long position,
            String type,
            int revision,
            String validTime,
            String recordedAt,
            Actor actor,
            Map<String, Object> data) {
        this(position, type, revision, validTime, recordedAt, actor, data, null);
    }

    /** The same entry, marked 异议处理中. */
    public HistoryEntry markedUnderObjection() {
        return new HistoryEntry(position, type, revision, validTime, recordedAt, actor, data, true);
    }

    /** Who recorded it. */
    public record Actor(String user, String role, String authority) {}
}

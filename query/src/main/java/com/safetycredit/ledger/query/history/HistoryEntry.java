package com.safetycredit.ledger.query.history;

import java.util.Map;

/** One event in an enterprise's history. */
public record HistoryEntry(
        long position,
        String type,
        int revision,
        String validTime,
        String recordedAt,
        Actor actor,
        Map<String, Object> data) {

    /** Who recorded it. */
    public record Actor(String user, String role, String authority) {}
}

package com.safetycredit.ledger.command.web;

/**
 * What every write answers: the identifier of what was written and the global position of the last event it
 * appended (a cursor for the feed, a reference for auditors); for accidents also the computed grade.
 */
public record WriteResponse(String id, Long position, String grade) {

    public WriteResponse(String id, Long position) {
        this(id, position, null);
    }
}

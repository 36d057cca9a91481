package com.safetycredit.ledger.command.application;

/**
 * What every write answers: the identifier of what was written and the global position of the last event it
 * appended (a cursor for the feed, a reference for auditors); for accidents also the computed grade, for
 * award reviews the outcome ({@code PENDING}, {@code GRANTED}, {@code DENIED}).
 */
public record WriteResponse(String id, Long position, String grade, String outcome) {

    public WriteResponse(String id, Long position) {
        this(id, position, null, null);
    }

    public static WriteResponse withGrade(String id, Object grade) {
        return new WriteResponse(id, null, String.valueOf(grade), null);
    }

    public static WriteResponse withOutcome(String id, Object outcome) {
        return new WriteResponse(id, null, null, String.valueOf(outcome));
    }
}

package com.safetycredit.ledger.command.application;

import java.time.LocalDate;

/**
 * What every write answers: the identifier of what was written and the global position of the last event it
 * appended (a cursor for the feed, a reference for auditors); for accidents also the computed grade, for
 * award reviews the outcome ({@code PENDING}, {@code GRANTED}, {@code DENIED}); for a listing notice the last day
 * of its statement period, for an objection the day it is due.
 */
public record WriteResponse(
        String id, Long position, String grade, String outcome, LocalDate statementDeadline, LocalDate dueOn) {

    public WriteResponse(String id, Long position) {
        this(id, position, null, null, null, null);
    }

    public WriteResponse(String id, Long position, String grade, String outcome) {
        this(id, position, grade, outcome, null, null);
    }

    public static WriteResponse withGrade(String id, Object grade) {
        return new WriteResponse(id, null, String.valueOf(grade), null);
    }

    public static WriteResponse withOutcome(String id, Object outcome) {
        return new WriteResponse(id, null, null, String.valueOf(outcome));
    }

    public static WriteResponse withStatementDeadline(String id, LocalDate deadline) {
        return new WriteResponse(id, null, null, null, deadline, null);
    }

    public static WriteResponse withDueOn(String id, LocalDate dueOn) {
        return new WriteResponse(id, null, null, null, null, dueOn);
    }

    /** The same answer, at the position the write appended. */
    WriteResponse at(Long appended) {
        return new WriteResponse(id, appended, grade, outcome, statementDeadline, dueOn);
    }
}

package com.safetycredit.ledger.command.application;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;

/** Checks on request values that Bean Validation cannot express, each failing as a 400 naming the field. */
public final class Checks {

    private Checks() {}

    /** Facts are recorded after they happen: a date after today (China time) is impossible. */
    public static void notInFuture(String field, LocalDate date, Clock clock) {
        if (date != null && date.isAfter(LedgerTime.today(clock))) {
            throw new InvalidInputException(field, "future", field + " " + date + " is in the future");
        }
    }

    public static void notInFuture(String field, OffsetDateTime instant, Clock clock) {
        if (instant != null && instant.toInstant().isAfter(clock.instant())) {
            throw new InvalidInputException(field, "future", field + " " + instant + " is in the future");
        }
    }

    /** The value as a constant of {@code type}, or a 400 listing the allowed values. */
    public static <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            String allowed = Arrays.toString(type.getEnumConstants());
            throw new InvalidInputException(
                    field,
                    "one-of",
                    field + " 须为以下取值之一：" + allowed + "，收到“" + value + "”",
                    field + " must be one of " + allowed + ", got '" + value + "'");
        }
    }
}

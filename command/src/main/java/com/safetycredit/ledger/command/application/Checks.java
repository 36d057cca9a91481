package com.safetycredit.ledger.command.application;

/** Checks on request values that Bean Validation cannot express, each failing as a 400 naming the field. */
public final class Checks {

    private Checks() {}

    /** The value as a constant of {@code type}, or a 400 listing the allowed values. */
    public static <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw FieldChecks.notOneOf(field, String.valueOf(value), type);
        }
    }
}

package com.safetycredit.ledger.contracts.problems;

/**
 * A field whose value the rules do not allow: a 400 problem naming the field. The {@code code} says which
 * kind of check failed ({@code future}, {@code one-of}, {@code unknown-code}, {@code uscc}, or the generic
 * {@code invalid}), so a client — the staff console among them — can explain it in its own language.
 */
public class InvalidInputException extends LedgerProblem {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String field, String detail) {
        this(field, "invalid", detail);
    }

    public InvalidInputException(String field, String code, String detail) {
        super("Invalid input", detail, null, field, code);
    }

    /** The same, explained in both languages. */
    public InvalidInputException(String field, String code, String chinese, String english) {
        super("Invalid input", english, chinese, field, code);
    }
}

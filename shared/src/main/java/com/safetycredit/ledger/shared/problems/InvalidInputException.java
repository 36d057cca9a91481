package com.safetycredit.ledger.shared.problems;

/** A field whose value the rules do not allow: a 400 problem naming the field. */
public class InvalidInputException extends LedgerProblem {

    private final String field;

    public InvalidInputException(String field, String detail) {
        super("Invalid input", detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

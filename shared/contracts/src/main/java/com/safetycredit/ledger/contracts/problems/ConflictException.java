package com.safetycredit.ledger.contracts.problems;

/** A request that contradicts what the ledger already holds (registered twice, decided out of order): 409. */
public class ConflictException extends LedgerProblem {

    private static final long serialVersionUID = 1L;

    public ConflictException(String title, String detail) {
        super(title, detail);
    }

    /** A refusal by a rule, explained in both languages, with its code and the field it concerns. */
    public ConflictException(String title, String code, String field, String chinese, String english) {
        super(title, english, chinese, field, code);
    }
}

package com.safetycredit.ledger.contracts.problems;

/** A request that contradicts what the ledger already holds (registered twice, decided out of order): 409. */
public class ConflictException extends LedgerProblem {

    private static final long serialVersionUID = 1L;

    private String related;

    public ConflictException(String code, String field, Object... args) {
        super(code, field, args);
    }

    /**
     * The identifier of the record it conflicts with (the first application on a basis), for a client to follow;
     * the explanation names it in words.
     */
    public ConflictException related(String id) {
        this.related = id;
        return this;
    }

    public String related() {
        return related;
    }
}

package com.safetycredit.ledger.shared.problems;

/**
 * A refusal the ledger explains to its caller: the REST layer turns it into an RFC 7807 problem response,
 * and nothing is appended. Thrown by command handlers too, so the explanation survives the command bus.
 */
public abstract class LedgerProblem extends RuntimeException {

    private final String title;

    protected LedgerProblem(String title, String detail) {
        super(detail);
        this.title = title;
    }

    public String title() {
        return title;
    }
}

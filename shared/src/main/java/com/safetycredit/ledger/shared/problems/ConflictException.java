package com.safetycredit.ledger.shared.problems;

/** A request that contradicts what the ledger already holds (registered twice, decided out of order): 409. */
public class ConflictException extends LedgerProblem {
    public ConflictException(String title, String detail) {
        super(title, detail);
    }
}

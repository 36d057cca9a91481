package com.safetycredit.ledger.contracts.problems;

/** Something the ledger does not know (an unknown enterprise, listing, application): a 404 problem. */
public class NotFoundException extends LedgerProblem {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String code, String field, Object... args) {
        super(code, field, args);
    }
}

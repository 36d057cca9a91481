package com.safetycredit.ledger.contracts.problems;

/**
 * A request the caller's account may not make, although its role may call the endpoint (another department's
 * opinion or entry): 403, nothing appended.
 */
public class ForbiddenException extends LedgerProblem {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String code, String field, Object... args) {
        super(code, field, args);
    }
}

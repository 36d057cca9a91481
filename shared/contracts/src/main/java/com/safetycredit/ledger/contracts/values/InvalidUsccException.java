package com.safetycredit.ledger.contracts.values;

import com.safetycredit.ledger.contracts.problems.InvalidInputException;

/** A string that is not a unified social credit code; says what is wrong with it. */
public class InvalidUsccException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public InvalidUsccException(String detail) {
        super("uscc", "uscc", detail);
    }
}

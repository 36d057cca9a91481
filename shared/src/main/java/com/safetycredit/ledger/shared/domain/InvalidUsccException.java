package com.safetycredit.ledger.shared.domain;

import com.safetycredit.ledger.shared.problems.InvalidInputException;

/** A string that is not a unified social credit code; says what is wrong with it. */
public class InvalidUsccException extends InvalidInputException {
    public InvalidUsccException(String detail) {
        super("uscc", "uscc", detail);
    }
}

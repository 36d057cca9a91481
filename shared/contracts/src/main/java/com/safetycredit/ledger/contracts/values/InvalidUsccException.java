package com.safetycredit.ledger.contracts.values;

import com.safetycredit.ledger.contracts.problems.InvalidInputException;

/**
 * A string that is not a unified social credit code. Its code is {@code uscc} whatever is wrong; what is wrong
 * ({@code missing}, {@code length}, {@code character}, {@code check-character}) picks the explanation.
 */
public class InvalidUsccException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final String what;

    public InvalidUsccException(String what, Object... args) {
        super("uscc", "uscc", args);
        this.what = what;
    }

    @Override
    public String textKey() {
        return "problem.uscc." + what;
    }
}

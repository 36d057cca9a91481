package com.safetycredit.ledger.contracts.problems;

/** The caller's account may not do this (another department's entry, say): 403, nothing appended. */
public class ForbiddenException extends LedgerProblem {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String title, String code, String field, String chinese, String english) {
        super(title, english, chinese, field, code);
    }
}

package com.safetycredit.ledger.contracts.problems;

/** Something the ledger does not know (an unknown enterprise, listing, application): a 404 problem. */
public class NotFoundException extends LedgerProblem {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String code, String field, Object... args) {
        super(code, field, args);
    }

    /** Something unknown, explained in both languages, with its code and the field that named it. */
    public NotFoundException(String title, String code, String field, String chinese, String english) {
        super(title, english, chinese, field, code);
    }
}

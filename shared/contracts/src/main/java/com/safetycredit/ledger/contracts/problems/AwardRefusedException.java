package com.safetycredit.ledger.contracts.problems;

/**
 * An award application or review the ledger refuses, said in Chinese and in English, with the field and a
 * stable code for the console ({@code errors[].code}). {@code conflict}: 409 (it contradicts what the ledger
 * holds, e.g. a basis already applied for); else 400, or 403 for a reviewer of another department.
 */
public class AwardRefusedException extends LedgerProblem {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        INVALID,
        CONFLICT,
        FORBIDDEN
    }

    private final Kind kind;
    private final String field;
    private final String code;
    private final String chinese;

    public AwardRefusedException(Kind kind, String field, String code, String chinese, String english) {
        super(
                kind == Kind.CONFLICT
                        ? "Award conflict"
                        : kind == Kind.FORBIDDEN ? "Not your department" : "Award refused",
                chinese + " / " + english);
        this.kind = kind;
        this.field = field;
        this.code = code;
        this.chinese = chinese;
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public String chinese() {
        return chinese;
    }
}

package com.safetycredit.ledger.contracts.problems;

/**
 * A refusal the ledger explains to its caller: the REST layer turns it into an RFC 7807 problem response,
 * and nothing is appended. Thrown by command handlers too, so the explanation survives the command bus.
 *
 * <p>A refusal may carry its explanation in Chinese beside the English message, a stable {@code code}
 * (the problem's {@code errors[].code}, which a client such as the console can explain in its own words) and
 * the request field it concerns.
 */
public abstract class LedgerProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String title;
    private final String code;
    private final String field;
    private final String chinese;

    protected LedgerProblem(String title, String detail) {
        this(title, detail, null, null, null);
    }

    /**
     * @param english the detail in English (also the exception's message, for logs)
     * @param chinese the detail in Chinese, or {@code null} where none is written yet
     * @param field   the request field it concerns, or {@code null}
     * @param code    a stable code for {@code errors[].code}, or {@code null}
     */
    protected LedgerProblem(String title, String english, String chinese, String field, String code) {
        super(english);
        this.title = title;
        this.chinese = chinese;
        this.field = field;
        this.code = code;
    }

    public String title() {
        return title;
    }

    /** The stable code of this refusal, or {@code null}. */
    public String code() {
        return code;
    }

    /** The request field it concerns, or {@code null}. */
    public String field() {
        return field;
    }

    /** The detail in the caller's language: Chinese unless English is asked for (or no Chinese is written). */
    public String detail(boolean english) {
        return english || chinese == null ? getMessage() : chinese;
    }
}

package com.safetycredit.ledger.contracts.problems;

import java.util.Arrays;
import java.util.List;

/**
 * A refusal the ledger explains to its caller: the REST layer turns it into an RFC 7807 problem response,
 * and nothing is appended. Thrown by command handlers too, so the explanation survives the command bus.
 *
 * <p>A refusal is a stable {@code code} (the problem's {@code errors[].code}), the request field it concerns and
 * the values its explanation names. The words are not here: they are the catalogue's line {@code problem.<code>}
 * (Chinese, English under {@code ?lang=en}), filled with the values, so an API caller, the console, an import
 * and a report all explain one refusal alike. A value that is itself a code ({@link Label}) or an amount
 * ({@link Fen}) is shown in the reader's words.
 */
public abstract class LedgerProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A value that is a code of a kind ({@code enum.RevocationGround}, {@code region}…): shown by its label. */
    public record Label(String kind, String code) {
        @Override
        public String toString() {
            return code;
        }
    }

    /**
     * A phrase of its own catalogue line ({@code fact.certification}: "{0}证书 {1}") with its values: how a refusal
     * names a fact in the reader's words.
     */
    public record Phrase(String key, List<Object> args) {
        public Phrase(String key, Object... args) {
            this(key, Arrays.asList(args));
        }

        @Override
        public String toString() {
            return key + args;
        }
    }

    /** An amount of money in fen: shown in yuan with its fen. */
    public record Fen(long fen) {
        @Override
        public String toString() {
            return fen / 100 + "." + String.format("%02d", Math.abs(fen % 100));
        }
    }

    private final String code;
    private final String field;
    private final transient List<Object> args;
    private String variant;

    /**
     * @param code  the stable code: {@code errors[].code}, and the catalogue's {@code problem.<code>}
     * @param field the request field it concerns, or {@code null}
     * @param args  the values the explanation names, in the order of its {@code {0}}, {@code {1}}…
     */
    protected LedgerProblem(String code, String field, Object... args) {
        super(code + (field == null ? "" : " (" + field + ")") + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.code = code;
        this.field = field;
        this.args = Arrays.asList(args.clone());
    }

    /** The stable code of this refusal. */
    public String code() {
        return code;
    }

    /** The request field it concerns, or {@code null}. */
    public String field() {
        return field;
    }

    /** The catalogue line that explains it: {@code problem.<code>}, or a finer one a refusal names itself. */
    public String textKey() {
        return "problem." + code + (variant == null ? "" : "." + variant);
    }

    /**
     * Explains this refusal by a finer catalogue line, {@code problem.<code>.<variant>}: one code (what a client
     * tests for) refused in places that name different values.
     */
    public LedgerProblem explainedAs(String variant) {
        this.variant = variant;
        return this;
    }

    /** The values its explanation names. */
    public List<Object> args() {
        return args == null ? List.of() : args;
    }

    /** This refusal and any others found in the same request (every wrong field at once). */
    public List<LedgerProblem> all() {
        return List.of(this);
    }
}

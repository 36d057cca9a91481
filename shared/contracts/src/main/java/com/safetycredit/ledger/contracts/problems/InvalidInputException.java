package com.safetycredit.ledger.contracts.problems;

import java.util.ArrayList;
import java.util.List;

/**
 * A field whose value the rules do not allow: a 400 problem naming the field. The {@code code} says which
 * kind of check failed ({@code future}, {@code one-of}, {@code unknown-code}, {@code uscc}…). Several wrong fields
 * of one request travel together ({@link #of}), so a form shows every mistake at once.
 */
public class InvalidInputException extends LedgerProblem {

    private static final long serialVersionUID = 1L;

    private final transient List<LedgerProblem> all;

    public InvalidInputException(String code, String field, Object... args) {
        super(code, field, args);
        this.all = List.of(this);
    }

    private InvalidInputException(List<InvalidInputException> problems) {
        super(
                problems.get(0).code(),
                problems.get(0).field(),
                problems.get(0).args().toArray());
        List<LedgerProblem> every = new ArrayList<>();
        problems.forEach(p -> every.addAll(p.all()));
        this.all = List.copyOf(every);
    }

    /** One refusal for all of {@code problems} (at least one). */
    public static InvalidInputException of(List<InvalidInputException> problems) {
        return problems.size() == 1 ? problems.get(0) : new InvalidInputException(problems);
    }

    @Override
    public List<LedgerProblem> all() {
        return all == null ? List.of(this) : all;
    }
}

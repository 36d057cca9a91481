package com.safetycredit.ledger.contracts.problems;

import java.io.Serializable;
import java.util.List;

/**
 * A decision the ledger refuses because the rule set it rests on does not hold that day (a red-list decision on
 * an enterprise that misses a criterion): 409, with every criterion missed, each with its code, its explanation in
 * Chinese and the positions of the facts that make it so.
 */
public class CriteriaNotMetException extends ConflictException {

    private static final long serialVersionUID = 1L;

    /** One criterion missed. */
    public record Reason(String code, String message, List<Long> positions) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Reason {
            positions = List.copyOf(positions);
        }
    }

    private final transient List<Reason> reasons;

    /** @param args the values of the catalogue's {@code problem.<code>} line */
    public CriteriaNotMetException(String code, String field, List<Reason> reasons, Object... args) {
        super(code, field, args);
        this.reasons = List.copyOf(reasons);
    }

    public List<Reason> reasons() {
        return reasons == null ? List.of() : reasons;
    }
}

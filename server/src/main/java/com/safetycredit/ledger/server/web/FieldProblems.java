package com.safetycredit.ledger.server.web;

import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import com.safetycredit.ledger.rules.labels.Labels;
import jakarta.validation.ConstraintViolation;
import java.util.Locale;
import java.util.Map;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * A Bean Validation violation as a refusal of the ledger's own: the request's field checks carry theirs as the
 * violation's payload; a plain constraint ({@code @NotNull}, {@code @Size}…) becomes the code of its name
 * ({@code not-null}, {@code size}) with its bounds as values, explained by {@code problem.<code>.<field>} where a
 * field has words of its own, else by {@code problem.<code>}.
 */
public final class FieldProblems {

    private FieldProblems() {}

    /** The refusal a violation stands for. */
    public static LedgerProblem of(ConstraintViolation<?> violation) {
        InvalidInputException carried = violation instanceof HibernateConstraintViolation<?> hibernate
                ? hibernate.getDynamicPayload(InvalidInputException.class)
                : null;
        if (carried != null) {
            return carried;
        }
        String path = violation.getPropertyPath().toString();
        String constraint = violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Object first = attributes.getOrDefault("value", attributes.get("min"));
        Object second = attributes.get("max");
        return new ConstraintProblem(code(constraint), path, first == null ? "" : first, second == null ? "" : second);
    }

    /** {@code NotNull} → {@code not-null}, {@code CleanText} → {@code clean-text}. */
    static String code(String constraint) {
        return constraint.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** A constraint's refusal: its words may be the field's own ({@code problem.pattern.regionCode}). */
    static final class ConstraintProblem extends InvalidInputException {

        private static final long serialVersionUID = 1L;

        ConstraintProblem(String code, String field, Object... args) {
            super(code, field, args);
        }

        @Override
        public String textKey() {
            String leaf = field().substring(field().lastIndexOf('.') + 1);
            String specific = "problem." + code() + "." + leaf;
            return Labels.has(specific) ? specific : super.textKey();
        }
    }
}

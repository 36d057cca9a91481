package com.safetycredit.ledger.command.application;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects what is wrong with a request's fields instead of stopping at the first: a form shows every mistake
 * at once. A check given no value passes (the request's {@code @NotNull} names a missing one). The use case
 * calls {@link #require} before it writes, so a request that skipped Bean Validation is refused all the same.
 */
public final class FieldChecks {

    private final Clock clock;
    private final List<InvalidInputException> problems = new ArrayList<>();

    public FieldChecks(Clock clock) {
        this.clock = clock;
    }

    /** Refuses the request with every wrong field, or does nothing when all are right. */
    public static void require(CheckedRequest request, Clock clock) {
        FieldChecks checks = new FieldChecks(clock);
        request.check(checks);
        if (!checks.problems.isEmpty()) {
            throw InvalidInputException.of(checks.problems);
        }
    }

    /**
     * Refuses with every wrong field found so far, or does nothing: the checks of a use case whose request is not
     * (yet) a {@link CheckedRequest}.
     */
    public void orRefuse() {
        if (!problems.isEmpty()) {
            throw InvalidInputException.of(problems);
        }
    }

    public List<InvalidInputException> problems() {
        return List.copyOf(problems);
    }

    /** Facts are recorded after they happen: a date after today (China time) is impossible. */
    public FieldChecks notInFuture(String field, LocalDate date) {
        if (date != null && date.isAfter(LedgerTime.today(clock))) {
            refuse("future", field, date.toString());
        }
        return this;
    }

    public FieldChecks notInFuture(String field, OffsetDateTime instant) {
        if (instant != null && instant.toInstant().isAfter(clock.instant())) {
            refuse("future", field, instant);
        }
        return this;
    }

    /** A code of {@code type}, the enum's constant names being the codes. */
    public <E extends Enum<E>> FieldChecks oneOf(String field, String value, Class<E> type) {
        if (value != null
                && Arrays.stream(type.getEnumConstants())
                        .noneMatch(c -> c.name().equals(value))) {
            problems.add(notOneOf(field, value, type));
        }
        return this;
    }

    /** The refusal of a value that is none of {@code type}'s codes; it names every allowed code by its label. */
    static <E extends Enum<E>> InvalidInputException notOneOf(String field, String value, Class<E> type) {
        return new InvalidInputException(
                "one-of",
                field,
                value,
                Arrays.stream(type.getEnumConstants())
                        .map(c -> new LedgerProblem.Label("enum." + type.getSimpleName(), c.name()))
                        .toList());
    }

    /** Runs a check that throws its refusal, when the value it checks is present. */
    public FieldChecks check(Object value, Runnable check) {
        if (value != null) {
            try {
                check.run();
            } catch (InvalidInputException refused) {
                refused.all().forEach(p -> problems.add((InvalidInputException) p));
            }
        }
        return this;
    }

    /** Whether a field already has a problem: a check that builds on it need not run. */
    public boolean wrong(String field) {
        return problems.stream().anyMatch(p -> field.equals(p.field()));
    }

    public FieldChecks add(InvalidInputException problem) {
        problems.add(problem);
        return this;
    }

    public FieldChecks refuse(String code, String field, Object... args) {
        problems.add(new InvalidInputException(code, field, args));
        return this;
    }

    /** Refuses when {@code holds} is false. */
    public FieldChecks ensure(boolean holds, String code, String field, Object... args) {
        return holds ? this : refuse(code, field, args);
    }
}

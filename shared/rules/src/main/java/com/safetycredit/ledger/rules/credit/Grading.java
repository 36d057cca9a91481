package com.safetycredit.ledger.rules.credit;

/**
 * A credit grading model: a versioned, replaceable data file that says what it is. Which model grades a date
 * is itself data ({@link GradingSchedule}), so an answer given under an earlier model can be given again.
 */
public sealed interface Grading permits GradingModel, GradingModelV2 {

    String id();

    int revision();

    /** What the model is — never presented as official. */
    String label();

    /** {@code EXAMPLE_GRADING_MODEL r2}: the model an answer names. */
    default String reference() {
        return id() + " r" + revision();
    }
}

package com.safetycredit.ledger.rules.credit;

import java.time.LocalDate;
import java.util.List;

/**
 * An enterprise's supervision status and credit grade on a valid date, with every reason (RULES.md §9, §4, §8).
 */
public record CreditAssessment(LocalDate validAt, Status status, List<Evidence> reasons, Grade grade) {

    /** In order of precedence: an active listing is BLACK whatever else holds. */
    public enum Status {
        BLACK,
        WATCH,
        RED,
        NORMAL
    }

    /**
     * @param model      the grading model's id and revision, e.g. {@code EXAMPLE_GRADING_MODEL r1}
     * @param modelLabel what the model is — never presented as official
     */
    public record Grade(String grade, int score, String model, String modelLabel, List<Evidence> reasons) {}
}

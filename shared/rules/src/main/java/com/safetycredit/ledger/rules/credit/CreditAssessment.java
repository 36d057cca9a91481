package com.safetycredit.ledger.rules.credit;

import java.time.LocalDate;
import java.util.List;

/**
 * An enterprise's supervision status and credit grade on a valid date, with every reason (RULES.md §9, §4, §8,
 * §12). The status's reasons say why it holds; the red-list criteria the enterprise misses are a field of their
 * own ({@code redListCriteriaNotMet}), never the reasons of an enterprise that has done nothing wrong.
 *
 * @param redListCandidate        the red-list rule set holds on the day and no decision is in force: the
 *                                department may decide (认定) it
 * @param redListCriteriaNotMet   each red-list criterion the enterprise misses on the day (empty when it meets them)
 */
public record CreditAssessment(
        LocalDate validAt,
        Status status,
        List<Evidence> reasons,
        Grade grade,
        boolean redListCandidate,
        List<Evidence> redListCriteriaNotMet) {

    /**
     * In order of precedence: an active listing is BLACK whatever else holds; RED is a red-list decision in
     * force (认定), not the criteria alone.
     */
    public enum Status {
        BLACK,
        WATCH,
        RED,
        NORMAL
    }

    /**
     * The grade, with what it was computed from.
     *
     * @param grade      {@code A}, {@code B}, {@code C}, {@code D}, or {@code UNRATED} (未评级)
     * @param model      the grading model's id and revision, e.g. {@code EXAMPLE_GRADING_MODEL r2}
     * @param modelLabel what the model is — never presented as official
     * @param reasons    everything below in one list (inputs, deductions, what capped it), as before
     * @param inputs     what the score starts from: the neutral or base score, a standardization bonus, how long
     *                   the enterprise has been under supervision
     * @param deductions each adverse fact's points off the score
     */
    public record Grade(
            String grade,
            int score,
            String model,
            String modelLabel,
            List<Evidence> reasons,
            List<Evidence> inputs,
            List<Deduction> deductions) {}

    /** Points taken off the score for one adverse fact, with the positions it rests on. */
    public record Deduction(String code, int points, String message, List<Long> positions) {}
}

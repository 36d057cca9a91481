package com.safetycredit.ledger.rules.credit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/**
 * The second grading model (schema 2): a grade a bureau can publish (RULES.md §12). An enterprise without adverse
 * facts gets the neutral grade; standardization is a bonus; deductions are for adverse facts of the last 12
 * calendar months or still open; D only for severe facts; 未评级 ({@code UNRATED}) while the ledger has known the
 * enterprise too briefly and knows nothing for or against it. Every number is in the data file.
 *
 * @param neutralScore                   the score of an enterprise with no fact for or against it
 * @param standardizationBonus           points added for the best standardization level valid on the day
 * @param minimumMonthsUnderSupervision  under supervision for fewer months than this, with nothing on record: 未评级
 * @param deductions                     points per adverse fact, by {@link GradingV2} deduction code
 * @param gradeFloors                    the lowest score of A and of B; below B's floor: C
 * @param severe                         the facts that make the grade D
 */
@JsonIgnoreProperties({"_source", "_note", "_rules"})
public record GradingModelV2(
        int schemaVersion,
        String id,
        int revision,
        String label,
        int neutralScore,
        Map<String, Integer> standardizationBonus,
        int minimumMonthsUnderSupervision,
        Map<String, Integer> deductions,
        Map<String, Integer> gradeFloors,
        Severe severe)
        implements Grading {

    /**
     * @param activeListing              a listing in force on the day
     * @param graveAccidentLookBackYears a 较大 or graver production-safety accident within these years
     * @param penaltiesWithin12Months    this many administrative penalties within 12 calendar months
     * @param suspensionInForce          a suspension order (责令停产整改) in force on the day
     */
    @JsonIgnoreProperties({"_note"})
    public record Severe(
            boolean activeListing,
            int graveAccidentLookBackYears,
            int penaltiesWithin12Months,
            boolean suspensionInForce) {}

    public int deduction(String code) {
        Integer points = deductions.get(code);
        if (points == null) {
            throw new IllegalStateException("Grading model " + reference() + " has no deduction " + code);
        }
        return points;
    }
}

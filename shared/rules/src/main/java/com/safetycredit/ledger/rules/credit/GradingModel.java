package com.safetycredit.ledger.rules.credit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/**
 * The credit grading model, a versioned data file labelled as what it is: no official Zhejiang or national
 * grading standard was found (RULES.md §8), so the ledger ships an example model and says so in every answer.
 */
@JsonIgnoreProperties({"_source", "_note", "_rules"})
public record GradingModel(
        int schemaVersion,
        String id,
        int revision,
        String label,
        Map<String, Integer> baseScoreByStandardizationLevel,
        int baseScoreWithoutStandardization,
        int deductionPerAccidentLast12Months,
        int deductionPerSeriousPenaltyLast12Months,
        Map<String, Integer> gradeFloors,
        int largeAccidentLookBackYears) {}

package com.safetycredit.ledger.rules.credit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/**
 * The first credit grading model (schema 1), a versioned data file labelled as what it is: no official Zhejiang
 * or national grading standard was found (RULES.md §8), so the ledger ships an example model and says so in every
 * answer. Its base score comes from a standardization certificate most small firms never have, so it grades
 * nearly every enterprise D; it stays for the dates {@link GradingSchedule} gives it, so its answers replay.
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
        int largeAccidentLookBackYears)
        implements Grading {}

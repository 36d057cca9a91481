package com.safetycredit.ledger.rules.agency;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The yearly evaluation of agencies as a versioned data file (RULES.md §13): the three aspects the Jiaxing 2016
 * opinion names — 基础管理、服务质量、执业实绩 — with example numbers, labelled as an example, never as official.
 */
@JsonIgnoreProperties({"_source", "_note", "_rules"})
public record AgencyEvaluationRules(
        int schemaVersion,
        String id,
        int revision,
        String label,
        BasicManagement basicManagement,
        ServiceQuality serviceQuality,
        PracticePerformance practicePerformance,
        List<GradeFloor> grades) {

    public record BasicManagement(
            String label,
            int points,
            int deductionPerInterview,
            int deductionPerNotice,
            int deductionQualificationLapsed,
            int minimumPractitionersAtYearEnd,
            int deductionTooFewPractitioners) {}

    public record ServiceQuality(
            String label, int points, int deductionPerFailedCheck, int deductionPerCheckWithDefects) {}

    public record PracticePerformance(String label, int points, int pointsPerService, int deductionPerPenalty) {}

    public record GradeFloor(String grade, String label, int minScore) {}

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The shipped example, {@code rules/agency-evaluation-v1.json}. */
    public static AgencyEvaluationRules shipped() {
        InputStream in =
                AgencyEvaluationRules.class.getClassLoader().getResourceAsStream("rules/agency-evaluation-v1.json");
        if (in == null) {
            throw new IllegalStateException("Missing rule set rules/agency-evaluation-v1.json");
        }
        return read(in);
    }

    /** A bureau's own file, or the shipped one for {@code null}. */
    public static AgencyEvaluationRules from(Path file) {
        if (file == null) {
            return shipped();
        }
        try {
            return read(Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the agency evaluation rules " + file, e);
        }
    }

    private static AgencyEvaluationRules read(InputStream in) {
        try (in) {
            return MAPPER.readValue(in, AgencyEvaluationRules.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable agency evaluation rules: " + e.getMessage(), e);
        }
    }

    /** The model as every answer names it: id and revision. */
    public String model() {
        return id + " r" + revision;
    }
}

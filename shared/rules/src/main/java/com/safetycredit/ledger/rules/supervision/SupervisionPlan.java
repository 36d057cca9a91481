package com.safetycredit.ledger.rules.supervision;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Graded supervision (分级分类监管) as a versioned data file ({@code rules/supervision-plan-v1.json}): how many
 * inspections a year an enterprise of each grade gets, and its weight in a 双随机 draw, both raised in a
 * high-risk industry. Integers only, so a draw is reproducible in any language.
 */
@JsonIgnoreProperties({"_source", "_note"})
public record SupervisionPlan(
        int schemaVersion,
        String id,
        int revision,
        String label,
        Map<String, Integer> inspectionsPerYear,
        Map<String, Integer> drawWeight,
        List<String> highRiskIndustries,
        int highRiskExtraInspections,
        int highRiskExtraWeight) {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public static SupervisionPlan shipped() {
        try (InputStream in =
                SupervisionPlan.class.getClassLoader().getResourceAsStream("rules/supervision-plan-v1.json")) {
            if (in == null) {
                throw new IllegalStateException("Missing rule set rules/supervision-plan-v1.json");
            }
            return MAPPER.readValue(in, SupervisionPlan.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable supervision plan", e);
        }
    }

    /** A bureau's own plan file, or the shipped one for {@code null}. */
    public static SupervisionPlan from(Path file) {
        if (file == null) {
            return shipped();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return MAPPER.readValue(in, SupervisionPlan.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable supervision plan " + file, e);
        }
    }

    public boolean highRisk(String industry) {
        return highRiskIndustries.contains(industry);
    }

    /** Inspections due in a year for an enterprise of {@code grade} in {@code industry}. */
    public int inspections(String grade, String industry) {
        return of(inspectionsPerYear, grade) + (highRisk(industry) ? highRiskExtraInspections : 0);
    }

    /** How many times the enterprise appears among the draw's candidates; 0 leaves it out. */
    public int weight(String grade, String industry) {
        return of(drawWeight, grade) + (highRisk(industry) ? highRiskExtraWeight : 0);
    }

    public String reference() {
        return id + " r" + revision;
    }

    private int of(Map<String, Integer> table, String grade) {
        Integer value = table.get(grade);
        if (value == null) {
            throw new IllegalStateException("Supervision plan " + reference() + " has no entry for grade " + grade);
        }
        return value;
    }
}

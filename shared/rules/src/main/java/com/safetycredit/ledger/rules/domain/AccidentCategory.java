package com.safetycredit.ledger.rules.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What kind of accident, as far as the rules care — reference data ({@code reference/accident-categories.json}),
 * each category with its Chinese label, whether it is a 生产安全事故, its revision window and its source.
 * Casualties of road-traffic and fire accidents may be revised within 7 days, all others within 30
 * (生产安全事故报告和调查处理条例 第十三条). Which rule counts which category: {@code AccidentGates}.
 */
public record AccidentCategory(
        String code, String label, boolean productionSafety, int revisionWindowDays, String source) {

    private static final Map<String, AccidentCategory> ALL = new LinkedHashMap<>();

    static {
        for (JsonNode c : ReferenceData.read("accident-categories.json").get("categories")) {
            AccidentCategory category = new AccidentCategory(
                    c.get("code").asText(),
                    c.get("label").asText(),
                    c.get("productionSafety").asBoolean(),
                    c.get("revisionWindowDays").asInt(),
                    c.get("source").asText());
            if (ALL.put(category.code(), category) != null) {
                throw new IllegalStateException("Accident category " + category.code() + " is listed twice");
            }
        }
    }

    public static List<AccidentCategory> all() {
        return new ArrayList<>(ALL.values());
    }

    public static Optional<AccidentCategory> lookup(String code) {
        return Optional.ofNullable(code == null ? null : ALL.get(code));
    }

    /** The category of a stored event; every code ever stored is in the reference file. */
    public static AccidentCategory of(String code) {
        return lookup(code).orElseThrow(() -> new IllegalStateException("Unknown accident category " + code));
    }

    /** The category, or a 400 naming the field and the allowed codes. */
    public static AccidentCategory require(String field, String code) {
        return lookup(code).orElseThrow(() -> new InvalidInputException("unknown-code", field, String.valueOf(code)));
    }

    /**
     * Whether casualties may still be revised on {@code revisedOn}. "自事故发生之日起30日内": the window
     * counts days after the day of the accident, and the 30th day is still inside.
     */
    public boolean revisionAllowed(LocalDate occurredOn, LocalDate revisedOn) {
        long days = ChronoUnit.DAYS.between(occurredOn, revisedOn);
        return days >= 0 && days <= revisionWindowDays;
    }
}

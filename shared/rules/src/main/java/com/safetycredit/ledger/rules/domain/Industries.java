package com.safetycredit.ledger.rules.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The industry code list ({@code reference/industries.json}) and the liability-insurance mandates: which
 * sectors must carry 安责险 under which rule (RULES.md §6).
 */
public final class Industries {

    /** A mandate: the sectors it names, and when it applies. */
    public record Mandate(
            String id, String document, Set<Integer> policyYears, LocalDate inForceFrom, Set<String> industries) {
        boolean appliesOn(LocalDate day) {
            return policyYears.isEmpty()
                    ? inForceFrom != null && !day.isBefore(inForceFrom)
                    : policyYears.contains(day.getYear());
        }
    }

    private static final Map<String, String> NAMES = new LinkedHashMap<>();
    private static final List<Mandate> MANDATES = new ArrayList<>();

    static {
        JsonNode data = ReferenceData.read("industries.json");
        data.get("industries")
                .properties()
                .forEach(e -> NAMES.put(e.getKey(), e.getValue().asText()));
        for (JsonNode m : data.get("insuranceMandates")) {
            Set<Integer> years = new TreeSet<>();
            if (m.has("policyYears")) {
                m.get("policyYears").forEach(y -> years.add(y.asInt()));
            }
            Set<String> industries = new TreeSet<>();
            m.get("industries").forEach(i -> industries.add(i.asText()));
            MANDATES.add(new Mandate(
                    m.get("id").asText(),
                    m.get("document").asText(),
                    years,
                    m.has("inForceFrom") ? LocalDate.parse(m.get("inForceFrom").asText()) : null,
                    industries));
        }
    }

    private Industries() {}

    public static Map<String, String> names() {
        return NAMES;
    }

    /** The code, or a 400 naming the field and the allowed codes. */
    public static String require(String field, String code) {
        if (code == null || !NAMES.containsKey(code)) {
            throw new InvalidInputException("unknown-code", field, String.valueOf(code));
        }
        return code;
    }

    /**
     * The mandate that makes {@code industry} insure on {@code day}, if any. The Pinghu 2020 list governs its
     * policy years; 应急〔2025〕27号 from 2025-03-29 on.
     */
    public static Optional<Mandate> mustInsureOn(String industry, LocalDate day) {
        return MANDATES.stream()
                .filter(m -> m.appliesOn(day) && m.industries().contains(industry))
                .findFirst();
    }
}

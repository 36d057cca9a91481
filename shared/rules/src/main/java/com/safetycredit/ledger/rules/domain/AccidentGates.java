package com.safetycredit.ledger.rules.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which accident categories each rule counts ({@code rules/accident-gates.json}): a commuting road-traffic death
 * is a 工伤 but not a 生产安全事故, so it neither bars an award nor the red list. The file ships in the jar and is
 * not replaceable, so the command side, the read side and the offline verifier always count the same accidents.
 */
public final class AccidentGates {

    /** The rules that count accidents. */
    public enum Gate {
        WATCH,
        GRADING,
        RED_LIST_FATAL_LIABILITY,
        AWARD_FATAL,
        AWARD_INFLUENTIAL,
        STANDARDIZATION_REVOCATION,
        LISTING_GROUNDS
    }

    private static final Map<Gate, Set<String>> COUNTED = load();

    private AccidentGates() {}

    /**
     * Whether {@code gate} counts an accident of {@code category}. Every stored code is in the reference file;
     * a code that somehow is not counts, since a gate that errs should err towards caution.
     */
    public static boolean counts(Gate gate, String category) {
        return COUNTED.get(gate).contains(category)
                || AccidentCategory.lookup(category).isEmpty();
    }

    /** The categories {@code gate} counts, for the reasons a page or a refusal gives. */
    public static Set<String> counted(Gate gate) {
        return COUNTED.get(gate);
    }

    private static Map<Gate, Set<String>> load() {
        JsonNode gates;
        try (InputStream in = AccidentGates.class.getClassLoader().getResourceAsStream("rules/accident-gates.json")) {
            if (in == null) {
                throw new IllegalStateException("Missing rule set rules/accident-gates.json");
            }
            gates = new ObjectMapper().readTree(in).get("gates");
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable rule set rules/accident-gates.json", e);
        }
        Set<String> categories = new TreeSet<>();
        AccidentCategory.all().forEach(c -> categories.add(c.code()));
        Map<Gate, Set<String>> counted = new EnumMap<>(Gate.class);
        for (Gate gate : Gate.values()) {
            JsonNode entry = gates.get(gate.name());
            if (entry == null) {
                throw new IllegalStateException("rules/accident-gates.json has no gate " + gate);
            }
            Set<String> counts = codes(entry.get("counts"));
            Set<String> excludes = codes(entry.get("excludes"));
            Set<String> named = new TreeSet<>(counts);
            named.addAll(excludes);
            if (counts.size() + excludes.size() != named.size() || !named.equals(categories)) {
                throw new IllegalStateException("Gate " + gate + " must name every accident category " + categories
                        + " exactly once, under counts or excludes; it names " + counts + " and " + excludes);
            }
            counted.put(gate, Set.copyOf(counts));
        }
        return counted;
    }

    private static Set<String> codes(JsonNode list) {
        Set<String> codes = new HashSet<>();
        if (list != null) {
            list.forEach(code -> codes.add(code.asText()));
        }
        return codes;
    }
}

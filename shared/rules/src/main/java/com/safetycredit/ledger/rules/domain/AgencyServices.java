package com.safetycredit.ledger.rules.domain;

import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The services an intermediary agency renders ({@code reference/agency-services.json}): 安全评价, 检测检验, 培训,
 * 咨询 and whatever the file adds, each with its Chinese label.
 */
public final class AgencyServices {

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        ReferenceData.read("agency-services.json")
                .get("services")
                .properties()
                .forEach(e -> LABELS.put(e.getKey(), e.getValue().get("label").asText()));
    }

    private AgencyServices() {}

    /** Code → Chinese label, in the file's order. */
    public static Map<String, String> labels() {
        return LABELS;
    }

    public static String label(String code) {
        return LABELS.getOrDefault(code, code);
    }

    /** The code, or a 400 naming the field and the codes allowed. */
    public static String require(String field, String code) {
        if (code == null || !LABELS.containsKey(code)) {
            throw new InvalidInputException(
                            "unknown-code",
                            field,
                            String.valueOf(code),
                            LABELS.keySet().stream()
                                    .map(c -> new LedgerProblem.Label("agencyService", c))
                                    .toList())
                    .explainedAs("agency-service");
        }
        return code;
    }

    public static void requireAll(String field, Collection<String> codes) {
        codes.forEach(code -> require(field, code));
    }
}

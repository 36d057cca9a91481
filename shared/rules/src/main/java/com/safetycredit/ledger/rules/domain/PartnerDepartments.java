package com.safetycredit.ledger.rules.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The other departments whose severe-dishonesty lists reach the ledger ({@code reference/partner-departments.json}):
 * a code for the path, a name an account's department ends with.
 */
public final class PartnerDepartments {

    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        JsonNode departments = ReferenceData.read("partner-departments.json").get("departments");
        departments
                .fieldNames()
                .forEachRemaining(code -> NAMES.put(code, departments.get(code).asText()));
    }

    private PartnerDepartments() {}

    public static Map<String, String> names() {
        return Map.copyOf(NAMES);
    }

    /** The code, or a 404-like refusal naming what the ledger knows (the department is a path segment). */
    public static String require(String code) {
        if (code == null || !NAMES.containsKey(code)) {
            throw new InvalidInputException("unknown-code", "department", code, NAMES.keySet())
                    .explainedAs("partner-department");
        }
        return code;
    }

    /** Whether an account of {@code accountDepartment} (e.g. 平湖市市场监督管理局) speaks for department {@code code}. */
    public static boolean speaksFor(String accountDepartment, String code) {
        String name = NAMES.get(code);
        return name != null
                && accountDepartment != null
                && accountDepartment.strip().endsWith(name);
    }
}

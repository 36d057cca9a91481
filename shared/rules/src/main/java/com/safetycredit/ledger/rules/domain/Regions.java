package com.safetycredit.ledger.rules.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** GB/T 2260 region codes the ledger supervises ({@code reference/regions.json}). */
public final class Regions {

    /** A region and the region it belongs to. */
    public record Region(String code, String name, String parent) {}

    private static final Map<String, Region> REGIONS = new LinkedHashMap<>();

    static {
        for (JsonNode r : ReferenceData.read("regions.json").get("regions")) {
            REGIONS.put(
                    r.get("code").asText(),
                    new Region(
                            r.get("code").asText(),
                            r.get("name").asText(),
                            r.get("parent").isNull() ? null : r.get("parent").asText()));
        }
    }

    private Regions() {}

    /** Every region, province first, in the order of the reference file. */
    public static List<Region> all() {
        return List.copyOf(REGIONS.values());
    }

    public static Optional<Region> lookup(String code) {
        return Optional.ofNullable(REGIONS.get(code));
    }

    /** The code, or a 400 naming the field and what the ledger knows. */
    public static String require(String field, String code) {
        if (code == null || !REGIONS.containsKey(code)) {
            throw new InvalidInputException("unknown-code", field, String.valueOf(code));
        }
        return code;
    }

    /** Whether {@code code} is {@code ancestor} or lies within it. */
    public static boolean isWithin(String code, String ancestor) {
        for (Region region = REGIONS.get(code); region != null; region = REGIONS.get(region.parent())) {
            if (region.code().equals(ancestor)) {
                return true;
            }
            if (region.parent() == null) {
                break;
            }
        }
        return false;
    }

    /**
     * The region of an issuing body, read from its name: Chinese authorities are named after their
     * administrative division (平湖市应急管理局, 嘉兴市应急管理局, 浙江省应急管理厅), so the longest region name the
     * issuer begins with is its region. Empty for a body named otherwise (a ministry, an association).
     */
    public static Optional<Region> ofIssuer(String issuer) {
        if (issuer == null) {
            return Optional.empty();
        }
        String name = issuer.strip();
        return REGIONS.values().stream()
                .filter(r -> name.startsWith(r.name()))
                .max(Comparator.comparingInt(r -> r.name().length()));
    }
}

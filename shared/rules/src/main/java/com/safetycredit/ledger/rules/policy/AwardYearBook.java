package com.safetycredit.ledger.rules.policy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one enterprise was granted under one policy in one policy year, per award type, in fen: the state a cap
 * is checked against. Kept by the {@code AwardYear} aggregate that every grant of the year passes through, and
 * rebuilt by the money invariants from the events alone.
 */
public final class AwardYearBook {

    private final Map<String, Long> grantedFen = new LinkedHashMap<>();

    public static AwardYearBook empty() {
        return new AwardYearBook();
    }

    public long granted(String awardType) {
        return grantedFen.getOrDefault(awardType, 0L);
    }

    public AwardYearBook record(String awardType, long amountFen) {
        grantedFen.merge(awardType, amountFen, Long::sum);
        return this;
    }

    public Map<String, Long> grantedFen() {
        return Map.copyOf(grantedFen);
    }
}

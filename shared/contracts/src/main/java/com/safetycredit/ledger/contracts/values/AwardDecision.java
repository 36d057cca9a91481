package com.safetycredit.ledger.contracts.values;

import java.util.List;

/**
 * What a policy gives an enterprise for one award: eligible or not, the amount in fen, and every reason —
 * each failing gate or condition, or the basis that earns it — with the ledger positions of its evidence.
 */
public record AwardDecision(
        String policyId, String awardType, int policyYear, boolean eligible, Long amountFen, List<Reason> reasons) {

    /**
     * @param code      a stable code, e.g. {@code FATAL_ACCIDENT_IN_YEAR}
     * @param message   the reason in Chinese, as staff read it
     * @param positions the ledger positions of the events it rests on
     */
    public record Reason(String code, String message, List<Long> positions) {}
}

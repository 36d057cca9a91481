package com.safetycredit.ledger.contracts.chain;

/**
 * The outcome of recomputing the hash chain over a range of positions.
 *
 * @param ok               every event in the range is present, in place and correctly linked
 * @param checked          how many events were recomputed
 * @param firstBadPosition the first position that failed, or {@code null}
 * @param reason           why it failed, or {@code null}
 */
public record ChainVerification(boolean ok, long checked, Long firstBadPosition, String reason) {

    static ChainVerification passed(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    static ChainVerification failed(long checked, long position, String reason) {
        return new ChainVerification(false, checked, position, reason);
    }
}

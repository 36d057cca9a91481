package com.safetycredit.ledger.contracts.chain;

/** The last position of the ledger and its hash, which commits to every event up to it. */
public record LedgerHead(long position, String hash) {

    public static final LedgerHead EMPTY = new LedgerHead(0, HashChain.GENESIS);
}

package com.safetycredit.ledger.contracts.events.ledger;

import com.safetycredit.ledger.contracts.events.LedgerEvent;

/**
 * The ledger recorded its own head: position {@code position} had hash {@code hash}. Other parties keep
 * these digests; an auditor can verify from a digest instead of from position 1, and a digest proves that
 * nothing up to its position changed since.
 */
@LedgerEvent(name = "LedgerDigestRecorded", revision = 1)
public record LedgerDigestRecorded(long position, String hash, String recordedBy) {}

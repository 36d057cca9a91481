package com.safetycredit.ledger.contracts.events.emergency;

import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/** The level-one response period {@code periodId} ended on {@code to} (its last day), by {@code documentNo}. */
@LedgerEvent(name = "LevelOneResponseEnded", revision = 1)
public record LevelOneResponseEnded(String periodId, LocalDate to, String documentNo) {}

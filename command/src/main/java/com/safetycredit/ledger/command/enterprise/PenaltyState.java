package com.safetycredit.ledger.command.enterprise;

import java.time.LocalDate;

/** A penalty decision on record: a listing must rest on a serious one. */
record PenaltyState(String penaltyId, LocalDate decidedOn, boolean serious) {
}

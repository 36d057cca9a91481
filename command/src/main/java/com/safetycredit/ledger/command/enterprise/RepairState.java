package com.safetycredit.ledger.command.enterprise;

import java.time.LocalDate;

/** A credit repair application (信用修复) on a listing: pending until decided. */
record RepairState(String listingId, LocalDate appliedOn, String decision) {

    static final String PENDING = "PENDING";

    boolean pending() {
        return PENDING.equals(decision);
    }

    RepairState decided(String outcome) {
        return new RepairState(listingId, appliedOn, outcome);
    }
}

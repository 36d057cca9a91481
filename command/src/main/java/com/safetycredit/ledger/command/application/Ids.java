package com.safetycredit.ledger.command.application;

import java.util.UUID;

/** Identifiers the ledger gives to what it records: a readable prefix and a random UUID. */
final class Ids {

    private Ids() {}

    static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}

package com.safetycredit.ledger.server.console;

/** An empty form or query field means "not given": browsers send {@code name=} for an untouched input. */
final class Blank {

    private Blank() {}

    static String toNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

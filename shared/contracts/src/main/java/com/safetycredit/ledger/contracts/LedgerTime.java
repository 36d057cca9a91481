package com.safetycredit.ledger.contracts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The ledger's calendar: valid dates are dates in China Standard Time, where the bureaus decide. */
public final class LedgerTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private LedgerTime() {}

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}

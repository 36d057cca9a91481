package com.safetycredit.ledger.server;

import com.safetycredit.ledger.contracts.values.Uscc;
import java.util.concurrent.atomic.AtomicInteger;

/** Unified social credit codes no other test uses: the tests share a ledger, and each owns its enterprises. */
public final class TestUsccs {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private TestUsccs() {}

    /** A valid code, new in this test run, of an enterprise registered in {@code region} (a GB/T 2260 code). */
    public static String in(String region) {
        String first17 = "91" + region + "MT" + String.format("%07d", SERIAL.incrementAndGet());
        return first17 + Uscc.checkCharacter(first17);
    }
}

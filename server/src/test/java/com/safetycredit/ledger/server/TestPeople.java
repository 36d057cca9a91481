package com.safetycredit.ledger.server;

import com.safetycredit.ledger.contracts.values.IdentityNumber;
import java.util.concurrent.atomic.AtomicInteger;

/** Practitioners no other test uses: the tests share a ledger, and each owns its people. Fictitious numbers. */
public final class TestPeople {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private TestPeople() {}

    /** A registration number new in this test run. */
    public static String registrationNo(String prefix) {
        return prefix + String.format("%07d", SERIAL.incrementAndGet());
    }

    /** A valid identity number (GB 11643) of a fictitious person born on 1 January 1990 in Pinghu. */
    public static String idNumber() {
        String first17 = "330482199001" + "01" + String.format("%03d", SERIAL.incrementAndGet() % 1000);
        return first17 + IdentityNumber.checkCharacter(first17);
    }

    /** The same number with a wrong check character. */
    public static String withWrongCheck(String idNumber) {
        char right = idNumber.charAt(17);
        return idNumber.substring(0, 17) + (right == '1' ? '2' : '1');
    }
}

package com.safetycredit.ledger.contracts.values;

import java.util.Locale;

/**
 * 统一社会信用代码 (GB 32100-2015): the enterprise's identity in the ledger.
 *
 * @param value         the 18 characters, upper case
 * @param checksumValid whether the 18th character is the check character of the first 17
 */
public record Uscc(String value, boolean checksumValid) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** A code that must pass the check character. */
    public static Uscc parse(String text) {
        Uscc uscc = parseWithOverride(text);
        if (!uscc.checksumValid()) {
            throw new InvalidUsccException(
                    "check-character",
                    String.valueOf(checkCharacter(uscc.value().substring(0, 17))),
                    String.valueOf(uscc.value().charAt(17)));
        }
        return uscc;
    }

    /**
     * A code whose check character may be wrong: some early pilot-region codes fail it yet are legal. The
     * caller records the registrar's reason for the override.
     */
    public static Uscc parseWithOverride(String text) {
        if (text == null) {
            throw new InvalidUsccException("missing");
        }
        String value = text.strip().toUpperCase(Locale.ROOT);
        if (value.length() != 18) {
            throw new InvalidUsccException("length", String.valueOf(value.length()));
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw new InvalidUsccException(
                        "character", String.valueOf(value.charAt(i)), String.valueOf(i + 1), ALPHABET);
            }
        }
        return new Uscc(value, checkCharacter(value.substring(0, 17)) == value.charAt(17));
    }

    public static boolean isValid(String text) {
        try {
            return parseWithOverride(text).checksumValid();
        } catch (InvalidUsccException e) {
            return false;
        }
    }

    /** The check character of the first 17 characters: 31 − (Σ value·weight mod 31), 31 → 0. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need the first 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new InvalidUsccException(
                        "character", String.valueOf(first17.charAt(i)), String.valueOf(i + 1), ALPHABET);
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** GB/T 2260 code of the registering authority's region (characters 3–8). */
    public String registeringRegionCode() {
        return value.substring(2, 8);
    }

    /** 个体工商户 codes start with 92. */
    public boolean individualBusiness() {
        return value.startsWith("92");
    }

    @Override
    public String toString() {
        return value;
    }
}

package com.safetycredit.ledger.contracts.values;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * 公民身份号码 (GB 11643-1999): 6 digits of region, 8 of birth date, 3 of sequence and a check character. A
 * natural person's identity number is personal information: the ledger checks it, seals it before it enters an
 * event, and shows it only masked.
 *
 * @param value the 18 characters, the check character upper case
 */
public record IdentityNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    /** The number as written, stripped and upper case (a lower-case x is the check character X). */
    public static String normalise(String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * What is wrong with the number, in Chinese — wrong length, not digits, an impossible birth date, a wrong check
     * character — without repeating any of its digits; empty when it is a valid number.
     */
    public static Optional<String> problem(String text) {
        String value = normalise(text);
        if (value.length() != 18) {
            return Optional.of("身份证号码须为18位，收到" + value.length() + "位");
        }
        if (!value.substring(0, 17).chars().allMatch(Character::isDigit) || CHECK.indexOf(value.charAt(17)) < 0) {
            return Optional.of("身份证号码前17位须为数字，第18位为数字或X");
        }
        if (birthDate(value).isEmpty()) {
            return Optional.of("身份证号码中的出生日期不是有效日期");
        }
        if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            return Optional.of("身份证号码校验码不符（GB 11643）");
        }
        return Optional.empty();
    }

    /** Σ digit·weight mod 11, mapped by {@code 10X98765432}. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The number as staff may see it: the first four and the last four characters. */
    public String masked() {
        return mask(value);
    }

    /** {@code 3304**********123X}. */
    public static String mask(String value) {
        return value.length() < 8
                ? "*".repeat(value.length())
                : value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
    }

    private static Optional<LocalDate> birthDate(String value) {
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}

package com.safetycredit.ledger.contracts.values;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GB 11643-1999: the identity number's check character, birth date and length. */
class IdentityNumberTest {

    /** The standard's own example (a fictitious person of 东城区, born 1949-12-31). */
    private static final String EXAMPLE = "11010519491231002X";

    @Test
    void theStandardsExampleIsValidAndItsCheckCharacterIsX() {
        assertThat(IdentityNumber.problem(EXAMPLE)).isEmpty();
        assertThat(IdentityNumber.checkCharacter(EXAMPLE.substring(0, 17))).isEqualTo('X');
        assertThat(IdentityNumber.problem(" 11010519491231002x "))
                .as("written in lower case, with spaces")
                .isEmpty();
        assertThat(IdentityNumber.normalise(" 11010519491231002x ")).isEqualTo(EXAMPLE);
    }

    @Test
    void changingAnyOneDigitOfTheFirstSeventeenBreaksTheCheck() {
        for (int i = 0; i < 17; i++) {
            char digit = EXAMPLE.charAt(i);
            char other = digit == '9' ? '0' : (char) (digit + 1);
            String changed = EXAMPLE.substring(0, i) + other + EXAMPLE.substring(i + 1);
            assertThat(IdentityNumber.problem(changed))
                    .as("digit " + (i + 1) + " changed")
                    .isPresent();
        }
        assertThat(IdentityNumber.problem("110105194912310021"))
                .hasValueSatisfying(p -> assertThat(p).contains("校验码"));
    }

    @Test
    void anImpossibleBirthDateLengthOrCharacterIsRefusedWithoutRepeatingTheDigits() {
        String february30 = "11010519490230" + "002";
        assertThat(IdentityNumber.problem(february30 + IdentityNumber.checkCharacter(february30)))
                .hasValueSatisfying(p -> assertThat(p).contains("出生日期").doesNotContain("19490230"));
        assertThat(IdentityNumber.problem("1101051949123100"))
                .hasValueSatisfying(p -> assertThat(p).contains("18位"));
        assertThat(IdentityNumber.problem("11010519491231002Y")).isPresent();
        assertThat(IdentityNumber.problem("1101051949123100AX")).isPresent();
        assertThat(IdentityNumber.problem(null)).isPresent();
    }

    @Test
    void theMaskShowsTheFirstAndLastFourOnly() {
        assertThat(IdentityNumber.mask(EXAMPLE)).isEqualTo("1101**********002X");
    }
}

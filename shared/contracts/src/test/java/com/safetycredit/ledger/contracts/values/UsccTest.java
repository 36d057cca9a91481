package com.safetycredit.ledger.contracts.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RULES.md §1: GB 32100-2015 check character. */
class UsccTest {

    @ParameterizedTest
    @ValueSource(strings = {"91310110666007217T", "91330482MA28A1B56G"})
    void theTestVectorsAreValid(String code) {
        assertThat(Uscc.isValid(code)).isTrue();
        assertThat(Uscc.parse(code).value()).isEqualTo(code);
    }

    @Test
    void theCheckCharacterOfTheShanghaiVectorIsT() {
        // Σ value·weight = 966, 966 mod 31 = 5, 31 − 5 = 26 → 'T'
        assertThat(Uscc.checkCharacter("91310110666007217")).isEqualTo('T');
    }

    @ParameterizedTest
    @ValueSource(strings = {"91310110666007217T", "91330482MA28A1B56G"})
    void changingAnyOneCharacterToAnyOtherSymbolMakesTheCodeInvalid(String code) {
        int checked = 0;
        for (int position = 0; position < 18; position++) {
            for (char symbol : Uscc.ALPHABET.toCharArray()) {
                if (symbol == code.charAt(position)) {
                    continue;
                }
                String changed = code.substring(0, position) + symbol + code.substring(position + 1);
                assertThat(Uscc.isValid(changed)).as(changed).isFalse();
                checked++;
            }
        }
        assertThat(checked).isEqualTo(18 * 30);
    }

    @Test
    void aPilotCodeThatFailsTheChecksumIsAcceptedOnlyWithAnOverride() {
        assertThatThrownBy(() -> Uscc.parse("91350211M00013FA1N"))
                .isInstanceOf(InvalidUsccException.class)
                .extracting(e -> ((InvalidUsccException) e).textKey(), e -> ((InvalidUsccException) e).args())
                .containsExactly("problem.uscc.check-character", List.of("3", "N"));
        Uscc pilot = Uscc.parseWithOverride("91350211M00013FA1N");
        assertThat(pilot.checksumValid()).isFalse();
    }

    @Test
    void lengthAndAlphabetAreCheckedEvenWithAnOverride() {
        assertThat(refusal(() -> Uscc.parseWithOverride("9133048")).args()).containsExactly("7");
        assertThat(refusal(() -> Uscc.parseWithOverride("9133048")).textKey()).isEqualTo("problem.uscc.length");
        InvalidUsccException illegal = refusal(() -> Uscc.parseWithOverride("91330482MA28A1B5IG"));
        assertThat(illegal.textKey()).isEqualTo("problem.uscc.character");
        assertThat(illegal.args()).startsWith("I", "17");
        assertThat(refusal(() -> Uscc.parseWithOverride(null)).textKey()).isEqualTo("problem.uscc.missing");
        assertThat(illegal.code()).as("one code for every wrong USCC").isEqualTo("uscc");
    }

    private static InvalidUsccException refusal(Runnable parse) {
        return catchThrowableOfType(InvalidUsccException.class, parse::run);
    }

    @Test
    void lowerCaseAndSurroundingBlanksAreNormalised() {
        assertThat(Uscc.parse(" 91330482ma28a1b56g ").value()).isEqualTo("91330482MA28A1B56G");
    }

    @Test
    void regionAndKindAreReadFromTheCode() {
        Uscc pinghu = Uscc.parse("91330482MA28A1B56G");
        assertThat(pinghu.registeringRegionCode()).isEqualTo("330482");
        assertThat(pinghu.individualBusiness()).isFalse();
        String individual = "92330482MA28A1B56";
        assertThat(Uscc.parse(individual + Uscc.checkCharacter(individual)).individualBusiness())
                .isTrue();
    }
}

package com.safetycredit.ledger.shared.domain;

import com.safetycredit.ledger.shared.problems.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RULES.md §6 and the region codes. */
class ReferenceDataTest {

    @Test
    void thePinghuListGovernsItsPolicyYears() {
        assertThat(Industries.mustInsureOn("HAZARDOUS_CHEMICALS", LocalDate.of(2021, 5, 1)).orElseThrow().id())
                .isEqualTo("PINGHU_2020");
        assertThat(Industries.mustInsureOn("MINING", LocalDate.of(2021, 5, 1))).isEmpty();
        assertThat(Industries.mustInsureOn("LUGGAGE_MANUFACTURING", LocalDate.of(2021, 5, 1))).isEmpty();
    }

    @Test
    void theNationalListAppliesFrom29March2025() {
        assertThat(Industries.mustInsureOn("MINING", LocalDate.of(2025, 3, 28))).isEmpty();
        assertThat(Industries.mustInsureOn("MINING", LocalDate.of(2025, 3, 29)).orElseThrow().id())
                .isEqualTo("YINGJI_2025_27");
        assertThat(Industries.mustInsureOn("FIREWORKS", LocalDate.of(2026, 1, 1))).isPresent();
        assertThat(Industries.mustInsureOn("GARMENT_MANUFACTURING", LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void unknownCodesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> Industries.require("industry", "SPACE_TOURISM"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("industry must be one of");
        assertThatThrownBy(() -> Regions.require("regionCode", "110101"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("110101");
        assertThat(Regions.require("regionCode", "330482")).isEqualTo("330482");
    }

    @Test
    void pinghuAndJiashanLieWithinJiaxing() {
        assertThat(Regions.isWithin("330482", "330400")).isTrue();
        assertThat(Regions.isWithin("330421", "330000")).isTrue();
        assertThat(Regions.isWithin("330400", "330482")).isFalse();
        assertThat(Regions.lookup("330482").orElseThrow().name()).isEqualTo("平湖市");
    }
}

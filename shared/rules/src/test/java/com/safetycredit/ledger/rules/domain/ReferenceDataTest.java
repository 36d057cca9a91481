package com.safetycredit.ledger.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** RULES.md §6 and the region codes. */
class ReferenceDataTest {

    @Test
    void thePinghuListGovernsItsPolicyYears() {
        assertThat(Industries.mustInsureOn("HAZARDOUS_CHEMICALS", LocalDate.of(2021, 5, 1))
                        .orElseThrow()
                        .id())
                .isEqualTo("PINGHU_2020");
        assertThat(Industries.mustInsureOn("MINING", LocalDate.of(2021, 5, 1))).isEmpty();
        assertThat(Industries.mustInsureOn("LUGGAGE_MANUFACTURING", LocalDate.of(2021, 5, 1)))
                .isEmpty();
    }

    @Test
    void theNationalListAppliesFrom29March2025() {
        assertThat(Industries.mustInsureOn("MINING", LocalDate.of(2025, 3, 28))).isEmpty();
        assertThat(Industries.mustInsureOn("MINING", LocalDate.of(2025, 3, 29))
                        .orElseThrow()
                        .id())
                .isEqualTo("YINGJI_2025_27");
        assertThat(Industries.mustInsureOn("FIREWORKS", LocalDate.of(2026, 1, 1)))
                .isPresent();
        assertThat(Industries.mustInsureOn("GARMENT_MANUFACTURING", LocalDate.of(2026, 1, 1)))
                .isEmpty();
    }

    @Test
    void unknownCodesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> Industries.require("industry", "SPACE_TOURISM"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unknown-code (industry)");
        assertThatThrownBy(() -> Regions.require("regionCode", "110101"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("110101");
        assertThat(Regions.require("regionCode", "330482")).isEqualTo("330482");
    }

    @Test
    void pinghuAndJiashanLieWithinJiaxing() {
        assertThat(Regions.isWithin("330482", "330400")).isTrue();
        assertThat(Regions.isWithin("330421", "330000")).isTrue();
        assertThat(Regions.isWithin("330400", "330482")).isFalse();
        assertThat(Regions.lookup("330482").orElseThrow().name()).isEqualTo("平湖市");
    }

    @Test
    void accidentCategoriesAreReferenceDataWithAChineseLabelAndASource() {
        assertThat(AccidentCategory.all())
                .extracting(AccidentCategory::code)
                .contains(
                        // every code ever stored keeps its meaning: old events replay
                        "PRODUCTION",
                        "HAZARDOUS_CHEMICALS",
                        "CONSTRUCTION",
                        "ROAD_TRAFFIC",
                        "FIRE",
                        "OTHER",
                        "COMMUTING_ROAD_TRAFFIC",
                        "NON_PRODUCTION");
        for (AccidentCategory category : AccidentCategory.all()) {
            assertThat(category.label()).as(category.code()).matches(".*[\\u4e00-\\u9fa5].*");
            assertThat(category.source()).as(category.code()).isNotBlank();
        }
        assertThat(AccidentCategory.of("OTHER").productionSafety()).isTrue();
        AccidentCategory commuting = AccidentCategory.of("COMMUTING_ROAD_TRAFFIC");
        assertThat(commuting.productionSafety()).isFalse();
        assertThat(commuting.source()).contains("工伤保险条例");
        assertThat(commuting.revisionWindowDays()).isEqualTo(7);
        assertThatThrownBy(() -> AccidentCategory.require("category", "EARTHQUAKE"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unknown-code (category)");
    }

    /** rules/accident-gates.json: the fatal-accident gates count production-safety accidents only. */
    @Test
    void everyGateCountsProductionSafetyAccidentsOnly() {
        for (AccidentGates.Gate gate : AccidentGates.Gate.values()) {
            for (AccidentCategory category : AccidentCategory.all()) {
                assertThat(AccidentGates.counts(gate, category.code()))
                        .as(gate + " " + category.code())
                        .isEqualTo(category.productionSafety());
            }
        }
        assertThat(AccidentGates.counts(AccidentGates.Gate.AWARD_FATAL, "COMMUTING_ROAD_TRAFFIC"))
                .isFalse();
        assertThat(AccidentGates.counts(AccidentGates.Gate.RED_LIST_FATAL_LIABILITY, "COMMUTING_ROAD_TRAFFIC"))
                .isFalse();
        // a code no file knows errs towards caution
        assertThat(AccidentGates.counts(AccidentGates.Gate.AWARD_FATAL, "UNHEARD_OF"))
                .isTrue();
    }
}

package com.safetycredit.ledger.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RULES.md §2: the highest grade any one measure reaches; "以上" includes the boundary. */
class AccidentGradeTest {

    @ParameterizedTest(name = "{0} deaths, {1} injured, {2} yuan → {3}")
    @CsvSource({
        "0, 0, 0, GENERAL",
        "2, 0, 0, GENERAL",
        "3, 0, 0, LARGE",
        "9, 0, 0, LARGE",
        "10, 0, 0, MAJOR",
        "29, 0, 0, MAJOR",
        "30, 0, 0, EXTRAORDINARY",
        "0, 9, 0, GENERAL",
        "0, 10, 0, LARGE",
        "0, 49, 0, LARGE",
        "0, 50, 0, MAJOR",
        "0, 99, 0, MAJOR",
        "0, 100, 0, EXTRAORDINARY",
        "0, 0, 9999999, GENERAL",
        "0, 0, 10000000, LARGE",
        "0, 0, 49999999, LARGE",
        "0, 0, 50000000, MAJOR",
        "0, 0, 99999999, MAJOR",
        "0, 0, 100000000, EXTRAORDINARY",
        "2, 50, 0, MAJOR",
        "1, 1, 100000000, EXTRAORDINARY",
        "3, 9, 9999999, LARGE"
    })
    void gradeFollowsTheHighestMeasure(int deaths, int injuries, long loss, AccidentGrade expected) {
        assertThat(AccidentGrade.of(deaths, injuries, loss)).isEqualTo(expected);
    }

    @Test
    void negativeMeasuresAreImpossible() {
        assertThatThrownBy(() -> AccidentGrade.of(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccidentGrade.of(0, 0, -5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void revisionWindowIs30DaysOr7ForRoadTrafficAndFireWithTheLastDayInside() {
        LocalDate day = LocalDate.of(2021, 5, 1);
        assertThat(AccidentCategory.of("PRODUCTION").revisionAllowed(day, day.plusDays(30)))
                .isTrue();
        assertThat(AccidentCategory.of("PRODUCTION").revisionAllowed(day, day.plusDays(31)))
                .isFalse();
        assertThat(AccidentCategory.of("FIRE").revisionAllowed(day, day.plusDays(7)))
                .isTrue();
        assertThat(AccidentCategory.of("FIRE").revisionAllowed(day, day.plusDays(8)))
                .isFalse();
        assertThat(AccidentCategory.of("ROAD_TRAFFIC").revisionAllowed(day, day.plusDays(8)))
                .isFalse();
        assertThat(AccidentCategory.of("PRODUCTION").revisionAllowed(day, day.minusDays(1)))
                .isFalse();
    }

    @Test
    void listingRegimesFixThePeriod() {
        LocalDate day = LocalDate.of(2024, 2, 29);
        assertThat(ListingRegime.inForceOn(day)).isEqualTo(ListingRegime.MEM_ORDER_11_2023);
        assertThat(ListingRegime.inForceOn(LocalDate.of(2023, 9, 30))).isEqualTo(ListingRegime.SAWS_2017_49);
        assertThat(ListingRegime.inForceOn(LocalDate.of(2017, 5, 22))).isEqualTo(ListingRegime.SAWS_2015_14);
        assertThat(ListingRegime.MEM_ORDER_11_2023.expiresOn(day, false)).isEqualTo("2027-02-28");
        assertThat(ListingRegime.MEM_ORDER_11_2023.earliestEarlyRemoval(day)).contains(LocalDate.of(2025, 2, 28));
        assertThat(ListingRegime.SAWS_2017_49.expiresOn(day, true)).isEqualTo("2025-02-28");
        assertThat(ListingRegime.SAWS_2015_14.expiresOn(day, true)).isEqualTo("2027-02-28");
        assertThat(ListingRegime.SAWS_2015_14.earliestEarlyRemoval(day)).isEmpty();
    }
}

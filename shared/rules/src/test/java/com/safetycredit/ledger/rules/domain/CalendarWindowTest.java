package com.safetycredit.ledger.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** "Within N months/years" on the calendar, at month ends and on 29 February. */
class CalendarWindowTest {

    private static final Period TWELVE = CalendarWindow.TWELVE_MONTHS;

    @Test
    void aLeapDayFactStaysWithinTwelveMonthsUntilTheEndOfFebruaryAndLeavesOnTheFirstOfMarch() {
        LocalDate leapDay = LocalDate.of(2024, 2, 29);
        assertThat(CalendarWindow.within(leapDay, LocalDate.of(2025, 2, 28), TWELVE))
                .isTrue();
        assertThat(CalendarWindow.within(leapDay, LocalDate.of(2025, 3, 1), TWELVE))
                .isFalse();
        assertThat(CalendarWindow.leavesOn(leapDay, TWELVE)).isEqualTo(LocalDate.of(2025, 3, 1));
        // 365 days after 29 February 2024 is 28 February 2025: still within the 12 months
        assertThat(CalendarWindow.within(leapDay, leapDay.plusDays(365), TWELVE))
                .isTrue();
    }

    @Test
    void twelveMonthsAcrossALeapDayAre366Days() {
        LocalDate first = LocalDate.of(2023, 3, 1);
        assertThat(CalendarWindow.within(first, LocalDate.of(2024, 2, 29), TWELVE))
                .isTrue();
        assertThat(CalendarWindow.within(first, first.plusDays(365), TWELVE)).isTrue(); // 2024-02-29
        assertThat(CalendarWindow.within(first, LocalDate.of(2024, 3, 1), TWELVE))
                .isFalse();
        assertThat(CalendarWindow.leavesOn(first, TWELVE)).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void anOrdinaryDayLeavesOnTheSameDateAYearLater() {
        LocalDate day = LocalDate.of(2024, 3, 20);
        assertThat(CalendarWindow.within(day, LocalDate.of(2025, 3, 19), TWELVE))
                .isTrue();
        assertThat(CalendarWindow.within(day, LocalDate.of(2025, 3, 20), TWELVE))
                .isFalse();
        assertThat(CalendarWindow.leavesOn(day, TWELVE)).isEqualTo(LocalDate.of(2025, 3, 20));
        assertThat(CalendarWindow.leavesOn(day, 3)).isEqualTo(LocalDate.of(2027, 3, 20));
    }

    @Test
    void aFactIsNotWithinBeforeItHappened() {
        LocalDate day = LocalDate.of(2024, 3, 20);
        assertThat(CalendarWindow.within(day, day.minusDays(1), TWELVE)).isFalse();
        assertThat(CalendarWindow.within(day, day, TWELVE)).isTrue();
    }

    @Test
    void monthEndsAndLeapYearsAgreeWithTheWindowOnEveryDay() {
        for (LocalDate fact = LocalDate.of(2019, 12, 1);
                fact.isBefore(LocalDate.of(2024, 4, 1));
                fact = fact.plusDays(1)) {
            for (Period period : new Period[] {Period.ofMonths(1), TWELVE, Period.ofYears(3)}) {
                LocalDate leaves = CalendarWindow.leavesOn(fact, period);
                assertThat(CalendarWindow.within(fact, leaves.minusDays(1), period))
                        .as(fact + " " + period)
                        .isTrue();
                assertThat(CalendarWindow.within(fact, leaves, period))
                        .as(fact + " " + period)
                        .isFalse();
            }
        }
        assertThat(CalendarWindow.leavesOn(LocalDate.of(2020, 2, 29), 3)).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(CalendarWindow.leavesOn(LocalDate.of(2020, 2, 29), 4)).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void daysAreNotACalendarPeriod() {
        assertThatThrownBy(() ->
                        CalendarWindow.within(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 1), Period.ofDays(365)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

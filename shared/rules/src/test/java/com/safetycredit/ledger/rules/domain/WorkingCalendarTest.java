package com.safetycredit.ledger.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The national working-day calendar: known holidays and make-up working days, periods across them, missing years. */
class WorkingCalendarTest {

    private final WorkingCalendar calendar = WorkingCalendar.china();

    @Test
    void theSourceIsNamedAndEveryYearFrom2004To2026IsHeld() {
        assertThat(calendar.source()).contains("国务院办公厅").contains("chinese-days 1.5.7");
        assertThat(calendar.years()).hasSize(23).contains(2004, 2026);
    }

    @Test
    void makeUpWorkingDaysOnSundaysAreWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26)))
                .as("Sunday, 春节 调休")
                .isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 28)))
                .as("Sunday, 国庆节 调休")
                .isTrue();
        assertThat(calendar.nameOf(LocalDate.of(2025, 9, 28))).isEqualTo("国庆节");
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 21)))
                .as("an ordinary Sunday")
                .isFalse();
    }

    @Test
    void holidaysOnWeekdaysAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8)))
                .as("Wednesday, 国庆节")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 9)))
                .as("Thursday after the holiday")
                .isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16)))
                .as("Monday, 春节 2026")
                .isFalse();
    }

    @Test
    void aPeriodStartsTheDayAfterAndSkipsTheGoldenWeekButCountsItsMakeUpSaturday() {
        // Monday 2025-09-29: 09-30 (1), 10-01…10-08 off, 10-09 (2), 10-10 (3), Saturday 10-11 调休 (4), 10-13 (5)
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 9, 29), 5)).isEqualTo(LocalDate.of(2025, 10, 13));
        // an ordinary week: Monday + 5 working days is the next Monday
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 3, 3), 5)).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 3, 3), 1)).isEqualTo(LocalDate.of(2025, 3, 4));
    }

    @Test
    void aYearNotInTheFileIsAnExplicitErrorNeverAGuess() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2027, 1, 4)))
                .isInstanceOf(WorkingCalendar.MissingYearException.class)
                .hasMessageContaining("2027");
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2003, 6, 2)))
                .isInstanceOf(WorkingCalendar.MissingYearException.class);
        // a period that runs into the missing year fails too, even though it starts in a known one
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 12, 28), 5))
                .isInstanceOf(WorkingCalendar.MissingYearException.class)
                .satisfies(e -> assertThat(((WorkingCalendar.MissingYearException) e).year())
                        .isEqualTo(2027));
    }
}

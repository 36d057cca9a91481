package com.safetycredit.ledger.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
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

    /** The next year added by a bureau's supplement, from the State Council's notice, without a release. */
    @Test
    void aSupplementAddsTheNextYearAndNeverChangesAShippedOne() throws Exception {
        ObjectMapper json = new ObjectMapper();
        WorkingCalendar supplemented = calendar.supplementedBy(
                json.readTree(
                        """
                {"_source": "国务院办公厅通知（测试用的假想安排）",
                 "years": {"2027": {"holidays": {"2027-01-01": "元旦", "2027-01-04": "元旦"},
                                    "makeUpWorkdays": {"2027-01-09": "元旦"}}}}"""));
        assertThat(supplemented.years()).contains(2026, 2027);
        assertThat(supplemented.source()).contains("chinese-days", "[2027]", "测试用的假想安排");
        // 2026-12-28 (Mon) + 5: 29, 30, 31 Dec, then 1 and 4 Jan are holidays, 5 Jan is the 4th, 6 Jan the 5th
        assertThat(supplemented.addWorkingDays(LocalDate.of(2026, 12, 28), 5)).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(supplemented.isWorkingDay(LocalDate.of(2027, 1, 9)))
                .as("a make-up Saturday")
                .isTrue();
        assertThat(supplemented.isWorkingDay(LocalDate.of(2026, 10, 1)))
                .as("the shipped years as before")
                .isFalse();
        assertThatThrownBy(() -> supplemented.isWorkingDay(LocalDate.of(2028, 1, 3)))
                .isInstanceOf(WorkingCalendar.MissingYearException.class);
        assertThat(calendar.supplementedBy(null)).isSameAs(calendar);

        assertThatThrownBy(
                        () -> calendar.supplementedBy(
                                json.readTree(
                                        """
                        {"_source": "改写已有年份", "years": {"2026": {"holidays": {"2026-10-09": "国庆节"}}}}""")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[2026]");
    }
}

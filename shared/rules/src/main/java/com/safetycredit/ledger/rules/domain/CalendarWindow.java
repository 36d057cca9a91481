package com.safetycredit.ledger.rules.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * "Within N months" and "N years after", counted on the calendar in one place — never as a number of days.
 *
 * <p>A fact of day {@code f} is <em>within</em> a period {@code P} of a valid date {@code v} when
 * {@code f ∈ (v − P, v]}. The window moves with {@code v}, so a fact leaves it on one definite day,
 * {@link #leavesOn}: {@code f + P}, or the day after where that shift was cut short at a shorter month's end.
 * A fact of 2024-02-29 is within 12 months of 2025-02-28 (12 months before it is 2024-02-28) and leaves on
 * 2025-03-01; a fact of 2024-03-20 leaves on 2025-03-20. The wait after a revocation is such a window too: a
 * new certificate is refused while the revocation lies within the last year, exactly while the revocation still
 * makes the enterprise 重点关注. (A listing's term and its early-removal date are terms, not windows:
 * {@code ListingRegime} adds whole years and months to the decision, 29 February giving 28 February.)
 */
public final class CalendarWindow {

    public static final Period TWELVE_MONTHS = Period.ofMonths(12);
    public static final Period ONE_YEAR = Period.ofYears(1);

    private CalendarWindow() {}

    /** Whether {@code fact} lies in {@code (v − period, v]}. */
    public static boolean within(LocalDate fact, LocalDate v, Period period) {
        return fact.isAfter(v.minus(months(period))) && !fact.isAfter(v);
    }

    /** The first valid date on which a fact of {@code fact} is no longer {@link #within} {@code period}. */
    public static LocalDate leavesOn(LocalDate fact, Period period) {
        LocalDate shifted = fact.plus(months(period));
        return shifted.getDayOfMonth() == fact.getDayOfMonth() ? shifted : shifted.plusDays(1);
    }

    public static LocalDate leavesOn(LocalDate fact, int years) {
        return leavesOn(fact, Period.ofYears(years));
    }

    /** Only whole months and years are calendar periods here: days would bring back the 365-day year. */
    private static Period months(Period period) {
        if (period.getDays() != 0) {
            throw new IllegalArgumentException("A calendar window is counted in months or years, not days: " + period);
        }
        return period;
    }
}

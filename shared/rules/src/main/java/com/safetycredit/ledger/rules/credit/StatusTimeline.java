package com.safetycredit.ledger.rules.credit;

import com.safetycredit.ledger.rules.credit.CreditAssessment.Status;
import com.safetycredit.ledger.rules.domain.CalendarWindow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An enterprise's status and grade over valid time, as the ledger knows it now: consecutive intervals
 * {@code [from, to)} ({@code to == null}: open-ended). Status changes only on dates the record names — a
 * fact's date, the end of a listing or a certificate, the day a fact leaves the 12-month window or a look-back
 * ({@link CalendarWindow#leavesOn}, the same calendar arithmetic the assessor's windows use) — so evaluating the
 * assessor on those dates gives every change without a timer.
 */
public final class StatusTimeline {

    /** One interval of constant status and grade; {@code from == null}: since ever, {@code to == null}: from then on. */
    public record Interval(LocalDate from, LocalDate to, Status status, String grade, List<Evidence> reasons) {
        public boolean contains(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
        }
    }

    private StatusTimeline() {}

    public static List<Interval> of(EnterpriseRecord record, CreditRules rules) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        // both look-backs: a bureau's own rule sets may give the red list and the grading different ones
        Set<Integer> lookBack = new TreeSet<>(
                List.of(rules.redList().lookBackYears(), rules.grading().largeAccidentLookBackYears()));
        record.accidents().values().forEach(a -> around(dates, a.occurredOn(), lookBack));
        record.penalties().values().forEach(p -> around(dates, p.decidedOn(), lookBack));
        record.reportingViolations().forEach(f -> around(dates, f.decidedOn(), lookBack));
        record.listings().values().forEach(l -> l.periods().forEach(p -> {
            around(dates, p.from(), lookBack);
            around(dates, p.until(), lookBack);
        }));
        record.certifications().values().forEach(c -> {
            dates.add(c.issuedOn());
            if (c.expiresOn() != null) {
                dates.add(c.expiresOn());
            }
            if (c.revokedOn() != null) {
                around(dates, c.revokedOn(), lookBack);
            }
        });
        LocalDate start =
                dates.isEmpty() ? LocalDate.of(2000, 1, 1) : dates.first().minusDays(1);
        dates.add(start);
        List<Interval> intervals = new ArrayList<>();
        for (LocalDate day : dates) {
            if (day.isBefore(start)) {
                continue;
            }
            CreditAssessment assessment = CreditAssessor.assess(record, day, rules, false); // the letter is enough
            Interval last = intervals.isEmpty() ? null : intervals.get(intervals.size() - 1);
            if (last != null
                    && last.status() == assessment.status()
                    && Objects.equals(last.grade(), assessment.grade().grade())
                    && last.reasons().equals(assessment.reasons())) {
                continue;
            }
            if (last != null) {
                intervals.set(
                        intervals.size() - 1,
                        new Interval(last.from(), day, last.status(), last.grade(), last.reasons()));
            }
            intervals.add(new Interval(
                    intervals.isEmpty() ? null : day,
                    null,
                    assessment.status(),
                    assessment.grade().grade(),
                    assessment.reasons()));
        }
        return intervals;
    }

    /**
     * A fact's date, and the days it leaves the 12-month window and each look-back: 29 February 2020 stays in
     * the 12 months until 28 February 2021 and leaves on 1 March ({@link CalendarWindow#leavesOn}).
     */
    private static void around(TreeSet<LocalDate> dates, LocalDate day, Set<Integer> lookBackYears) {
        dates.add(day);
        dates.add(CalendarWindow.leavesOn(day, CalendarWindow.TWELVE_MONTHS));
        for (int years : lookBackYears) {
            dates.add(CalendarWindow.leavesOn(day, years));
        }
    }
}

package com.safetycredit.ledger.shared.credit;

import com.safetycredit.ledger.shared.credit.CreditAssessment.Status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An enterprise's status and grade over valid time, as the ledger knows it now: consecutive intervals
 * {@code [from, to)} ({@code to == null}: open-ended). Status changes only on dates the record names — a
 * fact's date, the end of a listing, 12 months or 3 years after a fact — so evaluating the assessor on those
 * dates (and the day after where a shift by months or years ends on a shorter month's last day) gives every
 * change without a timer.
 */
public final class StatusTimeline {

    /** One interval of constant status and grade; {@code from == null}: since ever, {@code to == null}: from then on. */
    public record Interval(LocalDate from, LocalDate to, Status status, String grade, List<Evidence> reasons) {
        public boolean contains(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
        }
    }

    private StatusTimeline() {
    }

    public static List<Interval> of(EnterpriseRecord record, CreditRules rules) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        // both look-backs: a bureau's own rule sets may give the red list and the grading different ones
        Set<Integer> lookBack = new TreeSet<>(List.of(rules.redList().lookBackYears(),
                rules.grading().largeAccidentLookBackYears()));
        record.accidents().values().forEach(a -> around(dates, a.occurredOn(), lookBack));
        record.penalties().values().forEach(p -> {
            around(dates, p.decidedOn(), lookBack);
            dates.add(p.decidedOn().plusDays(365));
        });
        record.listings().values().forEach(l -> {
            around(dates, l.decidedOn(), lookBack);
            around(dates, l.endsOn(), lookBack);
        });
        record.certifications().values().forEach(c -> {
            dates.add(c.issuedOn());
            if (c.expiresOn() != null) {
                dates.add(c.expiresOn());
            }
            if (c.revokedOn() != null) {
                around(dates, c.revokedOn(), lookBack);
            }
        });
        LocalDate start = dates.isEmpty() ? LocalDate.of(2000, 1, 1) : dates.first().minusDays(1);
        dates.add(start);
        List<Interval> intervals = new ArrayList<>();
        for (LocalDate day : dates) {
            if (day.isBefore(start)) {
                continue;
            }
            CreditAssessment assessment = CreditAssessor.assess(record, day, rules, false); // the letter is enough
            Interval last = intervals.isEmpty() ? null : intervals.get(intervals.size() - 1);
            if (last != null && last.status() == assessment.status()
                    && Objects.equals(last.grade(), assessment.grade().grade())
                    && last.reasons().equals(assessment.reasons())) {
                continue;
            }
            if (last != null) {
                intervals.set(intervals.size() - 1, new Interval(last.from(), day, last.status(), last.grade(),
                        last.reasons()));
            }
            intervals.add(new Interval(intervals.isEmpty() ? null : day, null, assessment.status(),
                    assessment.grade().grade(), assessment.reasons()));
        }
        return intervals;
    }

    /** A fact's date, and when it leaves the 12-month window and each look-back. */
    private static void around(TreeSet<LocalDate> dates, LocalDate day, Set<Integer> lookBackYears) {
        dates.add(day);
        leaves(dates, day, day.plusMonths(12));
        for (int years : lookBackYears) {
            leaves(dates, day, day.plusYears(years));
        }
    }

    /**
     * The day a fact of {@code day} leaves a window of months or years, {@code shifted}: a window "since
     * {@code v} minus 12 months" drops the fact on the first {@code v} whose shift back is on or after it —
     * {@code shifted} itself, except where the shift landed on a shorter month's end (29 February 2020 plus 12
     * months is 28 February 2021, but the fact stays in until 1 March), and then the day after too.
     */
    private static void leaves(TreeSet<LocalDate> dates, LocalDate day, LocalDate shifted) {
        dates.add(shifted);
        if (shifted.getDayOfMonth() != day.getDayOfMonth()) {
            dates.add(shifted.plusDays(1));
        }
    }
}

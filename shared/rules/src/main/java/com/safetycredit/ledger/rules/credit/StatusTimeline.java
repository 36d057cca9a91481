package com.safetycredit.ledger.rules.credit;

import com.safetycredit.ledger.contracts.LedgerTime;
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

    /**
     * One interval of constant status, grade and red-list candidacy; {@code from == null}: since ever,
     * {@code to == null}: from then on.
     */
    public record Interval(
            LocalDate from,
            LocalDate to,
            Status status,
            String grade,
            List<Evidence> reasons,
            boolean redListCandidate) {
        public boolean contains(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
        }
    }

    private StatusTimeline() {}

    public static List<Interval> of(EnterpriseRecord record, CreditRules rules) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        // both look-backs: a bureau's own rule sets may give the red list and the grading different ones
        Set<Integer> lookBack = new TreeSet<>(rules.grading().lookBackYears());
        lookBack.add(rules.redList().lookBackYears());
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
        supervisionDates(record, rules, dates, lookBack);
        LocalDate start =
                dates.isEmpty() ? LocalDate.of(2000, 1, 1) : dates.first().minusDays(1);
        dates.add(start);
        List<Interval> intervals = new ArrayList<>();
        for (LocalDate day : dates) {
            if (day.isBefore(start)) {
                continue;
            }
            CreditAssessment assessment =
                    CreditAssessor.assess(record, day, rules, false); // only what an interval keeps
            Interval last = intervals.isEmpty() ? null : intervals.get(intervals.size() - 1);
            if (last != null
                    && last.status() == assessment.status()
                    && Objects.equals(last.grade(), assessment.grade().grade())
                    && last.redListCandidate() == assessment.redListCandidate()
                    && last.reasons().equals(assessment.reasons())) {
                continue;
            }
            if (last != null) {
                intervals.set(
                        intervals.size() - 1,
                        new Interval(
                                last.from(),
                                day,
                                last.status(),
                                last.grade(),
                                last.reasons(),
                                last.redListCandidate()));
            }
            intervals.add(new Interval(
                    intervals.isEmpty() ? null : day,
                    null,
                    assessment.status(),
                    assessment.grade().grade(),
                    assessment.reasons(),
                    assessment.redListCandidate()));
        }
        return intervals;
    }

    /**
     * RULES.md §12's facts change the status on their own dates: a commitment made (and leaving the look-back), a
     * hazard found, the day after its deadline, its verification; a suspension ordered and lifted; a red-list
     * decision's start and end; another department's entry's start and end; the day a new grading model takes over;
     * the day an enterprise has been known long enough to be graded.
     */
    private static void supervisionDates(
            EnterpriseRecord record, CreditRules rules, TreeSet<LocalDate> dates, Set<Integer> lookBack) {
        SupervisionFacts facts = record.supervision();
        facts.commitments().forEach(c -> {
            around(dates, c.madeOn(), lookBack);
            if (c.publishedAt() != null) {
                dates.add(c.publishedAt().atZoneSameInstant(LedgerTime.ZONE).toLocalDate());
            }
        });
        facts.hazards().values().forEach(h -> {
            dates.add(h.foundOn());
            if (h.deadline() != null) {
                dates.add(h.deadline().plusDays(1));
            }
            if (h.verifiedOn() != null) {
                dates.add(h.verifiedOn());
            }
        });
        facts.suspensions().values().forEach(s -> {
            dates.add(s.orderedOn());
            if (s.resumedOn() != null) {
                dates.add(s.resumedOn());
            }
        });
        facts.redListDecisions().values().forEach(d -> {
            dates.add(d.decidedOn());
            dates.add(d.endsOn());
        });
        facts.partnerEntries().values().forEach(e -> {
            dates.add(e.from());
            if (e.to() != null) {
                dates.add(e.to());
            }
        });
        dates.addAll(rules.grading().switchDates());
        if (record.registeredOn() != null) {
            dates.add(record.registeredOn());
            rules.grading()
                    .minimumMonthsUnderSupervision()
                    .forEach(months -> dates.add(record.registeredOn().plusMonths(months)));
        }
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

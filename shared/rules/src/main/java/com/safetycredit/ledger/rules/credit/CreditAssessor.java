package com.safetycredit.ledger.rules.credit;

import com.safetycredit.ledger.rules.credit.CreditAssessment.Grade;
import com.safetycredit.ledger.rules.credit.CreditAssessment.Status;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Accident;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Certification;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Listing;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Listing.Period;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Penalty;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.ReportingViolationFinding;
import com.safetycredit.ledger.rules.credit.SupervisionFacts.Hazard;
import com.safetycredit.ledger.rules.credit.SupervisionFacts.RedListDecision;
import com.safetycredit.ledger.rules.credit.SupervisionFacts.Suspension;
import com.safetycredit.ledger.rules.domain.AccidentGates;
import com.safetycredit.ledger.rules.domain.AccidentGates.Gate;
import com.safetycredit.ledger.rules.domain.CalendarWindow;
import com.safetycredit.ledger.rules.labels.FactNames;
import com.safetycredit.ledger.rules.labels.Labels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Status and grade on a valid date, from an enterprise's record. Pure, and the only place these rules live:
 * profiles, lists, as-of answers and the offline verifier all call it.
 *
 * <p>Windows are calendar windows ({@link CalendarWindow}): "in the last 12 months" on date {@code v} means a
 * valid date in {@code (v − 12 months, v]}, "within 3 years" {@code (v − 3 years, v]}; "within a year" for
 * penalties is the same 12 months — never 365 days. Which accidents a rule counts: {@link AccidentGates}. Which
 * grading model grades {@code v}: {@link GradingSchedule}.
 */
public final class CreditAssessor {

    private CreditAssessor() {}

    public static CreditAssessment assess(EnterpriseRecord record, LocalDate v, CreditRules rules) {
        return assess(record, v, rules, true);
    }

    /**
     * The same, with only what the status timeline keeps when {@code explain} is false: the status and its
     * reasons, the grade's letter and the red-list candidacy. The timeline builds an assessment for every date where
     * anything may change, so there the grade's reasons are left out, the red-list check ends at the first fact that
     * spoils the clean look-back (its first criterion, the one most enterprises miss), and is not made at all where a
     * listing or a decision in force rules the candidacy out — {@code redListCriteriaNotMet} is then incomplete. None
     * of these changes the letter, the status or the candidacy.
     */
    static CreditAssessment assess(EnterpriseRecord record, LocalDate v, CreditRules rules, boolean explain) {
        List<Evidence> black = black(record, v);
        Grade grade = grade(record, v, rules.grading(), black, explain);
        List<Evidence> watch = watch(record, v);
        List<Evidence> decided = redListDecision(record, v);
        boolean candidacyRuledOut = !black.isEmpty() || !decided.isEmpty();
        List<Evidence> notMet = !explain && candidacyRuledOut
                ? List.of()
                : RedListCriteria.check(record, v, rules.redList(), watch, explain)
                        .notMet();
        boolean candidate = notMet.isEmpty() && !candidacyRuledOut;
        if (!black.isEmpty()) {
            return new CreditAssessment(v, Status.BLACK, black, grade, false, notMet);
        }
        if (!watch.isEmpty()) {
            return new CreditAssessment(v, Status.WATCH, watch, grade, candidate, notMet);
        }
        if (!decided.isEmpty()) {
            return new CreditAssessment(v, Status.RED, decided, grade, false, notMet);
        }
        return new CreditAssessment(
                v,
                Status.NORMAL,
                List.of(new Evidence("NO_ADVERSE_RECORD", "无在册的不良记录，也未被认定为红名单", List.of())),
                grade,
                candidate,
                notMet);
    }

    /** The grade on {@code v} by the model the schedule gives that day, given the listings active then. */
    static Grade grade(
            EnterpriseRecord record, LocalDate v, GradingSchedule schedule, List<Evidence> black, boolean explain) {
        Grading model = schedule.modelOn(v);
        return model instanceof GradingModelV2 v2
                ? GradingV2.grade(record, v, v2, black, explain)
                : GradingV1.grade(record, v, (GradingModel) model, black, explain);
    }

    static List<Evidence> black(EnterpriseRecord record, LocalDate v) {
        List<Evidence> reasons = new ArrayList<>();
        for (Listing listing : record.listings().values()) {
            listing.periodOn(v)
                    .ifPresent(period -> reasons.add(new Evidence(
                            "ACTIVE_LISTING",
                            "列入安全生产严重失信主体名单（" + period.from() + " 至 " + period.until() + "，依据第 " + listing.basis()
                                    + " 项" + (period.from().equals(listing.decidedOn()) ? "" : "，恢复执行") + "）",
                            listing.positions())));
        }
        return reasons;
    }

    /** RED: a red-list decision (认定) in force on {@code v}. */
    static List<Evidence> redListDecision(EnterpriseRecord record, LocalDate v) {
        List<Evidence> reasons = new ArrayList<>();
        for (RedListDecision decision : record.supervision().redListDecisions().values()) {
            if (decision.inForceOn(v)) {
                reasons.add(new Evidence(
                        "RED_LIST_DECISION",
                        "认定为守信联合激励对象（" + decision.decisionNo() + "，" + decision.decidedOn() + " 至 " + decision.endsOn()
                                + "）",
                        decision.positions()));
            }
        }
        return reasons;
    }

    static List<Evidence> watch(EnterpriseRecord record, LocalDate v) {
        List<Evidence> reasons = new ArrayList<>();
        LocalDate twelveMonths = v.minus(CalendarWindow.TWELVE_MONTHS); // once: the timeline assesses many days
        for (Accident accident : record.accidents().values()) {
            if (Facts.within(accident.occurredOn(), twelveMonths, v) && Facts.counted(accident, Gate.WATCH)) {
                reasons.add(new Evidence(
                        "ACCIDENT_LAST_12_MONTHS",
                        "近12个月发生生产安全事故（" + accident.occurredOn() + "，" + Labels.zhLabel("grade", accident.grade())
                                + "）",
                        accident.positions()));
            }
        }
        List<Penalty> yearPenalties = Facts.penaltiesWithin(record, twelveMonths, v);
        for (Penalty penalty : yearPenalties) {
            if (penalty.serious()) {
                reasons.add(new Evidence(
                        "SERIOUS_PENALTY_LAST_12_MONTHS",
                        "近12个月因性质恶劣、情节严重的违法行为受到行政处罚（" + penalty.decisionNo() + "，" + penalty.decidedOn() + "）",
                        List.of(penalty.position())));
            }
        }
        if (yearPenalties.size() >= 2) {
            reasons.add(new Evidence(
                    "PENALTIES_WITHIN_A_YEAR",
                    "近12个月受到 " + yearPenalties.size() + " 次行政处罚",
                    yearPenalties.stream().map(Penalty::position).toList()));
        }
        for (ReportingViolationFinding finding : record.reportingViolations()) {
            Accident accident = record.accidents().get(finding.accidentId());
            if (accident != null && !accident.retracted() && Facts.within(finding.decidedOn(), twelveMonths, v)) {
                List<Long> evidence = new ArrayList<>(accident.positions());
                evidence.add(finding.position());
                reasons.add(new Evidence(
                        "ACCIDENT_REPORTING_VIOLATION_LAST_12_MONTHS",
                        "近12个月被认定事故瞒报、谎报、迟报或漏报（" + Labels.zhLabel("enum.ReportingViolation", finding.kind()) + "，"
                                + finding.decidedOn() + "）",
                        List.copyOf(evidence)));
            }
        }
        for (Certification certification : record.certifications().values()) {
            if (certification.revokedOn() != null && Facts.within(certification.revokedOn(), twelveMonths, v)) {
                reasons.add(new Evidence(
                        "CERTIFICATION_REVOKED_LAST_12_MONTHS",
                        "近12个月证书被撤销（" + FactNames.zh(FactNames.certification(certification)) + "，"
                                + certification.revokedOn() + "）",
                        certification.positions()));
            }
        }
        for (Listing listing : record.listings().values()) {
            // each period's end: a reinstated listing ended twice (its early removal, then its remaining period)
            if (listing.revoked()) {
                continue;
            }
            Period ended = null;
            for (Period period : listing.periods()) {
                if (Facts.within(period.until(), twelveMonths, v)) {
                    ended = period; // the last that ended within the window
                }
            }
            if (ended != null) {
                reasons.add(new Evidence(
                        "LISTING_ENDED_LAST_12_MONTHS", "近12个月移出严重失信主体名单（" + ended.until() + "）", listing.positions()));
            }
        }
        supervisionWatch(record, v, reasons);
        return reasons;
    }

    /**
     * RULES.md §12: a major hidden danger is an adverse record until rectified and verified (销号) — past its
     * deadline it says so, so an overdue hazard shows on the day after its deadline with nobody sending a
     * command; a suspension order is one until production may resume.
     */
    private static void supervisionWatch(EnterpriseRecord record, LocalDate v, List<Evidence> reasons) {
        for (Hazard hazard : record.supervision().hazards().values()) {
            if (hazard.major() && hazard.overdueOn(v)) {
                reasons.add(new Evidence(
                        "MAJOR_HAZARD_OVERDUE",
                        "重大事故隐患逾期未整改（" + hazard.foundOn() + " 发现"
                                + (hazard.supervisionNo() == null ? "" : "，挂牌督办 " + hazard.supervisionNo())
                                + "，整改期限 " + hazard.deadline() + "）",
                        hazard.positions()));
            } else if (hazard.major() && hazard.openOn(v)) {
                reasons.add(new Evidence(
                        "MAJOR_HAZARD_OPEN",
                        "重大事故隐患未整改销号（" + hazard.foundOn() + " 发现"
                                + (hazard.supervisionNo() == null ? "" : "，挂牌督办 " + hazard.supervisionNo())
                                + "，整改期限 " + hazard.deadline() + "）",
                        hazard.positions()));
            }
        }
        for (Suspension suspension : record.supervision().suspensions().values()) {
            if (suspension.inForceOn(v)) {
                reasons.add(new Evidence(
                        "SUSPENSION_IN_FORCE",
                        "责令停产整改中（" + suspension.orderedOn() + " 起，" + suspension.decisionNo() + "）",
                        suspension.positions()));
            }
        }
    }
}

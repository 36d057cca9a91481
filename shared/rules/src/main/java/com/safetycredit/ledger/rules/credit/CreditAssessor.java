package com.safetycredit.ledger.rules.credit;

import com.safetycredit.ledger.rules.credit.CreditAssessment.Grade;
import com.safetycredit.ledger.rules.credit.CreditAssessment.Status;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Accident;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Certification;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Listing;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Penalty;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.ReportingViolationFinding;
import com.safetycredit.ledger.rules.domain.AccidentGates;
import com.safetycredit.ledger.rules.domain.AccidentGates.Gate;
import com.safetycredit.ledger.rules.domain.CalendarWindow;
import com.safetycredit.ledger.rules.domain.ReportingViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Status and grade on a valid date, from an enterprise's record. Pure, and the only place these rules live:
 * profiles, lists, as-of answers and the offline verifier all call it.
 *
 * <p>Windows are calendar windows ({@link CalendarWindow}): "in the last 12 months" on date {@code v} means a
 * valid date in {@code (v − 12 months, v]}, "within 3 years" {@code (v − 3 years, v]}; "within a year" for
 * penalties is the same 12 months — never 365 days. Which accidents a rule counts: {@link AccidentGates}.
 */
public final class CreditAssessor {

    private static final List<String> GRAVE_GRADES = List.of("LARGE", "MAJOR", "EXTRAORDINARY");
    private static final String[] GRADES = {"A", "B", "C", "D"};

    private CreditAssessor() {}

    public static CreditAssessment assess(EnterpriseRecord record, LocalDate v, CreditRules rules) {
        return assess(record, v, rules, true);
    }

    /**
     * The same, with the grade's reasons left out when {@code explainGrade} is false: the status timeline
     * keeps only the grade's letter, and builds an assessment for every date where anything may change, so
     * writing out the grade's reasons there was most of its cost. The letter does not depend on the reasons.
     */
    static CreditAssessment assess(EnterpriseRecord record, LocalDate v, CreditRules rules, boolean explainGrade) {
        List<Evidence> black = black(record, v);
        Grade grade = grade(record, v, rules.grading(), black, explainGrade ? new ArrayList<>() : null);
        if (!black.isEmpty()) {
            return new CreditAssessment(v, Status.BLACK, black, grade);
        }
        List<Evidence> watch = watch(record, v);
        if (!watch.isEmpty()) {
            return new CreditAssessment(v, Status.WATCH, watch, grade);
        }
        List<Evidence> notRed = new ArrayList<>();
        List<Evidence> red = red(record, v, rules.redList(), notRed);
        return notRed.isEmpty()
                ? new CreditAssessment(v, Status.RED, red, grade)
                : new CreditAssessment(v, Status.NORMAL, notRed, grade);
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

    static List<Evidence> watch(EnterpriseRecord record, LocalDate v) {
        List<Evidence> reasons = new ArrayList<>();
        LocalDate twelveMonths = v.minus(CalendarWindow.TWELVE_MONTHS); // once: the timeline assesses many days
        for (Accident accident : record.accidents().values()) {
            if (counted(accident, Gate.WATCH) && within(accident.occurredOn(), twelveMonths, v)) {
                reasons.add(new Evidence(
                        "ACCIDENT_LAST_12_MONTHS",
                        "近12个月发生生产安全事故（" + accident.occurredOn() + "，" + accident.grade() + "）",
                        accident.positions()));
            }
        }
        List<Penalty> yearPenalties = record.penalties().values().stream()
                .filter(p -> within(p.decidedOn(), twelveMonths, v))
                .toList();
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
            if (accident != null && !accident.retracted() && within(finding.decidedOn(), twelveMonths, v)) {
                List<Long> evidence = new ArrayList<>(accident.positions());
                evidence.add(finding.position());
                reasons.add(new Evidence(
                        "ACCIDENT_REPORTING_VIOLATION_LAST_12_MONTHS",
                        "近12个月被认定事故瞒报、谎报、迟报或漏报（"
                                + ReportingViolation.valueOf(finding.kind()).label() + "，" + finding.decidedOn() + "）",
                        List.copyOf(evidence)));
            }
        }
        for (Certification certification : record.certifications().values()) {
            if (certification.revokedOn() != null && within(certification.revokedOn(), twelveMonths, v)) {
                reasons.add(new Evidence(
                        "CERTIFICATION_REVOKED_LAST_12_MONTHS",
                        "近12个月证书被撤销（" + certification.type() + "，" + certification.revokedOn() + "）",
                        certification.positions()));
            }
        }
        for (Listing listing : record.listings().values()) {
            // each period's end: a reinstated listing ended twice (its early removal, then its remaining period)
            listing.periods().stream()
                    .filter(period -> !listing.revoked() && within(period.until(), twelveMonths, v))
                    .reduce((first, last) -> last)
                    .ifPresent(period -> reasons.add(new Evidence(
                            "LISTING_ENDED_LAST_12_MONTHS",
                            "近12个月移出严重失信主体名单（" + period.until() + "）",
                            listing.positions())));
        }
        return reasons;
    }

    /** Returns what makes the enterprise red; fills {@code failures} with every criterion it misses. */
    static List<Evidence> red(EnterpriseRecord record, LocalDate v, RedListRules rules, List<Evidence> failures) {
        LocalDate lookBack = v.minusYears(rules.lookBackYears()); // (v − 3 years, v], as CalendarWindow counts
        for (Listing listing : record.listings().values()) {
            if (!listing.revoked()
                    && !listing.decidedOn().isAfter(v)
                    && listing.endsOn().isAfter(lookBack)) {
                failures.add(new Evidence(
                        "LISTED_WITHIN_LOOK_BACK", rules.lookBackYears() + "年内曾被列入严重失信主体名单", listing.positions()));
            }
        }
        for (Penalty penalty : record.penalties().values()) {
            if (within(penalty.decidedOn(), lookBack, v)) {
                failures.add(new Evidence(
                        "PENALTY_WITHIN_LOOK_BACK",
                        rules.lookBackYears() + "年内受到行政处罚（" + penalty.decisionNo() + "，" + penalty.decidedOn() + "）",
                        List.of(penalty.position())));
            }
        }
        for (Accident accident : record.accidents().values()) {
            if (counted(accident, Gate.RED_LIST_FATAL_LIABILITY)
                    && accident.deaths() > 0
                    && !Boolean.FALSE.equals(accident.liable())
                    && within(accident.occurredOn(), lookBack, v)) {
                failures.add(new Evidence(
                        "FATAL_LIABILITY_ACCIDENT_WITHIN_LOOK_BACK",
                        rules.lookBackYears() + "年内发生亡人责任事故（" + accident.occurredOn() + "）",
                        accident.positions()));
            }
        }
        Optional<Certification> standardization = bestStandardization(record, v);
        boolean levelMet = standardization.isPresent()
                && standardization.get().level().compareTo(rules.requiredStandardizationLevel()) <= 0;
        if (!levelMet) {
            failures.add(new Evidence(
                    "STANDARDIZATION_BELOW_REQUIRED",
                    "安全生产标准化未达到" + rules.requiredStandardizationLevel() + "级",
                    standardization.map(Certification::positions).orElse(List.of())));
        }
        List<Evidence> grounds = new ArrayList<>();
        standardization.ifPresent(c -> grounds.add(
                new Evidence("STANDARDIZATION", "安全生产标准化" + c.level() + "级（" + c.issuedOn() + " 起）", c.positions())));
        grounds.add(new Evidence("CLEAN_LOOK_BACK", rules.lookBackYears() + "年内无失信名单、行政处罚、亡人责任事故记录", List.of()));
        for (String unverified : rules.notRecordedByTheLedger()) {
            grounds.add(new Evidence("NOT_RECORDED", "账本未记录、未核验：" + unverified, List.of()));
        }
        return grounds;
    }

    /**
     * The grade on {@code v}, given the listings active then ({@code black}); its reasons go to
     * {@code reasons} (null: not wanted, and the grade has none).
     */
    static Grade grade(
            EnterpriseRecord record, LocalDate v, GradingModel model, List<Evidence> black, List<Evidence> reasons) {
        Optional<Certification> standardization = bestStandardization(record, v);
        int score = standardization
                .map(c -> model.baseScoreByStandardizationLevel()
                        .getOrDefault(c.level(), model.baseScoreWithoutStandardization()))
                .orElse(model.baseScoreWithoutStandardization());
        if (reasons != null) {
            reasons.add(new Evidence(
                    "BASE_SCORE",
                    "基础分 " + score
                            + standardization
                                    .map(c -> "（标准化" + c.level() + "级）")
                                    .orElse("（无有效标准化证书）"),
                    standardization.map(Certification::positions).orElse(List.of())));
        }
        LocalDate twelveMonths = v.minus(CalendarWindow.TWELVE_MONTHS);
        for (Accident accident : record.accidents().values()) {
            if (counted(accident, Gate.GRADING) && within(accident.occurredOn(), twelveMonths, v)) {
                score -= model.deductionPerAccidentLast12Months();
                if (reasons != null) {
                    reasons.add(new Evidence(
                            "ACCIDENT_DEDUCTION",
                            "近12个月事故扣 " + model.deductionPerAccidentLast12Months() + " 分",
                            accident.positions()));
                }
            }
        }
        for (Penalty penalty : record.penalties().values()) {
            if (penalty.serious() && within(penalty.decidedOn(), twelveMonths, v)) {
                score -= model.deductionPerSeriousPenaltyLast12Months();
                if (reasons != null) {
                    reasons.add(new Evidence(
                            "SERIOUS_PENALTY_DEDUCTION",
                            "近12个月严重违法处罚扣 " + model.deductionPerSeriousPenaltyLast12Months() + " 分",
                            List.of(penalty.position())));
                }
            }
        }
        int index = 3;
        for (int i = 0; i < 3; i++) {
            if (score >= model.gradeFloors().get(GRADES[i])) {
                index = i;
                break;
            }
        }
        List<Penalty> yearPenalties = record.penalties().values().stream()
                .filter(p -> within(p.decidedOn(), twelveMonths, v))
                .toList();
        if (yearPenalties.size() >= 2 && index < 3) {
            index++;
            if (reasons != null) {
                reasons.add(new Evidence(
                        "PENALTIES_LOWER_GRADE",
                        "近12个月 " + yearPenalties.size() + " 次处罚，降一级",
                        yearPenalties.stream().map(Penalty::position).toList()));
            }
        }
        LocalDate graveLookBack = v.minusYears(model.largeAccidentLookBackYears());
        for (Accident accident : record.accidents().values()) {
            if (counted(accident, Gate.GRADING)
                    && GRAVE_GRADES.contains(accident.grade())
                    && within(accident.occurredOn(), graveLookBack, v)) {
                index = 3;
                if (reasons != null) {
                    reasons.add(new Evidence(
                            "GRAVE_ACCIDENT_CAPS_AT_D",
                            "较大及以上事故（" + accident.occurredOn() + "），评级为 D",
                            accident.positions()));
                }
            }
        }
        if (!black.isEmpty()) {
            index = 3;
            if (reasons != null) {
                reasons.add(new Evidence(
                        "LISTED_CAPS_AT_D", "列入严重失信主体名单，评级为 D", black.get(0).positions()));
            }
        }
        return new Grade(
                GRADES[index],
                score,
                model.id() + " r" + model.revision(),
                model.label(),
                reasons == null ? List.of() : reasons);
    }

    private static Optional<Certification> bestStandardization(EnterpriseRecord record, LocalDate v) {
        return record.certifications().values().stream()
                .filter(c -> c.type().equals("STANDARDIZATION") && c.level() != null && c.validOn(v))
                .min(Comparator.comparing(Certification::level));
    }

    private static boolean counted(Accident accident, Gate gate) {
        return !accident.retracted() && AccidentGates.counts(gate, accident.category());
    }

    /** {@code day} in {@code (exclusiveFrom, inclusiveTo]}. */
    private static boolean within(LocalDate day, LocalDate exclusiveFrom, LocalDate inclusiveTo) {
        return day.isAfter(exclusiveFrom) && !day.isAfter(inclusiveTo);
    }
}

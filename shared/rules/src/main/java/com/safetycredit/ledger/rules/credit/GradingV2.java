package com.safetycredit.ledger.rules.credit;

import com.safetycredit.ledger.rules.credit.CreditAssessment.Deduction;
import com.safetycredit.ledger.rules.credit.CreditAssessment.Grade;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Accident;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Certification;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Listing;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Penalty;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.ReportingViolationFinding;
import com.safetycredit.ledger.rules.credit.SupervisionFacts.Hazard;
import com.safetycredit.ledger.rules.credit.SupervisionFacts.Suspension;
import com.safetycredit.ledger.rules.domain.AccidentGates.Gate;
import com.safetycredit.ledger.rules.domain.CalendarWindow;
import com.safetycredit.ledger.rules.labels.Labels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The second example model ({@code rules/grading-model-v2.json}, RULES.md §12): the neutral score for an
 * enterprise with nothing against it, standardization as a bonus, points off for each adverse fact of the last
 * 12 calendar months (or still open, for a major hazard), A/B/C by the score alone, D only for a severe fact, and
 * 未评级 while the ledger has known the enterprise too briefly to say anything.
 */
final class GradingV2 {

    static final String UNRATED = "UNRATED";

    private GradingV2() {}

    static Grade grade(
            EnterpriseRecord record, LocalDate v, GradingModelV2 model, List<Evidence> black, boolean explain) {
        List<Evidence> inputs = new ArrayList<>();
        List<Deduction> deductions = new ArrayList<>();
        if (explain) {
            inputs.add(new Evidence("NEUTRAL_SCORE", "无不良记录的中性分 " + model.neutralScore(), List.of()));
        }
        int score = model.neutralScore();
        Optional<Certification> standardization = Facts.bestStandardization(record, v);
        if (standardization.isPresent()) {
            Certification c = standardization.get();
            int bonus = model.standardizationBonus().getOrDefault(c.level(), 0);
            score += bonus;
            if (explain) {
                inputs.add(new Evidence(
                        "STANDARDIZATION_BONUS",
                        "安全生产标准化" + Labels.zhLabel("level", c.level()) + "（" + c.issuedOn() + " 起）加 " + bonus + " 分",
                        c.positions()));
            }
        }
        deductions(record, v, model, deductions, explain);
        for (Deduction deduction : deductions) {
            score -= deduction.points();
        }
        List<Evidence> severe = severe(record, v, model, black, explain);
        String letter = !severe.isEmpty()
                ? "D"
                : score >= model.gradeFloors().get("A")
                        ? "A"
                        : score >= model.gradeFloors().get("B") ? "B" : "C";
        if (severe.isEmpty() && standardization.isEmpty() && deductions.isEmpty() && tooBrief(record, v, model)) {
            letter = UNRATED;
            inputs.add(new Evidence(
                    "TOO_LITTLE_KNOWN",
                    "纳入监管不足 " + model.minimumMonthsUnderSupervision() + " 个月（" + record.registeredOn()
                            + " 起），且无任何加分或扣分事实：未评级",
                    List.of()));
        }
        return Facts.grade(letter, score, model, inputs, deductions, severe, explain);
    }

    /** Under supervision for fewer than the model's months on {@code v}; an enterprise with no date counts as known. */
    private static boolean tooBrief(EnterpriseRecord record, LocalDate v, GradingModelV2 model) {
        LocalDate since = record.registeredOn();
        return since != null
                && !since.isAfter(v)
                && since.plusMonths(model.minimumMonthsUnderSupervision()).isAfter(v);
    }

    /** {@code explain} false: the points alone, without the sentences (the status timeline keeps the letter). */
    private static void deductions(
            EnterpriseRecord record, LocalDate v, GradingModelV2 model, List<Deduction> out, boolean explain) {
        LocalDate twelveMonths = v.minus(CalendarWindow.TWELVE_MONTHS);
        for (Accident accident : record.accidents().values()) {
            if (Facts.within(accident.occurredOn(), twelveMonths, v) && Facts.counted(accident, Gate.GRADING)) {
                out.add(deduction(
                        model,
                        "ACCIDENT",
                        () -> "近12个月发生生产安全事故（" + accident.occurredOn() + "）",
                        accident.positions(),
                        explain));
            }
        }
        for (Penalty penalty : Facts.penaltiesWithin(record, twelveMonths, v)) {
            out.add(deduction(
                    model,
                    penalty.serious() ? "SERIOUS_PENALTY" : "PENALTY",
                    () -> "近12个月受到" + (penalty.serious() ? "性质恶劣、情节严重的" : "") + "行政处罚（" + penalty.decisionNo() + "，"
                            + penalty.decidedOn() + "）",
                    List.of(penalty.position()),
                    explain));
        }
        for (ReportingViolationFinding finding : record.reportingViolations()) {
            Accident accident = record.accidents().get(finding.accidentId());
            if (accident != null && !accident.retracted() && Facts.within(finding.decidedOn(), twelveMonths, v)) {
                out.add(deduction(
                        model,
                        "REPORTING_VIOLATION",
                        () -> "近12个月被认定事故瞒报、谎报、迟报或漏报（" + finding.decidedOn() + "）",
                        List.of(finding.position()),
                        explain));
            }
        }
        for (Certification certification : record.certifications().values()) {
            if (certification.revokedOn() != null && Facts.within(certification.revokedOn(), twelveMonths, v)) {
                out.add(deduction(
                        model,
                        "CERTIFICATION_REVOKED",
                        () -> "近12个月证书被撤销（" + certification.revokedOn() + "）",
                        certification.positions(),
                        explain));
            }
        }
        for (Listing listing : record.listings().values()) {
            if (!listing.revoked() && Facts.within(listing.endsOn(), twelveMonths, v)) {
                out.add(deduction(
                        model,
                        "LISTING_ENDED",
                        () -> "近12个月移出严重失信主体名单（" + listing.endsOn() + "）",
                        listing.positions(),
                        explain));
            }
        }
        for (Hazard hazard : record.supervision().hazards().values()) {
            if (hazard.major() && hazard.openOn(v)) {
                out.add(deduction(
                        model,
                        "MAJOR_HAZARD_OPEN",
                        () -> "重大事故隐患未整改销号（" + hazard.foundOn() + " 发现）",
                        hazard.positions(),
                        explain));
                if (hazard.overdueOn(v)) {
                    out.add(deduction(
                            model,
                            "MAJOR_HAZARD_OVERDUE",
                            () -> "重大事故隐患逾期未整改（整改期限 " + hazard.deadline() + "）",
                            hazard.positions(),
                            explain));
                }
            }
        }
    }

    private static Deduction deduction(
            GradingModelV2 model, String code, Supplier<String> fact, List<Long> positions, boolean explain) {
        int points = model.deduction(code);
        return new Deduction(code, points, explain ? fact.get() + "，扣 " + points + " 分" : "", positions);
    }

    /**
     * What makes the grade D, each with its evidence; empty when nothing severe is on record. {@code explain}
     * false: the first found is enough (the letter is D either way).
     */
    private static List<Evidence> severe(
            EnterpriseRecord record, LocalDate v, GradingModelV2 model, List<Evidence> black, boolean explain) {
        GradingModelV2.Severe rules = model.severe();
        List<Evidence> severe = new ArrayList<>();
        if (rules.activeListing() && !black.isEmpty()) {
            severe.add(new Evidence(
                    "LISTED_MAKES_D", "列入严重失信主体名单，评级为 D", black.get(0).positions()));
            if (!explain) {
                return severe;
            }
        }
        LocalDate graveLookBack = v.minusYears(rules.graveAccidentLookBackYears());
        for (Accident accident : record.accidents().values()) {
            if (Facts.within(accident.occurredOn(), graveLookBack, v)
                    && Facts.grave(accident)
                    && Facts.counted(accident, Gate.GRADING)) {
                severe.add(new Evidence(
                        "GRAVE_ACCIDENT_MAKES_D",
                        rules.graveAccidentLookBackYears() + "年内发生较大及以上生产安全事故（" + accident.occurredOn() + "），评级为 D",
                        accident.positions()));
                if (!explain) {
                    return severe;
                }
            }
        }
        List<Penalty> yearPenalties = Facts.penaltiesWithin(record, v.minus(CalendarWindow.TWELVE_MONTHS), v);
        if (yearPenalties.size() >= rules.penaltiesWithin12Months()) {
            severe.add(new Evidence(
                    "REPEATED_PENALTIES_MAKE_D",
                    "近12个月受到 " + yearPenalties.size() + " 次行政处罚，评级为 D",
                    yearPenalties.stream().map(Penalty::position).toList()));
            if (!explain) {
                return severe;
            }
        }
        if (rules.suspensionInForce()) {
            for (Suspension suspension : record.supervision().suspensions().values()) {
                if (suspension.inForceOn(v)) {
                    severe.add(new Evidence(
                            "SUSPENDED_MAKES_D",
                            "责令停产整改中（" + suspension.orderedOn() + " 起，" + suspension.decisionNo() + "），评级为 D",
                            suspension.positions()));
                }
            }
        }
        return severe;
    }
}

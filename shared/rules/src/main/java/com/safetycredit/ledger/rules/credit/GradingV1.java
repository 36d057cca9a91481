package com.safetycredit.ledger.rules.credit;

import com.safetycredit.ledger.rules.credit.CreditAssessment.Deduction;
import com.safetycredit.ledger.rules.credit.CreditAssessment.Grade;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Accident;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Certification;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Penalty;
import com.safetycredit.ledger.rules.domain.AccidentGates.Gate;
import com.safetycredit.ledger.rules.domain.CalendarWindow;
import com.safetycredit.ledger.rules.labels.Labels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first example model ({@code rules/grading-model-v1.json}), unchanged: it grades the dates the schedule
 * gives it, so the answers it gave are given again.
 */
final class GradingV1 {

    private static final String[] GRADES = {"A", "B", "C", "D"};

    private GradingV1() {}

    /** {@code explain == false}: only the letter and score (the status timeline keeps nothing else). */
    static Grade grade(
            EnterpriseRecord record, LocalDate v, GradingModel model, List<Evidence> black, boolean explain) {
        List<Evidence> inputs = new ArrayList<>();
        List<Deduction> deductions = new ArrayList<>();
        List<Evidence> caps = new ArrayList<>();
        Optional<Certification> standardization = Facts.bestStandardization(record, v);
        int score = standardization
                .map(c -> model.baseScoreByStandardizationLevel()
                        .getOrDefault(c.level(), model.baseScoreWithoutStandardization()))
                .orElse(model.baseScoreWithoutStandardization());
        if (explain) {
            inputs.add(new Evidence(
                    "BASE_SCORE",
                    "基础分 " + score
                            + standardization
                                    .map(c -> "（标准化" + Labels.zhLabel("level", c.level()) + "）")
                                    .orElse("（无有效标准化证书）"),
                    standardization.map(Certification::positions).orElse(List.of())));
        }
        LocalDate twelveMonths = v.minus(CalendarWindow.TWELVE_MONTHS);
        for (Accident accident : record.accidents().values()) {
            if (Facts.within(accident.occurredOn(), twelveMonths, v) && Facts.counted(accident, Gate.GRADING)) {
                int points = model.deductionPerAccidentLast12Months();
                score -= points;
                if (explain) {
                    deductions.add(new Deduction(
                            "ACCIDENT_DEDUCTION", points, "近12个月事故扣 " + points + " 分", accident.positions()));
                }
            }
        }
        for (Penalty penalty : record.penalties().values()) {
            if (penalty.serious() && Facts.within(penalty.decidedOn(), twelveMonths, v)) {
                int points = model.deductionPerSeriousPenaltyLast12Months();
                score -= points;
                if (explain) {
                    deductions.add(new Deduction(
                            "SERIOUS_PENALTY_DEDUCTION",
                            points,
                            "近12个月严重违法处罚扣 " + points + " 分",
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
        List<Penalty> yearPenalties = Facts.penaltiesWithin(record, twelveMonths, v);
        if (yearPenalties.size() >= 2 && index < 3) {
            index++;
            if (explain) {
                caps.add(new Evidence(
                        "PENALTIES_LOWER_GRADE",
                        "近12个月 " + yearPenalties.size() + " 次处罚，降一级",
                        yearPenalties.stream().map(Penalty::position).toList()));
            }
        }
        LocalDate graveLookBack = v.minusYears(model.largeAccidentLookBackYears());
        for (Accident accident : record.accidents().values()) {
            if (Facts.within(accident.occurredOn(), graveLookBack, v)
                    && Facts.grave(accident)
                    && Facts.counted(accident, Gate.GRADING)) {
                index = 3;
                if (explain) {
                    caps.add(new Evidence(
                            "GRAVE_ACCIDENT_CAPS_AT_D",
                            "较大及以上事故（" + accident.occurredOn() + "），评级为 D",
                            accident.positions()));
                }
            }
        }
        if (!black.isEmpty()) {
            index = 3;
            caps.add(new Evidence(
                    "LISTED_CAPS_AT_D", "列入严重失信主体名单，评级为 D", black.get(0).positions()));
        }
        return Facts.grade(GRADES[index], score, model, inputs, deductions, caps, explain);
    }
}

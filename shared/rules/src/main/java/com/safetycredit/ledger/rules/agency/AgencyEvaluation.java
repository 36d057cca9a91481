package com.safetycredit.ledger.rules.agency;

import com.safetycredit.ledger.rules.agency.AgencyEvaluationRules.GradeFloor;
import com.safetycredit.ledger.rules.agency.AgencyRecord.Interview;
import com.safetycredit.ledger.rules.agency.AgencyRecord.Penalty;
import com.safetycredit.ledger.rules.agency.AgencyRecord.QualityCheck;
import com.safetycredit.ledger.rules.agency.AgencyRecord.Service;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Listing;
import com.safetycredit.ledger.rules.credit.Evidence;
import com.safetycredit.ledger.rules.domain.InterviewKind;
import com.safetycredit.ledger.rules.domain.QualityCheckResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An agency's evaluation for a year (Jiaxing 2016 opinion 十四): 基础管理、服务质量、执业实绩, each its points less
 * its deductions for the facts of that year, graded by the rule file's floors; 惩戒淘汰 — a listing active in the
 * year or a penalty for serious conduct — makes it D; an agency that served no one in the year is not rated.
 * Pure: the server's list and the offline verifier compute the same.
 */
public final class AgencyEvaluation {

    /** One aspect: its points, the score left, and each deduction with its evidence. */
    public record Aspect(String label, int points, int score, List<Evidence> deductions) {}

    /**
     * @param rated  false when the year holds no service of the agency: too little is known to grade it
     * @param grade  A–D, or {@code null} when not rated
     * @param reasons what fixed the grade beyond the score (惩戒淘汰), or why it is not rated
     */
    public record Result(
            String uscc,
            String name,
            String regionCode,
            int year,
            boolean rated,
            Aspect basicManagement,
            Aspect serviceQuality,
            Aspect practicePerformance,
            int score,
            String grade,
            String gradeLabel,
            String model,
            String modelLabel,
            List<Evidence> reasons) {}

    public static final String NOT_RATED = "未评级";

    private AgencyEvaluation() {}

    /**
     * @param practitionersAtYearEnd how many practitioners were employed at the agency on 31 December of the year
     * @return empty when the agency was not registered by the end of the year
     */
    public static Optional<Result> evaluate(
            AgencyRecord record, int year, int practitionersAtYearEnd, AgencyEvaluationRules rules) {
        if (!record.registered() || record.registeredOn().getYear() > year) {
            return Optional.empty();
        }
        Aspect basic = basicManagement(record, year, practitionersAtYearEnd, rules.basicManagement());
        Aspect quality = serviceQuality(record, year, rules.serviceQuality());
        Aspect performance = practicePerformance(record, year, rules.practicePerformance());
        int score = basic.score() + quality.score() + performance.score();
        List<Evidence> reasons = new ArrayList<>(eliminated(record, year));
        String grade;
        String label;
        if (!reasons.isEmpty()) {
            grade = "D";
            label = floor(rules, "D").label();
        } else if (services(record, year).isEmpty()) {
            reasons.add(new Evidence("NO_SERVICE_IN_YEAR", year + " 年度无服务记录，不予评级", List.of()));
            grade = null;
            label = NOT_RATED;
        } else {
            GradeFloor floor = rules.grades().stream()
                    .filter(f -> score >= f.minScore())
                    .findFirst()
                    .orElse(rules.grades().get(rules.grades().size() - 1));
            grade = floor.grade();
            label = floor.label();
        }
        return Optional.of(new Result(
                record.uscc(),
                record.name(),
                record.regionCode(),
                year,
                grade != null,
                basic,
                quality,
                performance,
                score,
                grade,
                label,
                rules.model(),
                rules.label(),
                reasons));
    }

    private static Aspect basicManagement(
            AgencyRecord record, int year, int practitioners, AgencyEvaluationRules.BasicManagement rule) {
        List<Evidence> deductions = new ArrayList<>();
        int lost = 0;
        for (Interview interview : record.interviews()) {
            if (interview.heldOn().getYear() == year) {
                boolean notice = interview.kind().equals(InterviewKind.NOTICE.name());
                int points = notice ? rule.deductionPerNotice() : rule.deductionPerInterview();
                lost += points;
                deductions.add(new Evidence(
                        notice ? "NOTICE" : "INTERVIEW",
                        InterviewKind.valueOf(interview.kind()).label() + "（" + interview.heldOn() + "）扣 " + points
                                + " 分",
                        List.of(interview.position())));
            }
        }
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        if (record.qualificationValidUntil() != null
                && record.qualificationValidUntil().isBefore(yearEnd)) {
            lost += rule.deductionQualificationLapsed();
            deductions.add(new Evidence(
                    "QUALIFICATION_LAPSED",
                    "资质证书于 " + record.qualificationValidUntil() + " 到期，扣 " + rule.deductionQualificationLapsed() + " 分",
                    List.of(record.registeredAt())));
        }
        if (practitioners < rule.minimumPractitionersAtYearEnd()) {
            lost += rule.deductionTooFewPractitioners();
            deductions.add(new Evidence(
                    "TOO_FEW_PRACTITIONERS",
                    year + " 年末在册从业人员 " + practitioners + " 人，少于 " + rule.minimumPractitionersAtYearEnd() + " 人，扣 "
                            + rule.deductionTooFewPractitioners() + " 分",
                    List.of()));
        }
        return new Aspect(rule.label(), rule.points(), Math.max(0, rule.points() - lost), deductions);
    }

    private static Aspect serviceQuality(AgencyRecord record, int year, AgencyEvaluationRules.ServiceQuality rule) {
        List<Evidence> deductions = new ArrayList<>();
        int lost = 0;
        for (QualityCheck check : record.checks()) {
            if (check.checkedOn().getYear() != year) {
                continue;
            }
            int points = check.result().equals(QualityCheckResult.FAILED.name())
                    ? rule.deductionPerFailedCheck()
                    : check.result().equals(QualityCheckResult.DEFECTS.name())
                            ? rule.deductionPerCheckWithDefects()
                            : 0;
            if (points > 0) {
                lost += points;
                deductions.add(new Evidence(
                        ("QUALITY_CHECK_" + check.result()), // reason.QUALITY_CHECK_PASSED, _DEFECTS, _FAILED
                        "质量抽查" + QualityCheckResult.valueOf(check.result()).label() + "（" + check.checkedOn() + "）扣 "
                                + points + " 分",
                        List.of(check.position())));
            }
        }
        return new Aspect(rule.label(), rule.points(), Math.max(0, rule.points() - lost), deductions);
    }

    private static Aspect practicePerformance(
            AgencyRecord record, int year, AgencyEvaluationRules.PracticePerformance rule) {
        List<Service> services = services(record, year);
        int earned = Math.min(rule.points(), services.size() * rule.pointsPerService());
        List<Evidence> deductions = new ArrayList<>();
        if (earned < rule.points()) {
            deductions.add(new Evidence(
                    "FEW_SERVICES",
                    year + " 年度服务 " + services.size() + " 项，执业实绩得 " + earned + " 分（每项 " + rule.pointsPerService()
                            + " 分，满分 " + rule.points() + " 分）",
                    services.stream().map(Service::position).toList()));
        }
        int lost = 0;
        for (Penalty penalty : record.penalties().values()) {
            if (penalty.decidedOn().getYear() == year) {
                lost += rule.deductionPerPenalty();
                deductions.add(new Evidence(
                        "PENALTY",
                        "行政处罚（" + penalty.decisionNo() + "，" + penalty.decidedOn() + "）扣 " + rule.deductionPerPenalty()
                                + " 分",
                        List.of(penalty.position())));
            }
        }
        return new Aspect(rule.label(), rule.points(), Math.max(0, earned - lost), deductions);
    }

    /** 惩戒淘汰: a listing active on any day of the year, or a penalty for serious conduct decided in it. */
    private static List<Evidence> eliminated(AgencyRecord record, int year) {
        List<Evidence> reasons = new ArrayList<>();
        for (Listing listing : record.listings().values()) {
            if (listing.activeDuringYear(year)) {
                reasons.add(new Evidence(
                        "LISTED_IN_YEAR",
                        year + " 年度列入严重失信主体名单（" + listing.decidedOn() + " 起，依据第 " + listing.basis() + " 项），评为不合格",
                        listing.positions()));
            }
        }
        for (Penalty penalty : record.penalties().values()) {
            if (penalty.serious() && penalty.decidedOn().getYear() == year) {
                reasons.add(new Evidence(
                        "SERIOUS_PENALTY_IN_YEAR",
                        year + " 年度因性质恶劣、情节严重的违法行为受到行政处罚（" + penalty.decisionNo() + "），评为不合格",
                        List.of(penalty.position())));
            }
        }
        return reasons;
    }

    private static List<Service> services(AgencyRecord record, int year) {
        return record.serviceRecords().values().stream()
                .filter(s -> s.from().getYear() == year)
                .toList();
    }

    private static GradeFloor floor(AgencyEvaluationRules rules, String grade) {
        return rules.grades().stream()
                .filter(f -> f.grade().equals(grade))
                .findFirst()
                .orElse(new GradeFloor(grade, grade, 0));
    }
}

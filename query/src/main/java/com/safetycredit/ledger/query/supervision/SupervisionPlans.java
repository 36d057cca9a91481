package com.safetycredit.ledger.query.supervision;

import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.query.profile.AsOf;
import com.safetycredit.ledger.query.profile.ProfileQueries;
import com.safetycredit.ledger.query.profile.ProfileSummary;
import com.safetycredit.ledger.rules.credit.CreditRules;
import com.safetycredit.ledger.rules.supervision.SupervisionPlan;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The supervision plan of a year and region (分级分类监管): each enterprise's grade on the plan's day (1 January of
 * the year, unless another day is asked for) and the inspections the plan's rule file gives that grade in its
 * industry.
 */
@Component
public class SupervisionPlans {

    public record PlannedEnterprise(
            String uscc,
            String name,
            String regionCode,
            String industry,
            String grade,
            boolean highRisk,
            int inspections) {}

    public record Plan(
            int year,
            String regionCode,
            LocalDate gradedOn,
            String planId,
            int planRevision,
            String planLabel,
            String gradingModel,
            int enterprises,
            int inspections,
            Map<String, Integer> enterprisesByGrade,
            List<PlannedEnterprise> entries) {}

    private final ProfileQueries profiles;
    private final SupervisionPlan plan;
    private final CreditRules rules;
    private final Clock clock;

    public SupervisionPlans(ProfileQueries profiles, SupervisionPlan plan, CreditRules rules, Clock clock) {
        this.profiles = profiles;
        this.plan = plan;
        this.rules = rules;
        this.clock = clock;
    }

    public Plan of(Integer year, String regionCode, String validAt) {
        int planYear = year == null ? AsOf.validAt(null, clock).getYear() : year;
        if (planYear < 2000 || planYear > 2100) {
            throw new InvalidInputException("range", "year", "2000", "2100", String.valueOf(planYear));
        }
        LocalDate day =
                validAt == null || validAt.isBlank() ? LocalDate.of(planYear, 1, 1) : AsOf.validAt(validAt, clock);
        List<PlannedEnterprise> entries = profiles.find(day, ProfileQueries.inRegion(regionCode)).stream()
                .map(this::planned)
                .toList();
        Map<String, Integer> byGrade = new TreeMap<>();
        entries.forEach(e -> byGrade.merge(e.grade(), 1, Integer::sum));
        return new Plan(
                planYear,
                regionCode,
                day,
                plan.id(),
                plan.revision(),
                plan.label(),
                rules.grading().modelOn(day).reference(),
                entries.size(),
                entries.stream().mapToInt(PlannedEnterprise::inspections).sum(),
                byGrade,
                entries);
    }

    private PlannedEnterprise planned(ProfileSummary profile) {
        return new PlannedEnterprise(
                profile.uscc(),
                profile.name(),
                profile.regionCode(),
                profile.industry(),
                profile.grade(),
                plan.highRisk(profile.industry()),
                plan.inspections(profile.grade(), profile.industry()));
    }
}

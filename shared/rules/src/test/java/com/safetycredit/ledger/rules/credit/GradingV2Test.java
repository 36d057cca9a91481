package com.safetycredit.ledger.rules.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.safetycredit.ledger.contracts.events.accident.AccidentReported;
import com.safetycredit.ledger.contracts.events.certification.CertificationGranted;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.contracts.events.hazard.HazardFound;
import com.safetycredit.ledger.contracts.events.hazard.HazardRectified;
import com.safetycredit.ledger.contracts.events.listing.EnterpriseBlacklisted;
import com.safetycredit.ledger.contracts.events.penalty.PenaltyImposed;
import com.safetycredit.ledger.contracts.events.suspension.ProductionResumed;
import com.safetycredit.ledger.contracts.events.suspension.SuspensionOrdered;
import com.safetycredit.ledger.rules.credit.CreditAssessment.Deduction;
import com.safetycredit.ledger.rules.credit.CreditAssessment.Grade;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RULES.md §12 and the v2 model's table (rules/grading-model-v2.json), at every boundary. */
class GradingV2Test {

    private static final String USCC = "91330482MA28A1B56G";
    private static final CreditRules RULES = CreditRules.shipped();
    private static final LocalDate V = LocalDate.of(2026, 6, 1);
    private EnterpriseRecord record;
    private long position;

    @BeforeEach
    void registered() {
        registeredOn(LocalDate.of(2018, 1, 2));
    }

    private void registeredOn(LocalDate day) {
        record = new EnterpriseRecord();
        position = 0;
        add(new EnterpriseRegistered(USCC, "示例", "MANUFACTURING", "330482", null, null, day));
    }

    private long add(Object event) {
        record.apply(event, ++position);
        return position;
    }

    private Grade gradeOn(LocalDate day) {
        return CreditAssessor.assess(record, day, RULES).grade();
    }

    private void standardization(String level) {
        add(new CertificationGranted(
                USCC, "std" + level, "STANDARDIZATION", level, "N" + level, "i", V.minusMonths(6), null, null, null));
    }

    private long penalty(String no, LocalDate day, boolean serious) {
        return add(new PenaltyImposed(USCC, "p-" + no, no, day, "v", 1000, serious, false));
    }

    private long accident(String id, LocalDate day, String grade) {
        return add(new AccidentReported(
                USCC,
                id,
                OffsetDateTime.of(day.atTime(9, 0), ZoneOffset.ofHours(8)),
                day,
                "PRODUCTION",
                0,
                grade.equals("LARGE") ? 10 : 1,
                0,
                0,
                false,
                grade,
                "R" + id,
                ""));
    }

    @Test
    void anEnterpriseWithNothingAgainstItIsNeutralNeverTheWorst() {
        Grade grade = gradeOn(V);
        assertThat(grade.grade()).isEqualTo("B");
        assertThat(grade.score()).isEqualTo(80);
        assertThat(grade.model()).isEqualTo("EXAMPLE_GRADING_MODEL r2");
        assertThat(grade.modelLabel()).contains("NOT an official");
        assertThat(grade.inputs()).extracting(Evidence::code).containsExactly("NEUTRAL_SCORE");
        assertThat(grade.deductions()).isEmpty();
    }

    /** Which model grades a date is data: the same facts are D under v1 in 2025 and B under v2 from 2026. */
    @Test
    void theScheduleGradesEachDateByTheModelInForceThen() {
        Grade lastDayOfV1 = gradeOn(LocalDate.of(2025, 12, 31));
        assertThat(lastDayOfV1.model()).isEqualTo("EXAMPLE_GRADING_MODEL r1");
        assertThat(lastDayOfV1.grade()).isEqualTo("D");
        Grade firstDayOfV2 = gradeOn(LocalDate.of(2026, 1, 1));
        assertThat(firstDayOfV2.model()).isEqualTo("EXAMPLE_GRADING_MODEL r2");
        assertThat(firstDayOfV2.grade()).isEqualTo("B");
    }

    @Test
    void standardizationIsABonusAndTheFloorOfAIsNinety() {
        standardization("3");
        assertThat(gradeOn(V).score()).isEqualTo(85);
        assertThat(gradeOn(V).grade()).isEqualTo("B");
        registered();
        standardization("2");
        assertThat(gradeOn(V).score()).isEqualTo(90);
        assertThat(gradeOn(V).grade()).isEqualTo("A");
        assertThat(gradeOn(V).inputs()).extracting(Evidence::code).contains("STANDARDIZATION_BONUS");
        registered();
        standardization("1");
        assertThat(gradeOn(V).score()).isEqualTo(95);
    }

    @Test
    void anAccidentCostsTenPointsForTwelveCalendarMonthsAndTheFloorOfBIsSeventyFive() {
        long reported = accident("a1", LocalDate.of(2026, 2, 28), "GENERAL");
        Grade grade = gradeOn(V);
        assertThat(grade.score()).isEqualTo(70);
        assertThat(grade.grade()).isEqualTo("C");
        assertThat(grade.deductions())
                .extracting(Deduction::code, Deduction::points)
                .containsExactly(tuple("ACCIDENT", 10));
        assertThat(grade.deductions().get(0).positions()).containsExactly(reported);
        assertThat(gradeOn(LocalDate.of(2027, 2, 27)).grade()).isEqualTo("C");
        assertThat(gradeOn(LocalDate.of(2027, 2, 28)).grade()).isEqualTo("B");
        standardization("3"); // 85 − 10 = 75: exactly B's floor
        assertThat(gradeOn(V).score()).isEqualTo(75);
        assertThat(gradeOn(V).grade()).isEqualTo("B");
    }

    @Test
    void threePenaltiesWithinTwelveMonthsMakeDTwoDoNot() {
        penalty("A", LocalDate.of(2025, 6, 2), false);
        penalty("B", LocalDate.of(2026, 1, 10), false);
        assertThat(gradeOn(V).grade()).isEqualTo("C"); // 80 − 5 − 5
        assertThat(gradeOn(V).score()).isEqualTo(70);
        penalty("C", LocalDate.of(2026, 5, 1), false);
        assertThat(gradeOn(V).grade()).isEqualTo("D");
        assertThat(gradeOn(V).reasons()).extracting(Evidence::code).contains("REPEATED_PENALTIES_MAKE_D");
        // the first leaves the window on 2026-06-02: two remain
        assertThat(gradeOn(LocalDate.of(2026, 6, 2)).grade()).isEqualTo("C");
    }

    @Test
    void aSeriousPenaltyCostsFifteen() {
        penalty("S", LocalDate.of(2026, 3, 1), true);
        assertThat(gradeOn(V).score()).isEqualTo(65);
        assertThat(gradeOn(V).grade()).isEqualTo("C");
    }

    @Test
    void dIsForSevereFactsOnly() {
        accident("big", LocalDate.of(2023, 6, 1), "LARGE");
        assertThat(gradeOn(LocalDate.of(2026, 5, 31)).grade()).isEqualTo("D");
        assertThat(gradeOn(LocalDate.of(2026, 6, 1)).grade()).isEqualTo("B"); // three years on the calendar
        registered();
        add(new EnterpriseBlacklisted(
                USCC,
                "l1",
                9,
                "MEM_ORDER_11_2023",
                "p",
                "a",
                "d",
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2029, 3, 1),
                false));
        assertThat(gradeOn(V).grade()).isEqualTo("D");
        assertThat(gradeOn(V).reasons()).extracting(Evidence::code).contains("LISTED_MAKES_D");
        registered();
        add(new SuspensionOrdered(USCC, "s1", LocalDate.of(2026, 5, 1), "停〔2026〕1号", "重大隐患"));
        assertThat(gradeOn(V).grade()).isEqualTo("D");
        add(new ProductionResumed(USCC, "s1", LocalDate.of(2026, 6, 1), "复〔2026〕1号"));
        assertThat(gradeOn(LocalDate.of(2026, 5, 31)).grade()).isEqualTo("D");
        assertThat(gradeOn(V).grade()).isEqualTo("B");
    }

    /** A major hazard costs 5 while open, 15 more from the day after its deadline, nothing once verified (销号). */
    @Test
    void aMajorHazardCostsWhileOpenAndMoreWhenOverdue() {
        add(new HazardFound(
                USCC, "h1", LocalDate.of(2026, 4, 1), "液氨储罐", true, "督〔2026〕1号", LocalDate.of(2026, 5, 31)));
        assertThat(gradeOn(LocalDate.of(2026, 5, 31)).score()).isEqualTo(75);
        assertThat(gradeOn(LocalDate.of(2026, 5, 31)).grade()).isEqualTo("B");
        assertThat(gradeOn(V).score()).isEqualTo(60);
        assertThat(gradeOn(V).grade()).isEqualTo("C");
        assertThat(gradeOn(V).deductions())
                .extracting(Deduction::code)
                .containsExactly("MAJOR_HAZARD_OPEN", "MAJOR_HAZARD_OVERDUE");
        add(new HazardRectified(USCC, "h1", LocalDate.of(2026, 6, 10), "平湖市应急管理局"));
        assertThat(gradeOn(LocalDate.of(2026, 6, 10)).score()).isEqualTo(80);
        registered();
        add(new HazardFound(USCC, "h2", LocalDate.of(2026, 4, 1), "一般隐患", false, null, LocalDate.of(2026, 4, 30)));
        assertThat(gradeOn(V).score()).isEqualTo(80); // a hazard that is not major is no adverse record
    }

    /** 未评级: known fewer than 12 months, with nothing for or against; a fact on either side grades it. */
    @Test
    void aNewEnterpriseIsUnratedUntilTwelveMonthsOrAFact() {
        registeredOn(LocalDate.of(2026, 2, 28));
        assertThat(gradeOn(LocalDate.of(2027, 2, 27)).grade()).isEqualTo("UNRATED");
        assertThat(gradeOn(LocalDate.of(2027, 2, 27)).inputs())
                .extracting(Evidence::code)
                .contains("TOO_LITTLE_KNOWN");
        assertThat(gradeOn(LocalDate.of(2027, 2, 28)).grade()).isEqualTo("B");
        penalty("P", LocalDate.of(2026, 5, 1), false);
        assertThat(gradeOn(V).grade()).isEqualTo("B"); // 75: a fact against it
        registeredOn(LocalDate.of(2026, 2, 28));
        standardization("1");
        assertThat(gradeOn(V).grade()).isEqualTo("A");
    }
}

package com.safetycredit.ledger.rules.agency;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.events.agency.AgencyBlacklisted;
import com.safetycredit.ledger.contracts.events.agency.AgencyInterviewRecorded;
import com.safetycredit.ledger.contracts.events.agency.AgencyPenaltyImposed;
import com.safetycredit.ledger.contracts.events.agency.AgencyQualityChecked;
import com.safetycredit.ledger.contracts.events.agency.AgencyRegistered;
import com.safetycredit.ledger.contracts.events.agency.AgencyServiceRecorded;
import com.safetycredit.ledger.rules.credit.Evidence;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RULES.md §13, Jiaxing 2016 opinion 十四: the yearly evaluation on 基础管理、服务质量、执业实绩 from the example rule
 * file — every number, floor and gate at its boundary.
 */
class AgencyEvaluationTest {

    private static final String USCC = "91330482MA2A0001XX";
    private static final AgencyEvaluationRules RULES = AgencyEvaluationRules.shipped();
    private AgencyRecord record;
    private long position;
    private int serial;

    @BeforeEach
    void registered() {
        record = new AgencyRecord();
        position = 0;
        with(new AgencyRegistered(
                USCC,
                "平湖市示例检测有限公司",
                List.of("TESTING"),
                "Q-1",
                LocalDate.of(2030, 12, 31),
                "330482",
                null,
                LocalDate.of(2024, 1, 2)));
    }

    private void with(Object event) {
        record.apply(event, ++position);
    }

    private void services(int count, int year) {
        for (int i = 0; i < count; i++) {
            with(new AgencyServiceRecorded(
                    USCC,
                    "svc-" + ++serial,
                    "91330482MA28A1B56G",
                    "TESTING",
                    "C-" + serial,
                    LocalDate.of(year, 3, 1),
                    null,
                    null));
        }
    }

    private void check(String result, LocalDate on) {
        with(new AgencyQualityChecked(USCC, "chk-" + ++serial, on, result, "findings", null));
    }

    private AgencyEvaluation.Result evaluate(int year, int staff) {
        return AgencyEvaluation.evaluate(record, year, staff, RULES).orElseThrow();
    }

    @Test
    void aFullYearWithoutAdverseFactsScoresOneHundredAndIsA() {
        services(5, 2025);
        AgencyEvaluation.Result result = evaluate(2025, 2);
        assertThat(result.score()).isEqualTo(100);
        assertThat(result.grade()).isEqualTo("A");
        assertThat(result.gradeLabel()).isEqualTo("优秀");
        assertThat(result.modelLabel()).contains("非官方");
        assertThat(result.model()).isEqualTo("EXAMPLE_AGENCY_EVALUATION r1");
    }

    @ParameterizedTest(name = "{0} services → {1} points")
    @CsvSource({"1, 6", "4, 24", "5, 30", "9, 30"})
    void practicePerformanceIsSixPointsAServiceUpToThirty(int count, int points) {
        services(count, 2025);
        assertThat(evaluate(2025, 2).practicePerformance().score()).isEqualTo(points);
    }

    /** Floors: A ≥ 90, B ≥ 75, C ≥ 60, else D — the score of each at its floor and just below. */
    @ParameterizedTest(name = "failed {0}, with defects {1}, services {2} → {3} {4}")
    @CsvSource({
        "0, 2, 5, 90, A", // 100 − 2×5
        "0, 3, 5, 85, B",
        "1, 1, 5, 75, B", // 100 − 20 − 5
        "0, 1, 3, 83, B",
        "1, 2, 5, 70, C",
        "2, 0, 5, 60, C", // 100 − 2×20
        "2, 0, 4, 54, D" // quality 0, performance 24
    })
    void theGradeFollowsTheRuleFilesFloors(int failed, int defects, int count, int score, String grade) {
        services(count, 2025);
        for (int i = 0; i < failed; i++) {
            check("FAILED", LocalDate.of(2025, 5, 1));
        }
        for (int i = 0; i < defects; i++) {
            check("DEFECTS", LocalDate.of(2025, 5, 2));
        }
        AgencyEvaluation.Result result = evaluate(2025, 2);
        assertThat(result.score()).isEqualTo(score);
        assertThat(result.grade()).isEqualTo(grade);
    }

    @Test
    void onlyTheFactsOfTheYearCountByTheirValidDate() {
        services(5, 2025);
        check("FAILED", LocalDate.of(2024, 12, 31));
        check("FAILED", LocalDate.of(2026, 1, 1));
        with(new AgencyInterviewRecorded(USCC, "i1", "NOTICE", LocalDate.of(2024, 12, 31), null, "r"));
        assertThat(evaluate(2025, 2).score()).isEqualTo(100);
        check("FAILED", LocalDate.of(2025, 12, 31));
        assertThat(evaluate(2025, 2).serviceQuality().score()).isEqualTo(20);
    }

    @Test
    void interviewsNoticesAndTooFewStaffAreBasicManagementsDeductions() {
        services(5, 2025);
        with(new AgencyInterviewRecorded(USCC, "i1", "INTERVIEW", LocalDate.of(2025, 4, 1), "约1", "r"));
        with(new AgencyInterviewRecorded(USCC, "i2", "NOTICE", LocalDate.of(2025, 5, 1), "通1", "r"));
        assertThat(evaluate(2025, 2).basicManagement().score()).isEqualTo(30 - 5 - 10);
        AgencyEvaluation.Result oneShort = evaluate(2025, 1);
        assertThat(oneShort.basicManagement().score()).isEqualTo(30 - 5 - 10 - 10);
        assertThat(oneShort.basicManagement().deductions())
                .extracting(Evidence::code)
                .containsExactly("INTERVIEW", "NOTICE", "TOO_FEW_PRACTITIONERS");
    }

    @Test
    void aQualificationLapsedBeforeTheYearsEndLosesBasicManagementAndNoAspectGoesBelowZero() {
        record = new AgencyRecord();
        with(new AgencyRegistered(
                USCC,
                "x",
                List.of("TESTING"),
                "Q-1",
                LocalDate.of(2025, 12, 30),
                "330482",
                null,
                LocalDate.of(2024, 1, 2)));
        services(1, 2025);
        for (int i = 0; i < 3; i++) {
            check("FAILED", LocalDate.of(2025, 6, 1));
        }
        AgencyEvaluation.Result result = evaluate(2025, 0);
        assertThat(result.basicManagement().score()).isZero();
        assertThat(result.serviceQuality().score()).isZero();
        assertThat(result.basicManagement().deductions())
                .extracting(Evidence::code)
                .contains("QUALIFICATION_LAPSED");

        record = new AgencyRecord();
        with(new AgencyRegistered(
                USCC,
                "x",
                List.of("TESTING"),
                "Q-1",
                LocalDate.of(2025, 12, 31),
                "330482",
                null,
                LocalDate.of(2024, 1, 2)));
        services(1, 2025);
        assertThat(evaluate(2025, 2).basicManagement().deductions())
                .as("valid on the last day")
                .isEmpty();
    }

    @Test
    void aListingActiveInTheYearOrASeriousPenaltyInItMakesItDWhateverTheScore() {
        services(5, 2025);
        with(new AgencyPenaltyImposed(USCC, "p1", "罚1", LocalDate.of(2025, 2, 1), "v", 1000, false, null));
        AgencyEvaluation.Result penalised = evaluate(2025, 2);
        assertThat(penalised.score()).isEqualTo(85);
        assertThat(penalised.grade())
                .as("a penalty that was not serious only costs points")
                .isEqualTo("B");

        with(new AgencyPenaltyImposed(
                USCC, "p2", "罚2", LocalDate.of(2025, 3, 1), "出具虚假报告", 100000, true, "FALSE_REPORT"));
        assertThat(evaluate(2025, 2).grade()).isEqualTo("D");
        assertThat(evaluate(2025, 2).reasons()).extracting(Evidence::code).containsExactly("SERIOUS_PENALTY_IN_YEAR");

        // a listing of 2024 still active in 2026 makes 2026 D too
        services(5, 2026);
        with(new AgencyBlacklisted(
                USCC,
                "l1",
                7,
                "MEM_ORDER_11_2023",
                "罚2",
                "平湖市应急管理局",
                "失1",
                LocalDate.of(2025, 4, 1),
                LocalDate.of(2028, 4, 1),
                List.of("p2"),
                null));
        assertThat(evaluate(2026, 2).grade()).isEqualTo("D");
        assertThat(evaluate(2026, 2).reasons()).extracting(Evidence::code).containsExactly("LISTED_IN_YEAR");
    }

    @Test
    void noServiceInTheYearIsNotRatedAndBeforeRegistrationNotEvaluated() {
        AgencyEvaluation.Result result = evaluate(2025, 2);
        assertThat(result.rated()).isFalse();
        assertThat(result.grade()).isNull();
        assertThat(result.gradeLabel()).isEqualTo("未评级");
        assertThat(AgencyEvaluation.evaluate(record, 2023, 2, RULES)).isEmpty();
        assertThat(AgencyEvaluation.evaluate(record, 2024, 2, RULES)).isPresent();
    }
}

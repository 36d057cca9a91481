package com.safetycredit.ledger.rules.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.events.accident.AccidentConcluded;
import com.safetycredit.ledger.contracts.events.accident.AccidentReported;
import com.safetycredit.ledger.contracts.events.accident.AccidentReportingViolationFound;
import com.safetycredit.ledger.contracts.events.accident.AccidentRetracted;
import com.safetycredit.ledger.contracts.events.certification.CertificationGranted;
import com.safetycredit.ledger.contracts.events.certification.CertificationReinstated;
import com.safetycredit.ledger.contracts.events.certification.CertificationRevoked;
import com.safetycredit.ledger.contracts.events.commitment.CreditCommitmentMade;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.contracts.events.listing.EnterpriseBlacklisted;
import com.safetycredit.ledger.contracts.events.listing.ListingRemovedEarly;
import com.safetycredit.ledger.contracts.events.listing.ListingRevoked;
import com.safetycredit.ledger.contracts.events.penalty.PenaltyImposed;
import com.safetycredit.ledger.rules.credit.CreditAssessment.Status;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RULES.md §9, §4 and §8 at their boundaries. */
class CreditAssessorTest {

    private static final String USCC = "91330482MA28A1B56G";
    private static final CreditRules RULES = CreditRules.shipped();
    private EnterpriseRecord record;
    private long position;

    @BeforeEach
    void registered() {
        record = new EnterpriseRecord();
        position = 0;
        add(new EnterpriseRegistered(USCC, "示例", "MANUFACTURING", "330482", null, null, LocalDate.of(2015, 1, 1)));
    }

    private long add(Object event) {
        record.apply(event, ++position);
        return position;
    }

    private Status statusOn(LocalDate day) {
        return CreditAssessor.assess(record, day, RULES).status();
    }

    private long standardization(String level, LocalDate issuedOn) {
        return add(new CertificationGranted(
                USCC,
                "std-" + level + issuedOn,
                "STANDARDIZATION",
                level,
                "N" + issuedOn,
                "i",
                issuedOn,
                issuedOn.plusYears(3),
                null,
                null));
    }

    private long penalty(String no, LocalDate day, boolean serious) {
        return add(new PenaltyImposed(USCC, "p-" + no, no, day, "v", 1000, serious, false));
    }

    private long accident(String id, LocalDate day, int deaths, String grade) {
        return add(new AccidentReported(
                USCC,
                id,
                OffsetDateTime.of(day.atTime(9, 0), ZoneOffset.ofHours(8)),
                day,
                "PRODUCTION",
                deaths,
                0,
                0,
                0,
                false,
                grade,
                "R" + id,
                ""));
    }

    /** A public credit commitment, which revision 2 of the red-list rule set asks for. */
    private long commitment(LocalDate madeOn) {
        return add(new CreditCommitmentMade(
                USCC,
                "cm-" + madeOn,
                madeOn,
                "安全生产信用承诺",
                OffsetDateTime.of(madeOn.atTime(10, 0), ZoneOffset.ofHours(8))));
    }

    private boolean candidateOn(LocalDate day) {
        return CreditAssessor.assess(record, day, RULES).redListCandidate();
    }

    private long listing(String id, LocalDate decided, LocalDate expires) {
        return add(new EnterpriseBlacklisted(USCC, id, 1, "MEM_ORDER_11_2023", "P", "a", "d", decided, expires, false));
    }

    @Test
    void aListingIsBlackUntilTheDayBeforeItExpiresAndNotOnThatDay() {
        LocalDate decided = LocalDate.of(2023, 11, 1);
        long listed = listing("L1", decided, decided.plusYears(3));
        assertThat(statusOn(decided.minusDays(1))).isNotEqualTo(Status.BLACK);
        CreditAssessment onDecision = CreditAssessor.assess(record, decided, RULES);
        assertThat(onDecision.status()).isEqualTo(Status.BLACK);
        assertThat(onDecision.reasons().get(0).positions()).containsExactly(listed);
        assertThat(statusOn(decided.plusYears(3).minusDays(1))).isEqualTo(Status.BLACK);
        assertThat(statusOn(decided.plusYears(3))).isEqualTo(Status.WATCH); // just left the list: adverse record
        assertThat(statusOn(decided.plusYears(4))).isEqualTo(Status.NORMAL);
    }

    @Test
    void earlyRemovalEndsTheListingAndRevocationAnnulsItBackwards() {
        LocalDate decided = LocalDate.of(2023, 11, 1);
        listing("L1", decided, decided.plusYears(3));
        add(new ListingRemovedEarly(USCC, "L1", "r", decided.plusMonths(13)));
        assertThat(statusOn(decided.plusMonths(13).minusDays(1))).isEqualTo(Status.BLACK);
        assertThat(statusOn(decided.plusMonths(13))).isEqualTo(Status.WATCH);
        add(new ListingRevoked(USCC, "L1", "撤销", decided.plusMonths(20)));
        assertThat(statusOn(decided.plusMonths(2))).isEqualTo(Status.NORMAL);
    }

    /** "Within a year" is 12 calendar months: 29 February 2024 and 28 February 2025 are 365 days apart and within. */
    @Test
    void twoPenaltiesWithinTwelveCalendarMonthsAreWatchAcrossTheLeapDay() {
        penalty("A", LocalDate.of(2024, 2, 29), false);
        penalty("B", LocalDate.of(2025, 2, 28), false);
        CreditAssessment within = CreditAssessor.assess(record, LocalDate.of(2025, 2, 28), RULES);
        assertThat(within.status()).isEqualTo(Status.WATCH);
        assertThat(within.reasons()).extracting(Evidence::code).containsExactly("PENALTIES_WITHIN_A_YEAR");
        assertThat(within.reasons().get(0).positions()).containsExactly(2L, 3L);
        assertThat(statusOn(LocalDate.of(2025, 3, 1))).isNotEqualTo(Status.WATCH);

        registered();
        penalty("A", LocalDate.of(2023, 3, 1), false);
        penalty("B", LocalDate.of(2024, 2, 29), false); // 365 days later, 366 days in the year: still within 12 months
        assertThat(statusOn(LocalDate.of(2024, 2, 29))).isEqualTo(Status.WATCH);
        penalty("C", LocalDate.of(2024, 3, 1), false);
        assertThat(CreditAssessor.assess(record, LocalDate.of(2024, 3, 1), RULES)
                        .reasons()
                        .get(0)
                        .positions())
                .containsExactly(3L, 4L);
    }

    @Test
    void aSecondPenaltyTwelveMonthsAndADayAfterTheFirstIsNotWatch() {
        LocalDate first = LocalDate.of(2022, 3, 1);
        penalty("A", first, false);
        penalty("B", first.plusMonths(12), false);
        assertThat(statusOn(first.plusMonths(12))).isNotEqualTo(Status.WATCH);
    }

    /** RULES.md §9: one penalty for 性质恶劣、情节严重 conduct — grounds for a listing — is watch for 12 months. */
    @Test
    void aSingleSeriousPenaltyIsWatchForTwelveMonths() {
        LocalDate day = LocalDate.of(2024, 2, 29);
        long serious = penalty("S", day, true);
        assertThat(statusOn(day.minusDays(1))).isEqualTo(Status.NORMAL);
        CreditAssessment watch = CreditAssessor.assess(record, day, RULES);
        assertThat(watch.status()).isEqualTo(Status.WATCH);
        assertThat(watch.reasons()).extracting(Evidence::code).containsExactly("SERIOUS_PENALTY_LAST_12_MONTHS");
        assertThat(watch.reasons().get(0).positions()).containsExactly(serious);
        assertThat(statusOn(LocalDate.of(2025, 2, 28))).isEqualTo(Status.WATCH);
        assertThat(statusOn(LocalDate.of(2025, 3, 1))).isEqualTo(Status.NORMAL);

        registered();
        penalty("minor", day, false);
        assertThat(statusOn(day)).isEqualTo(Status.NORMAL);
    }

    /** A commuting road-traffic death is a 工伤, not a 生产安全事故: no watch, no bar to the red list, no deduction. */
    @Test
    void aCommutingRoadTrafficDeathCountsForNoCreditRule() {
        standardization("1", LocalDate.of(2022, 1, 1));
        commitment(LocalDate.of(2022, 2, 1));
        LocalDate day = LocalDate.of(2023, 5, 4);
        add(new AccidentReported(
                USCC,
                "road",
                OffsetDateTime.of(day.atTime(8, 0), ZoneOffset.ofHours(8)),
                day,
                "COMMUTING_ROAD_TRAFFIC",
                1,
                0,
                0,
                0,
                false,
                "GENERAL",
                "R-road",
                "职工上班途中被货车撞击身亡"));
        CreditAssessment after = CreditAssessor.assess(record, day.plusDays(1), RULES);
        assertThat(after.status()).isEqualTo(Status.NORMAL);
        assertThat(after.redListCandidate()).isTrue();
        assertThat(after.grade().grade()).isEqualTo("A"); // 2023: graded by model v1, as it was then

        accident("work", day, 1, "GENERAL"); // the same death at work would count everywhere
        CreditAssessment atWork = CreditAssessor.assess(record, day.plusDays(1), RULES);
        assertThat(atWork.status()).isEqualTo(Status.WATCH);
        assertThat(atWork.grade().grade()).isEqualTo("B");
        assertThat(CreditAssessor.assess(record, day.plusMonths(13), RULES).status())
                .isEqualTo(Status.NORMAL);
    }

    /** A revoked certificate stops counting on the day of its revocation, for the grade and for the red list. */
    @Test
    void aRevokedCertificateStopsCountingFromItsRevocationDate() {
        LocalDate issued = LocalDate.of(2021, 1, 1);
        add(new CertificationGranted(
                USCC, "std", "STANDARDIZATION", "1", "N", "i", issued, issued.plusYears(3), null, null));
        commitment(issued);
        LocalDate revoked = LocalDate.of(2022, 7, 1);
        add(new CertificationRevoked(USCC, "std", "提供虚假材料", revoked, "撤-1", null, "FALSE_MATERIALS", null));
        CreditAssessment before = CreditAssessor.assess(record, revoked.minusDays(1), RULES);
        assertThat(before.redListCandidate()).isTrue();
        assertThat(before.grade().grade()).isEqualTo("A");
        CreditAssessment on = CreditAssessor.assess(record, revoked, RULES);
        assertThat(on.status()).isEqualTo(Status.WATCH);
        assertThat(on.reasons()).extracting(Evidence::code).containsExactly("CERTIFICATION_REVOKED_LAST_12_MONTHS");
        assertThat(on.grade().grade()).isEqualTo("D"); // 65 without a valid certificate
        CreditAssessment later = CreditAssessor.assess(record, revoked.plusMonths(12), RULES);
        assertThat(later.status()).isEqualTo(Status.NORMAL);
        // a NORMAL enterprise's reasons say it has nothing adverse; the criteria it misses are a field of their own
        assertThat(later.reasons()).extracting(Evidence::code).containsExactly("NO_ADVERSE_RECORD");
        assertThat(later.redListCriteriaNotMet())
                .extracting(Evidence::code)
                .containsExactly("STANDARDIZATION_BELOW_REQUIRED");

        add(new CertificationReinstated(USCC, "std", "撤销决定被撤回", revoked.plusMonths(2), issued.plusYears(3)));
        assertThat(candidateOn(revoked)).isTrue();
    }

    /** A finding of 瞒报/谎报/迟报/漏报 is an adverse record: watch for 12 months from the finding. */
    @Test
    void anAccidentReportingViolationIsWatchForTwelveMonthsFromTheFinding() {
        long reported = accident("a1", LocalDate.of(2021, 3, 1), 0, "GENERAL");
        LocalDate found = LocalDate.of(2023, 4, 10);
        long finding = add(new AccidentReportingViolationFound(USCC, "a1", "CONCEALED", found, "认定-1", "隐瞒不报"));
        assertThat(statusOn(found.minusDays(1))).isEqualTo(Status.NORMAL);
        CreditAssessment watch = CreditAssessor.assess(record, found, RULES);
        assertThat(watch.reasons())
                .extracting(Evidence::code)
                .containsExactly("ACCIDENT_REPORTING_VIOLATION_LAST_12_MONTHS");
        assertThat(watch.reasons().get(0).message()).contains("瞒报");
        assertThat(watch.reasons().get(0).positions()).containsExactly(reported, finding);
        assertThat(statusOn(found.plusMonths(12))).isEqualTo(Status.NORMAL);
    }

    @Test
    void anAccidentLeavesTheWatchWindowTwelveMonthsLater() {
        LocalDate day = LocalDate.of(2022, 6, 15);
        accident("a1", day, 0, "GENERAL");
        assertThat(statusOn(day.minusDays(1))).isEqualTo(Status.NORMAL);
        assertThat(statusOn(day)).isEqualTo(Status.WATCH);
        assertThat(statusOn(day.plusMonths(12).minusDays(1))).isEqualTo(Status.WATCH);
        assertThat(statusOn(day.plusMonths(12))).isEqualTo(Status.NORMAL);
    }

    @Test
    void aRetractedAccidentCountsForNothing() {
        LocalDate day = LocalDate.of(2022, 6, 15);
        accident("a1", day, 1, "GENERAL");
        add(new AccidentRetracted(USCC, "a1", "录入错误", day.plusDays(1)));
        assertThat(statusOn(day.plusDays(2))).isEqualTo(Status.NORMAL);
    }

    @Test
    void redNeedsLevelOneAndThreeCleanYearsCountedToTheDay() {
        LocalDate penalized = LocalDate.of(2020, 5, 10);
        penalty("old", penalized, false);
        standardization("1", LocalDate.of(2022, 1, 1));
        commitment(LocalDate.of(2022, 2, 1));
        LocalDate threeYears = penalized.plusYears(3);
        CreditAssessment before = CreditAssessor.assess(record, threeYears.minusDays(1), RULES);
        assertThat(before.status()).isEqualTo(Status.NORMAL);
        assertThat(before.redListCandidate()).isFalse();
        assertThat(before.redListCriteriaNotMet())
                .extracting(Evidence::code)
                .containsExactly("PENALTY_WITHIN_LOOK_BACK");
        assertThat(before.redListCriteriaNotMet().get(0).positions()).containsExactly(2L);
        CreditAssessment after = CreditAssessor.assess(record, threeYears, RULES);
        assertThat(after.status()).isEqualTo(Status.NORMAL); // RED is a decision, not the criteria
        assertThat(after.redListCandidate()).isTrue();
        assertThat(RedListCriteria.check(record, threeYears, RULES.redList(), List.of())
                        .grounds())
                .extracting(Evidence::code)
                .contains("STANDARDIZATION", "PUBLIC_COMMITMENT", "NOT_RECORDED");
    }

    @Test
    void levelTwoIsNotEnoughForThe133RuleSet() {
        standardization("2", LocalDate.of(2022, 1, 1));
        commitment(LocalDate.of(2022, 2, 1));
        CreditAssessment assessment = CreditAssessor.assess(record, LocalDate.of(2023, 1, 1), RULES);
        assertThat(assessment.status()).isEqualTo(Status.NORMAL);
        assertThat(assessment.redListCriteriaNotMet())
                .extracting(Evidence::code)
                .containsExactly("STANDARDIZATION_BELOW_REQUIRED");
    }

    @Test
    void aFatalAccidentConcludedAsNotLiableDoesNotBarTheRedList() {
        standardization("1", LocalDate.of(2022, 1, 1));
        commitment(LocalDate.of(2022, 2, 1));
        LocalDate day = LocalDate.of(2021, 3, 1);
        accident("a1", day, 1, "GENERAL");
        assertThat(candidateOn(LocalDate.of(2023, 1, 1))).isFalse();
        add(new AccidentConcluded(USCC, "a1", false, day.plusMonths(2), "批复"));
        assertThat(candidateOn(LocalDate.of(2023, 1, 1))).isTrue();
    }

    @Test
    void theGradeFollowsTheModelAndSaysWhatItIs() {
        standardization("2", LocalDate.of(2022, 1, 1));
        CreditAssessment.Grade grade =
                CreditAssessor.assess(record, LocalDate.of(2022, 6, 1), RULES).grade();
        assertThat(grade.grade()).isEqualTo("B");
        assertThat(grade.score()).isEqualTo(80);
        assertThat(grade.model()).isEqualTo("EXAMPLE_GRADING_MODEL r1");
        assertThat(grade.modelLabel()).contains("NOT an official");

        accident("a1", LocalDate.of(2022, 3, 1), 0, "GENERAL");
        assertThat(CreditAssessor.assess(record, LocalDate.of(2022, 6, 1), RULES)
                        .grade()
                        .grade())
                .isEqualTo("C");
    }

    @Test
    void twoPenaltiesInAYearLowerTheGradeAndALargeAccidentCapsItAtD() {
        standardization("1", LocalDate.of(2022, 1, 1));
        penalty("A", LocalDate.of(2022, 2, 1), false);
        penalty("B", LocalDate.of(2022, 3, 1), false);
        CreditAssessment.Grade lowered =
                CreditAssessor.assess(record, LocalDate.of(2022, 6, 1), RULES).grade();
        assertThat(lowered.grade()).isEqualTo("B");
        assertThat(lowered.reasons()).extracting(Evidence::code).contains("PENALTIES_LOWER_GRADE");

        accident("big", LocalDate.of(2020, 7, 1), 3, "LARGE");
        assertThat(CreditAssessor.assess(record, LocalDate.of(2022, 6, 1), RULES)
                        .grade()
                        .grade())
                .isEqualTo("D");
        assertThat(CreditAssessor.assess(record, LocalDate.of(2023, 7, 1), RULES)
                        .grade()
                        .grade())
                .isEqualTo("A");
    }

    @Test
    void factsDatedAfterTheValidDateDoNotCount() {
        LocalDate day = LocalDate.of(2022, 6, 15);
        listing("L1", day, day.plusYears(3));
        accident("a1", day, 0, "GENERAL");
        assertThat(statusOn(day.minusDays(1))).isEqualTo(Status.NORMAL);
        assertThat(List.of(statusOn(day))).containsExactly(Status.BLACK);
    }
}

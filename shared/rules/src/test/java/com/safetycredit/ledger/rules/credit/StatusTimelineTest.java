package com.safetycredit.ledger.rules.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.events.accident.AccidentReported;
import com.safetycredit.ledger.contracts.events.accident.AccidentReportingViolationFound;
import com.safetycredit.ledger.contracts.events.certification.CertificationGranted;
import com.safetycredit.ledger.contracts.events.certification.CertificationReinstated;
import com.safetycredit.ledger.contracts.events.certification.CertificationRevoked;
import com.safetycredit.ledger.contracts.events.commitment.CreditCommitmentMade;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.contracts.events.hazard.HazardFound;
import com.safetycredit.ledger.contracts.events.hazard.HazardRectified;
import com.safetycredit.ledger.contracts.events.listing.EnterpriseBlacklisted;
import com.safetycredit.ledger.contracts.events.listing.ListingRemovedEarly;
import com.safetycredit.ledger.contracts.events.partner.PartnerListEntryRecorded;
import com.safetycredit.ledger.contracts.events.penalty.PenaltyImposed;
import com.safetycredit.ledger.contracts.events.redlist.RedListDecided;
import com.safetycredit.ledger.contracts.events.redlist.RedListDecisionLost;
import com.safetycredit.ledger.contracts.events.suspension.ProductionResumed;
import com.safetycredit.ledger.contracts.events.suspension.SuspensionOrdered;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline agrees with the assessor on every single day, month ends and leap days included. */
class StatusTimelineTest {

    private static final String U = "91330482MA28A1B56G";

    @Test
    void theTimelineEqualsTheAssessorOnEveryDay() {
        EnterpriseRecord record = new EnterpriseRecord();
        long p = 0;
        record.apply(
                new EnterpriseRegistered(U, "示例", "MANUFACTURING", "330482", null, null, LocalDate.of(2018, 1, 1)),
                ++p);
        record.apply(
                new CertificationGranted(
                        U,
                        "c1",
                        "STANDARDIZATION",
                        "1",
                        "n",
                        "i",
                        LocalDate.of(2018, 2, 28),
                        LocalDate.of(2021, 2, 28),
                        null,
                        null),
                ++p);
        record.apply(
                new CertificationGranted(
                        U,
                        "c2",
                        "STANDARDIZATION",
                        "2",
                        "n2",
                        "i",
                        LocalDate.of(2021, 3, 31),
                        LocalDate.of(2024, 3, 31),
                        null,
                        null),
                ++p);
        record.apply(new PenaltyImposed(U, "p1", "P1", LocalDate.of(2019, 8, 31), "v", 1, false, false), ++p);
        record.apply(new PenaltyImposed(U, "p2", "P2", LocalDate.of(2020, 2, 29), "v", 1, true, false), ++p);
        record.apply(
                new AccidentReported(
                        U,
                        "a1",
                        OffsetDateTime.of(2020, 1, 31, 9, 0, 0, 0, ZoneOffset.ofHours(8)),
                        LocalDate.of(2020, 1, 31),
                        "PRODUCTION",
                        0,
                        10,
                        0,
                        0,
                        false,
                        "LARGE",
                        "r",
                        ""),
                ++p);
        record.apply(
                new EnterpriseBlacklisted(
                        U,
                        "l1",
                        2,
                        "MEM_ORDER_11_2023",
                        "P2",
                        "a",
                        "d",
                        LocalDate.of(2023, 10, 31),
                        LocalDate.of(2026, 10, 31),
                        false),
                ++p);
        record.apply(new ListingRemovedEarly(U, "l1", "x", LocalDate.of(2024, 12, 31)), ++p);

        assertEveryDayAgrees(record, CreditRules.shipped());
    }

    /** A bureau's own rule sets may give the grading a look-back other than the red list's: both count. */
    @Test
    void theTimelineFollowsEachLookBackWhenTheRuleSetsDiffer() {
        EnterpriseRecord record = new EnterpriseRecord();
        long p = 0;
        record.apply(
                new EnterpriseRegistered(U, "示例", "MANUFACTURING", "330482", null, null, LocalDate.of(2018, 1, 1)),
                ++p);
        record.apply(
                new CertificationGranted(
                        U, "c1", "STANDARDIZATION", "1", "n", "i", LocalDate.of(2018, 2, 28), null, null, null),
                ++p);
        record.apply(
                new AccidentReported(
                        U,
                        "a1",
                        OffsetDateTime.of(2020, 2, 29, 9, 0, 0, 0, ZoneOffset.ofHours(8)),
                        LocalDate.of(2020, 2, 29),
                        "PRODUCTION",
                        0,
                        10,
                        0,
                        0,
                        false,
                        "LARGE",
                        "r",
                        ""),
                ++p);
        record.apply(new PenaltyImposed(U, "p1", "P1", LocalDate.of(2020, 5, 31), "v", 1, false, false), ++p);
        CreditRules shipped = CreditRules.shipped();
        for (int graveYears : new int[] {1, 2, 5}) {
            GradingModel g = (GradingModel) shipped.grading().modelOn(LocalDate.of(2020, 1, 1));
            CreditRules rules = new CreditRules(
                    shipped.redList(),
                    GradingSchedule.only(new GradingModel(
                            g.schemaVersion(),
                            g.id(),
                            g.revision(),
                            g.label(),
                            g.baseScoreByStandardizationLevel(),
                            g.baseScoreWithoutStandardization(),
                            g.deductionPerAccidentLast12Months(),
                            g.deductionPerSeriousPenaltyLast12Months(),
                            g.gradeFloors(),
                            graveYears)));
            assertEveryDayAgrees(record, rules);
        }
    }

    /**
     * The rules of RULES.md §5 and §9 on 29 February: two penalties 365 days apart, a single serious one, a
     * revocation and its reinstatement, a reporting violation, a commuting death that counts for nothing — the
     * timeline's candidate dates are the days these leave their calendar windows, so the lists stay exact.
     */
    @Test
    void theTimelineFollowsTheCalendarWindowsOnLeapDays() {
        EnterpriseRecord record = new EnterpriseRecord();
        long p = 0;
        record.apply(
                new EnterpriseRegistered(U, "示例", "MANUFACTURING", "330482", null, null, LocalDate.of(2018, 1, 1)),
                ++p);
        record.apply(
                new CertificationGranted(
                        U,
                        "c1",
                        "STANDARDIZATION",
                        "1",
                        "n",
                        "i",
                        LocalDate.of(2019, 3, 1),
                        LocalDate.of(2022, 3, 1),
                        null,
                        null),
                ++p);
        record.apply(new PenaltyImposed(U, "p1", "P1", LocalDate.of(2019, 3, 1), "v", 1, false, false), ++p);
        record.apply(new PenaltyImposed(U, "p2", "P2", LocalDate.of(2020, 2, 29), "v", 1, false, false), ++p);
        record.apply(new PenaltyImposed(U, "p3", "P3", LocalDate.of(2024, 2, 29), "v", 1, true, false), ++p);
        record.apply(
                new CertificationRevoked(
                        U, "c1", "提供虚假材料", LocalDate.of(2020, 2, 29), "撤", null, "FALSE_MATERIALS", null),
                ++p);
        record.apply(
                new CertificationGranted(
                        U,
                        "c2",
                        "STANDARDIZATION",
                        "2",
                        "n2",
                        "i",
                        LocalDate.of(2021, 3, 1),
                        LocalDate.of(2024, 3, 1),
                        null,
                        null),
                ++p);
        record.apply(
                new AccidentReported(
                        U,
                        "road",
                        OffsetDateTime.of(2022, 2, 28, 8, 0, 0, 0, ZoneOffset.ofHours(8)),
                        LocalDate.of(2022, 2, 28),
                        "COMMUTING_ROAD_TRAFFIC",
                        1,
                        0,
                        0,
                        0,
                        false,
                        "GENERAL",
                        "r1",
                        ""),
                ++p);
        record.apply(
                new AccidentReported(
                        U,
                        "a1",
                        OffsetDateTime.of(2021, 6, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8)),
                        LocalDate.of(2021, 6, 1),
                        "FIRE",
                        0,
                        10,
                        0,
                        0,
                        false,
                        "LARGE",
                        "r2",
                        ""),
                ++p);
        record.apply(new AccidentReportingViolationFound(U, "a1", "LATE", LocalDate.of(2021, 8, 31), "认定", ""), ++p);
        record.apply(
                new CertificationRevoked(
                        U, "c2", "事故迟报", LocalDate.of(2021, 8, 31), "认定", null, "CONCEALED_ACCIDENT", "a1"),
                ++p);
        record.apply(
                new CertificationReinstated(U, "c2", "认定撤销", LocalDate.of(2021, 12, 31), LocalDate.of(2024, 3, 1)),
                ++p);

        assertEveryDayAgrees(record, CreditRules.shipped());
        List<StatusTimeline.Interval> timeline = StatusTimeline.of(record, CreditRules.shipped());
        StatusTimeline.Interval seriousPenalty = timeline.stream()
                .filter(i -> i.contains(LocalDate.of(2025, 2, 28)))
                .findFirst()
                .orElseThrow();
        assertThat(seriousPenalty.status()).isEqualTo(CreditAssessment.Status.WATCH);
        assertThat(seriousPenalty.to()).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    /**
     * RULES.md §12's facts on the timeline: a major hazard past its deadline shows on the day after it with no
     * command, a suspension, a public commitment making the enterprise a candidate, a decision and its loss, another
     * department's entry, the day the grading model changes and the day a new enterprise is first graded.
     */
    @Test
    void theTimelineFollowsSupervisionFactsOnEveryDay() {
        EnterpriseRecord record = new EnterpriseRecord();
        long p = 0;
        record.apply(
                new EnterpriseRegistered(U, "示例", "MANUFACTURING", "330482", null, null, LocalDate.of(2024, 2, 29)),
                ++p);
        record.apply(
                new CertificationGranted(
                        U, "c1", "STANDARDIZATION", "1", "n", "i", LocalDate.of(2025, 3, 1), null, null, null),
                ++p);
        record.apply(
                new CreditCommitmentMade(
                        U,
                        "cm1",
                        LocalDate.of(2025, 4, 1),
                        "承诺",
                        OffsetDateTime.of(2025, 4, 3, 23, 30, 0, 0, ZoneOffset.ofHours(8))),
                ++p);
        record.apply(
                new HazardFound(
                        U, "h1", LocalDate.of(2025, 5, 10), "储罐区", true, "督〔2025〕1号", LocalDate.of(2025, 6, 30)),
                ++p);
        record.apply(new HazardRectified(U, "h1", LocalDate.of(2025, 7, 15), "平湖市应急管理局"), ++p);
        record.apply(new SuspensionOrdered(U, "s1", LocalDate.of(2025, 8, 1), "停〔2025〕1号", "隐患"), ++p);
        record.apply(new ProductionResumed(U, "s1", LocalDate.of(2025, 9, 1), "复〔2025〕1号"), ++p);
        record.apply(
                new RedListDecided(
                        U,
                        "r1",
                        LocalDate.of(2026, 1, 5),
                        "红〔2026〕1号",
                        "平湖市应急管理局",
                        LocalDate.of(2029, 1, 5),
                        "RED_LIST_SAWS_2017_133",
                        2,
                        3,
                        List.of(2L, 3L)),
                ++p);
        record.apply(
                new PartnerListEntryRecorded(
                        U,
                        "e1",
                        "TAXATION",
                        "重大税收违法失信主体",
                        "税〔2026〕1号",
                        LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 9, 1)),
                ++p);
        record.apply(new RedListDecisionLost(U, "r1", LocalDate.of(2026, 3, 1), "PartnerListEntryRecorded", "e1"), ++p);

        assertEveryDayAgrees(record, CreditRules.shipped());
        List<StatusTimeline.Interval> timeline = StatusTimeline.of(record, CreditRules.shipped());
        StatusTimeline.Interval overdue = timeline.stream()
                .filter(i -> i.contains(LocalDate.of(2025, 7, 1)))
                .findFirst()
                .orElseThrow();
        assertThat(overdue.from()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(overdue.reasons()).extracting(Evidence::code).containsExactly("MAJOR_HAZARD_OVERDUE");
        StatusTimeline.Interval red = timeline.stream()
                .filter(i -> i.contains(LocalDate.of(2026, 2, 1)))
                .findFirst()
                .orElseThrow();
        assertThat(red.status()).isEqualTo(CreditAssessment.Status.RED);
        assertThat(red.to()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    private static void assertEveryDayAgrees(EnterpriseRecord record, CreditRules rules) {
        assertThat(StatusTimeline.of(record, rules).size()).isGreaterThan(3);
        assertEveryDayAgrees(record, rules, LocalDate.of(2018, 1, 1), LocalDate.of(2029, 1, 1));
    }

    /** The timeline's interval on each day of [{@code from}, {@code until}) says what the assessor says that day. */
    static void assertEveryDayAgrees(EnterpriseRecord record, CreditRules rules, LocalDate from, LocalDate until) {
        List<StatusTimeline.Interval> timeline = StatusTimeline.of(record, rules);
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            LocalDate d = day;
            StatusTimeline.Interval interval =
                    timeline.stream().filter(i -> i.contains(d)).findFirst().orElseThrow();
            CreditAssessment assessment = CreditAssessor.assess(record, d, rules);
            assertThat(interval.status()).as(d.toString()).isEqualTo(assessment.status());
            assertThat(interval.grade())
                    .as(d.toString())
                    .isEqualTo(assessment.grade().grade());
            assertThat(interval.reasons()).as(d.toString()).isEqualTo(assessment.reasons());
            assertThat(interval.redListCandidate()).as(d.toString()).isEqualTo(assessment.redListCandidate());
        }
    }
}

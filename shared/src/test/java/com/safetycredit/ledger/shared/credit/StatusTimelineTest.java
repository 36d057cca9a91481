package com.safetycredit.ledger.shared.credit;

import com.safetycredit.ledger.shared.events.accident.AccidentReported;
import com.safetycredit.ledger.shared.events.certification.CertificationGranted;
import com.safetycredit.ledger.shared.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.shared.events.listing.EnterpriseBlacklisted;
import com.safetycredit.ledger.shared.events.listing.ListingRemovedEarly;
import com.safetycredit.ledger.shared.events.penalty.PenaltyImposed;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline agrees with the assessor on every single day, month ends and leap days included. */
class StatusTimelineTest {

    private static final String U = "91330482MA28A1B56G";

    @Test
    void theTimelineEqualsTheAssessorOnEveryDay() {
        EnterpriseRecord record = new EnterpriseRecord();
        long p = 0;
        record.apply(new EnterpriseRegistered(U, "示例", "MANUFACTURING", "330482", null, null, LocalDate.of(2018, 1, 1)), ++p);
        record.apply(new CertificationGranted(U, "c1", "STANDARDIZATION", "1", "n", "i", LocalDate.of(2018, 2, 28),
                LocalDate.of(2021, 2, 28), null, null), ++p);
        record.apply(new CertificationGranted(U, "c2", "STANDARDIZATION", "2", "n2", "i", LocalDate.of(2021, 3, 31),
                LocalDate.of(2024, 3, 31), null, null), ++p);
        record.apply(new PenaltyImposed(U, "p1", "P1", LocalDate.of(2019, 8, 31), "v", 1, false, false), ++p);
        record.apply(new PenaltyImposed(U, "p2", "P2", LocalDate.of(2020, 2, 29), "v", 1, true, false), ++p);
        record.apply(new AccidentReported(U, "a1", OffsetDateTime.of(2020, 1, 31, 9, 0, 0, 0, ZoneOffset.ofHours(8)),
                LocalDate.of(2020, 1, 31), "PRODUCTION", 0, 10, 0, 0, false, "LARGE", "r", ""), ++p);
        record.apply(new EnterpriseBlacklisted(U, "l1", 2, "MEM_ORDER_11_2023", "P2", "a", "d",
                LocalDate.of(2023, 10, 31), LocalDate.of(2026, 10, 31), false), ++p);
        record.apply(new ListingRemovedEarly(U, "l1", "x", LocalDate.of(2024, 12, 31)), ++p);

        assertEveryDayAgrees(record, CreditRules.shipped());
    }

    /** A bureau's own rule sets may give the grading a look-back other than the red list's: both count. */
    @Test
    void theTimelineFollowsEachLookBackWhenTheRuleSetsDiffer() {
        EnterpriseRecord record = new EnterpriseRecord();
        long p = 0;
        record.apply(new EnterpriseRegistered(U, "示例", "MANUFACTURING", "330482", null, null, LocalDate.of(2018, 1, 1)), ++p);
        record.apply(new CertificationGranted(U, "c1", "STANDARDIZATION", "1", "n", "i", LocalDate.of(2018, 2, 28),
                null, null, null), ++p);
        record.apply(new AccidentReported(U, "a1", OffsetDateTime.of(2020, 2, 29, 9, 0, 0, 0, ZoneOffset.ofHours(8)),
                LocalDate.of(2020, 2, 29), "PRODUCTION", 0, 10, 0, 0, false, "LARGE", "r", ""), ++p);
        record.apply(new PenaltyImposed(U, "p1", "P1", LocalDate.of(2020, 5, 31), "v", 1, false, false), ++p);
        CreditRules shipped = CreditRules.shipped();
        for (int graveYears : new int[]{1, 2, 5}) {
            GradingModel g = shipped.grading();
            CreditRules rules = new CreditRules(shipped.redList(), new GradingModel(g.schemaVersion(), g.id(),
                    g.revision(), g.label(), g.baseScoreByStandardizationLevel(), g.baseScoreWithoutStandardization(),
                    g.deductionPerAccidentLast12Months(), g.deductionPerSeriousPenaltyLast12Months(), g.gradeFloors(),
                    graveYears));
            assertEveryDayAgrees(record, rules);
        }
    }

    private static void assertEveryDayAgrees(EnterpriseRecord record, CreditRules rules) {
        List<StatusTimeline.Interval> timeline = StatusTimeline.of(record, rules);
        assertThat(timeline.size()).isGreaterThan(3);
        for (LocalDate day = LocalDate.of(2018, 1, 1); day.isBefore(LocalDate.of(2029, 1, 1)); day = day.plusDays(1)) {
            LocalDate d = day;
            StatusTimeline.Interval interval = timeline.stream().filter(i -> i.contains(d)).findFirst().orElseThrow();
            CreditAssessment assessment = CreditAssessor.assess(record, d, rules);
            assertThat(interval.status()).as(d.toString()).isEqualTo(assessment.status());
            assertThat(interval.grade()).as(d.toString()).isEqualTo(assessment.grade().grade());
            assertThat(interval.reasons()).as(d.toString()).isEqualTo(assessment.reasons());
        }
    }
}

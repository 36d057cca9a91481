package com.safetycredit.ledger.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.events.certification.CertificationGranted;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.contracts.events.partner.PartnerListEntryRecorded;
import com.safetycredit.ledger.contracts.values.AwardDecision;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * RULES.md §7a (浙江省公共信用信息管理条例): a subject on a severe-dishonesty list of any field gets no fiscal award —
 * another department's entry active in the policy year bars the year, and recording one rechecks every year it
 * touched.
 */
class PartnerListGateTest {

    private static final String USCC = "91330482MA2B00011X";
    private static final AwardPolicy PINGHU =
            AwardPolicyCatalog.shipped().forPolicyYear(2021).orElseThrow();

    private static EnterpriseRecord withEntry(LocalDate from, LocalDate to) {
        return new EnterpriseRecord()
                .apply(
                        new EnterpriseRegistered(
                                USCC, "示例", "MANUFACTURING", "330482", null, null, LocalDate.of(2019, 1, 1)),
                        1)
                .apply(
                        new CertificationGranted(
                                USCC,
                                "c1",
                                "DUAL_PREVENTION",
                                null,
                                "N-c1",
                                "平湖市应急管理局",
                                LocalDate.of(2021, 3, 1),
                                null,
                                null,
                                null),
                        2)
                .apply(new PartnerListEntryRecorded(USCC, "e1", "TAXATION", "重大税收违法失信主体", "税〔2021〕9号", from, to), 3);
    }

    @Test
    void anEntryActiveInTheYearBarsTheYearsAwards() {
        EnterpriseRecord record = withEntry(LocalDate.of(2021, 12, 31), LocalDate.of(2022, 6, 1));
        AwardDecision decision = AwardEvaluator.evaluate(PINGHU, "DUAL_PREVENTION", 2021, "c1", record);
        assertThat(decision.eligible()).isFalse();
        assertThat(decision.reasons()).extracting(AwardDecision.Reason::code).contains("PARTNER_SEVERE_LIST_IN_YEAR");
        assertThat(AwardGates.failures(PINGHU, 2021, record).get(0).positions()).containsExactly(3L);
    }

    @Test
    void anEntryEndingOnNewYearsDayOrStartingAfterTheYearDoesNotBarIt() {
        assertThat(AwardGates.failures(PINGHU, 2021, withEntry(LocalDate.of(2020, 6, 1), LocalDate.of(2021, 1, 1))))
                .isEmpty();
        assertThat(AwardGates.failures(PINGHU, 2021, withEntry(LocalDate.of(2022, 1, 1), null)))
                .isEmpty();
        assertThat(AwardEvaluator.evaluate(
                                PINGHU,
                                "DUAL_PREVENTION",
                                2021,
                                "c1",
                                withEntry(LocalDate.of(2020, 6, 1), LocalDate.of(2021, 1, 1)))
                        .eligible())
                .isTrue();
    }

    /** RecoveryTriggers, the one place that says which facts recheck granted awards: an entry rechecks its years. */
    @Test
    void recordingAnEntryRechecksEveryYearItTouched() {
        PartnerListEntryRecorded entry = new PartnerListEntryRecorded(
                USCC, "e1", "TAXATION", "重大税收违法失信主体", "税〔2021〕9号", LocalDate.of(2021, 6, 1), LocalDate.of(2023, 1, 1));
        EnterpriseRecord record = withEntry(entry.from(), entry.to());
        assertThat(RecoveryTriggers.triggers(entry)).isTrue();
        assertThat(RecoveryTriggers.years(entry, record)).containsExactly(2021, 2022);
        EnterpriseRecord openEnded = withEntry(LocalDate.of(2021, 6, 1), null);
        assertThat(RecoveryTriggers.years(entry, openEnded)).containsExactly(2021, 2022, 2023, 2024, 2025, 2026);
    }
}

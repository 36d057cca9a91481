package com.safetycredit.ledger.rules.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.events.accident.AccidentReported;
import com.safetycredit.ledger.contracts.events.certification.CertificationGranted;
import com.safetycredit.ledger.contracts.events.commitment.CreditCommitmentMade;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.contracts.events.hazard.HazardFound;
import com.safetycredit.ledger.contracts.events.partner.PartnerListEntryRecorded;
import com.safetycredit.ledger.contracts.events.redlist.RedListDecided;
import com.safetycredit.ledger.contracts.events.redlist.RedListDecisionRevoked;
import com.safetycredit.ledger.rules.credit.CreditAssessment.Status;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RULES.md §4 and §12, revision 2 of the rule set: a public commitment, no other department's severe list, not
 * 重点关注 — and RED only while a decision is in force.
 */
class RedListCriteriaTest {

    private static final String USCC = "91330482MA28A1B56G";
    private static final CreditRules RULES = CreditRules.shipped();
    private static final LocalDate V = LocalDate.of(2026, 6, 1);
    private EnterpriseRecord record;
    private long position;

    @BeforeEach
    void aLevelOneEnterprise() {
        record = new EnterpriseRecord();
        position = 0;
        add(new EnterpriseRegistered(USCC, "示例", "MANUFACTURING", "330482", null, null, LocalDate.of(2018, 1, 2)));
        add(new CertificationGranted(
                USCC, "std", "STANDARDIZATION", "1", "N", "i", LocalDate.of(2025, 1, 1), null, null, null));
    }

    private long add(Object event) {
        record.apply(event, ++position);
        return position;
    }

    private RedListCriteria.Check checkOn(LocalDate day) {
        return RedListCriteria.check(record, day, RULES.redList(), CreditAssessor.watch(record, day));
    }

    private long commitment(LocalDate madeOn, OffsetDateTime publishedAt) {
        return add(new CreditCommitmentMade(USCC, "cm-" + madeOn, madeOn, "承诺", publishedAt));
    }

    @Test
    void aCommitmentMustBePublicOnTheDayAndMadeWithinThreeYears() {
        assertThat(checkOn(V).notMet()).extracting(Evidence::code).containsExactly("NO_PUBLIC_COMMITMENT");
        long made = commitment(LocalDate.of(2023, 6, 2), null);
        assertThat(checkOn(V).notMet().get(0).message()).contains("未向社会公开");
        assertThat(checkOn(V).notMet().get(0).positions()).containsExactly(made);
        // published at 23:30 China time on 2023-06-03: public from that day, not the day before
        long published =
                commitment(LocalDate.of(2023, 6, 2), OffsetDateTime.of(2023, 6, 3, 15, 30, 0, 0, ZoneOffset.UTC));
        assertThat(checkOn(LocalDate.of(2023, 6, 3)).notMet())
                .extracting(Evidence::code)
                .doesNotContain("NO_PUBLIC_COMMITMENT");
        assertThat(checkOn(LocalDate.of(2023, 6, 2)).notMet())
                .extracting(Evidence::code)
                .contains("NO_PUBLIC_COMMITMENT");
        assertThat(checkOn(V).grounds()).extracting(Evidence::code).contains("PUBLIC_COMMITMENT");
        assertThat(checkOn(V).groundPositions()).contains(published, 2L);
        // made 2023-06-02: within (v − 3 years, v] up to 2026-06-01, out on 2026-06-02
        assertThat(checkOn(LocalDate.of(2026, 6, 1)).met()).isTrue();
        assertThat(checkOn(LocalDate.of(2026, 6, 2)).met()).isFalse();
    }

    @Test
    void anotherDepartmentsSevereListFailsTheCriteriaWhileActive() {
        commitment(LocalDate.of(2025, 3, 1), OffsetDateTime.of(2025, 3, 1, 10, 0, 0, 0, ZoneOffset.ofHours(8)));
        long entry = add(new PartnerListEntryRecorded(
                USCC, "e1", "TAXATION", "重大税收违法失信主体", "税〔2026〕3号", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 1)));
        assertThat(checkOn(LocalDate.of(2026, 1, 31)).met()).isTrue();
        assertThat(checkOn(LocalDate.of(2026, 5, 31)).notMet())
                .extracting(Evidence::code)
                .containsExactly("ON_PARTNER_SEVERE_LIST");
        assertThat(checkOn(LocalDate.of(2026, 5, 31)).notMet().get(0).positions())
                .containsExactly(entry);
        assertThat(checkOn(V).met()).isTrue(); // the entry ran to 2026-06-01, exclusive
    }

    @Test
    void anEnterpriseUnderWatchIsNoCandidate() {
        commitment(LocalDate.of(2025, 3, 1), OffsetDateTime.of(2025, 3, 1, 10, 0, 0, 0, ZoneOffset.ofHours(8)));
        add(new AccidentReported(
                USCC,
                "a1",
                OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8)),
                LocalDate.of(2026, 3, 1),
                "PRODUCTION",
                0,
                1,
                0,
                1000,
                false,
                "GENERAL",
                "R1",
                ""));
        CreditAssessment assessment = CreditAssessor.assess(record, V, RULES);
        assertThat(assessment.status()).isEqualTo(Status.WATCH);
        assertThat(assessment.redListCandidate()).isFalse();
        assertThat(assessment.redListCriteriaNotMet())
                .extracting(Evidence::code)
                .containsExactly("UNDER_WATCH");
        assertThat(CreditAssessor.assess(record, LocalDate.of(2027, 3, 1), RULES)
                        .redListCandidate())
                .isTrue();
    }

    @Test
    void anOverdueMajorHazardIsWatchFromTheDayAfterItsDeadline() {
        long found = add(new HazardFound(
                USCC, "h1", LocalDate.of(2026, 4, 1), "液氨储罐区未设置泄漏报警", true, "嘉应急督〔2026〕2号", LocalDate.of(2026, 5, 31)));
        CreditAssessment open = CreditAssessor.assess(record, LocalDate.of(2026, 5, 31), RULES);
        assertThat(open.reasons()).extracting(Evidence::code).containsExactly("MAJOR_HAZARD_OPEN");
        CreditAssessment overdue = CreditAssessor.assess(record, V, RULES);
        assertThat(overdue.status()).isEqualTo(Status.WATCH);
        assertThat(overdue.reasons()).extracting(Evidence::code).containsExactly("MAJOR_HAZARD_OVERDUE");
        assertThat(overdue.reasons().get(0).message()).contains("嘉应急督〔2026〕2号", "2026-05-31");
        assertThat(overdue.reasons().get(0).positions()).containsExactly(found);
    }

    @Test
    void redIsADecisionInForceNotTheCriteria() {
        commitment(LocalDate.of(2025, 3, 1), OffsetDateTime.of(2025, 3, 1, 10, 0, 0, 0, ZoneOffset.ofHours(8)));
        CreditAssessment candidate = CreditAssessor.assess(record, V, RULES);
        assertThat(candidate.status()).isEqualTo(Status.NORMAL);
        assertThat(candidate.redListCandidate()).isTrue();
        long decided = add(new RedListDecided(
                USCC,
                "r1",
                V,
                "平应急信〔2026〕1号",
                "平湖市应急管理局",
                V.plusYears(3),
                "RED_LIST_SAWS_2017_133",
                2,
                3,
                List.of(2L, 3L)));
        CreditAssessment red = CreditAssessor.assess(record, V, RULES);
        assertThat(red.status()).isEqualTo(Status.RED);
        assertThat(red.redListCandidate()).isFalse();
        assertThat(red.reasons().get(0).positions()).containsExactly(decided);
        assertThat(CreditAssessor.assess(record, V.minusDays(1), RULES).status())
                .isEqualTo(Status.NORMAL);
        assertThat(CreditAssessor.assess(record, V.plusYears(3).minusDays(1), RULES)
                        .status())
                .isEqualTo(Status.RED);
        add(new RedListDecisionRevoked(USCC, "r1", LocalDate.of(2026, 9, 1), "撤〔2026〕1号", "承诺失实"));
        assertThat(CreditAssessor.assess(record, LocalDate.of(2026, 8, 31), RULES)
                        .status())
                .isEqualTo(Status.RED);
        assertThat(CreditAssessor.assess(record, LocalDate.of(2026, 9, 1), RULES)
                        .status())
                .isEqualTo(Status.NORMAL);
    }
}

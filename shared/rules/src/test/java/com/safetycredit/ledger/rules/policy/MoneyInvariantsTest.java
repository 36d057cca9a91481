package com.safetycredit.ledger.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.events.accident.AccidentReported;
import com.safetycredit.ledger.contracts.events.award.AwardApplied;
import com.safetycredit.ledger.contracts.events.award.AwardGranted;
import com.safetycredit.ledger.contracts.events.award.AwardMarkedForRecovery;
import com.safetycredit.ledger.contracts.events.certification.CertificationGranted;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Example cases of the money invariants that the property test reaches only by chance. */
class MoneyInvariantsTest {

    private static final AwardPolicyCatalog CATALOG = AwardPolicyCatalog.shipped();
    private static final String USCC = "91330482MA28A1B56G";
    private static final LocalDate DAY = LocalDate.of(2021, 5, 1);

    private final MoneyInvariants invariants = new MoneyInvariants(CATALOG);
    private final EnterpriseRecord record = new EnterpriseRecord();
    private long position;

    /**
     * A fatal accident recorded at the same moment as the last approval: the grant was decided without it and is
     * barred; once the ledger marked it for recovery, nothing is left to answer for.
     */
    @Test
    void aGrantThatRacedItsBarringFactIsSetRightByItsRecovery() {
        String application = grantedDualPrevention(true);
        assertThat(invariants.violations())
                .extracting(MoneyInvariants.Violation::invariant)
                .containsExactlyInAnyOrder("GATES", "RECOVERY");

        add(new AwardMarkedForRecovery(
                USCC,
                application,
                2021,
                List.of(),
                DAY.plusDays(1),
                "DUAL_PREVENTION",
                5_000_00L,
                3L,
                "AccidentReported"));
        assertThat(invariants.violations()).isEmpty();
    }

    /** A grant made although the facts known at the time barred it, and never recovered, is a GATES violation. */
    @Test
    void aBarredGrantNeverRecoveredBreaksTheGates() {
        grantedDualPrevention(true);
        assertThat(invariants.violations())
                .extracting(MoneyInvariants.Violation::invariant)
                .contains("GATES");
    }

    /**
     * A fatal accident after a grant calls for its recovery: missing once the recovery policy has handled the
     * accident's position, pending before.
     */
    @Test
    void aRecoveryIsPendingUntilTheRecoveryPolicyHasReachedItsFact() {
        grantedDualPrevention(false);
        long accident = add(fatalAccident());

        assertThat(invariants.violations(accident - 1)).isEmpty();
        assertThat(invariants.pending(accident - 1))
                .extracting(MoneyInvariants.Violation::invariant)
                .containsExactly("RECOVERY");
        assertThat(invariants.violations(accident))
                .extracting(MoneyInvariants.Violation::invariant)
                .containsExactly("RECOVERY");
        assertThat(invariants.pending(accident)).isEmpty();
    }

    /** Registers a Pinghu enterprise with a 2021 七个一 acceptance and grants its award, the accident first or not. */
    private String grantedDualPrevention(boolean accidentFirst) {
        add(new EnterpriseRegistered(
                USCC, "平湖市示例制造有限公司", "MANUFACTURING", "330482", null, null, LocalDate.of(2019, 1, 2)));
        add(new CertificationGranted(
                USCC,
                "c1",
                "DUAL_PREVENTION",
                null,
                "七个一-2021",
                "平湖市应急管理局",
                LocalDate.of(2021, 2, 1),
                null,
                null,
                null));
        if (accidentFirst) {
            add(fatalAccident());
        }
        AwardPolicy policy = CATALOG.forPolicyYear(2021).orElseThrow();
        AwardRule rule = policy.award("DUAL_PREVENTION").orElseThrow();
        String application = AwardBases.of(rule, "DUAL_PREVENTION", "c1", record)
                .orElseThrow()
                .applicationId(policy.id());
        add(new AwardApplied(
                USCC, application, "DUAL_PREVENTION", 2021, "c1", policy.id(), List.of("EMERGENCY_MANAGEMENT"), DAY));
        add(new AwardGranted(USCC, application, "DUAL_PREVENTION", 2021, 5_000_00L, List.of(), DAY, policy.id(), "c1"));
        return application;
    }

    private AccidentReported fatalAccident() {
        return new AccidentReported(
                USCC,
                "a1",
                OffsetDateTime.parse("2021-04-20T10:00:00+08:00"),
                LocalDate.of(2021, 4, 20),
                "PRODUCTION",
                1,
                0,
                0,
                0,
                false,
                "GENERAL",
                "平应急事〔2021〕1号",
                "坠落");
    }

    private long add(Object event) {
        position++;
        record.apply(event, position);
        invariants.accept(position, event);
        return position;
    }
}

package com.safetycredit.ledger.command.enterprise;

import com.safetycredit.ledger.contracts.events.certification.CertificationGranted;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.contracts.events.penalty.PenaltyImposed;
import com.safetycredit.ledger.rules.procedure.ProcedureRules;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;

/** Facts that many aggregate tests start from. */
final class EnterpriseFixtures {

    static final String USCC = "91330482MA28A1B56G";

    private EnterpriseFixtures() {}

    /** An enterprise under the default procedure rules (the notice step from 2026-12-01, listings in force refused). */
    static AggregateTestFixture<EnterpriseAggregate> fixture() {
        return fixture(ProcedureRules.DEFAULT);
    }

    static AggregateTestFixture<EnterpriseAggregate> fixture(ProcedureRules rules) {
        AggregateTestFixture<EnterpriseAggregate> fixture = new AggregateTestFixture<>(EnterpriseAggregate.class);
        fixture.registerInjectableResource(rules);
        return fixture;
    }

    static EnterpriseRegistered registered() {
        return new EnterpriseRegistered(
                USCC, "平湖市示例化工有限公司", "HAZARDOUS_CHEMICALS", "330482", "独山港镇", null, LocalDate.of(2019, 1, 2));
    }

    static PenaltyImposed seriousPenalty(String decisionNo, LocalDate decidedOn) {
        return new PenaltyImposed(USCC, "p-" + decisionNo, decisionNo, decidedOn, "未经许可储存危险化学品", 500_000, true, false);
    }

    static CertificationGranted standardization(String id, String level, LocalDate issuedOn) {
        return new CertificationGranted(
                USCC,
                id,
                "STANDARDIZATION",
                level,
                "AQBWHⅡ-" + id,
                "嘉兴市应急管理局",
                issuedOn,
                issuedOn.plusYears(3),
                null,
                null);
    }
}

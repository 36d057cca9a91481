package com.safetycredit.ledger.command.enterprise;

import com.safetycredit.ledger.contracts.commands.RegisterEnterprise;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnterpriseRegistrationTest {

    private static final String PINGHU = "91330482MA28A1B56G";
    private static final LocalDate DAY = LocalDate.of(2021, 3, 15);

    private AggregateTestFixture<EnterpriseAggregate> fixture;

    @BeforeEach
    void fixture() {
        fixture = EnterpriseFixtures.fixture();
    }

    @Test
    void registeringAnEnterpriseRecordsItWithItsValidDate() {
        fixture.givenNoPriorActivity()
                .when(new RegisterEnterprise(PINGHU, "平湖市示例化工有限公司", "HAZARDOUS_CHEMICALS", "330482", "独山港镇", null, DAY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new EnterpriseRegistered(
                        PINGHU, "平湖市示例化工有限公司", "HAZARDOUS_CHEMICALS", "330482", "独山港镇", null, DAY));
    }

    @Test
    void anOverriddenChecksumCarriesItsReasonIntoTheEvent() {
        fixture.givenNoPriorActivity()
                .when(new RegisterEnterprise("91350211M00013FA1N", "厦门试点企业", "OTHER", "330482", null, "早期试点代码", DAY))
                .expectEvents(new EnterpriseRegistered(
                        "91350211M00013FA1N", "厦门试点企业", "OTHER", "330482", null, "早期试点代码", DAY));
    }
}

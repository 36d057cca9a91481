package com.safetycredit.ledger.command.enterprise;

import static com.safetycredit.ledger.command.enterprise.EnterpriseFixtures.USCC;
import static com.safetycredit.ledger.command.enterprise.EnterpriseFixtures.registered;

import com.safetycredit.ledger.contracts.commands.ChangeEnterpriseProfile;
import com.safetycredit.ledger.contracts.commands.RecordSafetyInvestment;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseProfileChanged;
import com.safetycredit.ledger.contracts.events.investment.SafetyInvestmentRecorded;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProfileAndInvestmentTest {

    private AggregateTestFixture<EnterpriseAggregate> fixture;

    @BeforeEach
    void fixture() {
        fixture = EnterpriseFixtures.fixture();
    }

    @Test
    void aProfileChangeTakesEffectFromItsDateAndNeverBeforeTheRegistration() {
        LocalDate effective = LocalDate.of(2022, 7, 1);
        fixture.given(registered())
                .when(new ChangeEnterpriseProfile(USCC, "平湖市示例新材料有限公司", null, null, null, effective))
                .expectEvents(new EnterpriseProfileChanged(USCC, "平湖市示例新材料有限公司", null, null, null, effective));
        fixture.given(registered())
                .when(new ChangeEnterpriseProfile(USCC, "x", null, null, null, LocalDate.of(2018, 12, 31)))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void anInvestmentIsRecordedWithTheDetailsThePolicyNeeds() {
        Map<String, Object> details =
                Map.of("singleBuildingAreaM2", 5200, "listedSupplier", true, "connectedToProvincialPlatform", true);
        LocalDate day = LocalDate.of(2021, 4, 2);
        fixture.given(registered())
                .when(new RecordSafetyInvestment(USCC, "inv-1", "SMART_FIRE_SYSTEM", 2021, 420_000, details, day))
                .expectEvents(
                        new SafetyInvestmentRecorded(USCC, "inv-1", "SMART_FIRE_SYSTEM", 2021, 420_000, details, day));
    }

    @Test
    void nothingIsRecordedForAnEnterpriseNeverRegistered() {
        fixture.givenNoPriorActivity()
                .when(new RecordSafetyInvestment(
                        USCC, "inv-1", "LIABILITY_INSURANCE", 2021, 1, Map.of(), LocalDate.of(2021, 1, 1)))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}

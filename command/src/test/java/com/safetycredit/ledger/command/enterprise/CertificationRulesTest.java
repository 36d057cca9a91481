package com.safetycredit.ledger.command.enterprise;

import static com.safetycredit.ledger.command.enterprise.EnterpriseFixtures.USCC;
import static com.safetycredit.ledger.command.enterprise.EnterpriseFixtures.registered;
import static com.safetycredit.ledger.command.enterprise.EnterpriseFixtures.standardization;

import com.safetycredit.ledger.contracts.commands.ExpireCertification;
import com.safetycredit.ledger.contracts.commands.GrantCertification;
import com.safetycredit.ledger.contracts.commands.RevokeCertification;
import com.safetycredit.ledger.contracts.events.certification.CertificationExpired;
import com.safetycredit.ledger.contracts.events.certification.CertificationGranted;
import com.safetycredit.ledger.contracts.events.certification.CertificationRevoked;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RULES.md §5 through the aggregate. */
class CertificationRulesTest {

    private static final LocalDate ISSUED = LocalDate.of(2021, 6, 10);
    private AggregateTestFixture<EnterpriseAggregate> fixture;

    @BeforeEach
    void fixture() {
        fixture = EnterpriseFixtures.fixture();
    }

    @Test
    void aStandardizationCertificateIsValidForThreeYearsUnlessStated() {
        fixture.given(registered())
                .when(new GrantCertification(
                        USCC, "C1", "STANDARDIZATION", "1", "AQBⅠ-1", "浙江省应急管理厅", ISSUED, null, null, null))
                .expectEvents(new CertificationGranted(
                        USCC,
                        "C1",
                        "STANDARDIZATION",
                        "1",
                        "AQBⅠ-1",
                        "浙江省应急管理厅",
                        ISSUED,
                        ISSUED.plusYears(3),
                        null,
                        null));
        fixture.given(registered())
                .when(new GrantCertification(
                        USCC, "C2", "DUAL_PREVENTION", null, "SF-9", "平湖市应急管理局", ISSUED, null, null, null))
                .expectEvents(new CertificationGranted(
                        USCC, "C2", "DUAL_PREVENTION", null, "SF-9", "平湖市应急管理局", ISSUED, null, null, null));
    }

    @Test
    void theSameCertificateCannotBeRecordedTwice() {
        fixture.given(registered(), standardization("C1", "2", ISSUED))
                .when(new GrantCertification(
                        USCC, "C9", "STANDARDIZATION", "2", "AQBWHⅡ-C1", "x", ISSUED, null, null, null))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void revocationNeedsAValidCertificateAndADateNotBeforeItsIssue() {
        fixture.given(registered(), standardization("C1", "2", ISSUED))
                .when(new RevokeCertification(USCC, "C1", "提供虚假材料", ISSUED.plusDays(100), "撤-1", "FALSE_MATERIALS"))
                .expectEvents(new CertificationRevoked(
                        USCC, "C1", "提供虚假材料", ISSUED.plusDays(100), "撤-1", null, "FALSE_MATERIALS"));
        fixture.given(registered(), standardization("C1", "2", ISSUED))
                .when(new RevokeCertification(USCC, "C1", "x", ISSUED.minusDays(1), "撤-1", null))
                .expectException(ConflictException.class)
                .expectNoEvents();
        fixture.given(
                        registered(),
                        standardization("C1", "2", ISSUED),
                        new CertificationRevoked(USCC, "C1", "x", ISSUED.plusDays(1), "撤-1", null, null))
                .when(new RevokeCertification(USCC, "C1", "again", ISSUED.plusDays(2), "撤-2", null))
                .expectException(ConflictException.class)
                .expectNoEvents();
        fixture.given(registered())
                .when(new RevokeCertification(USCC, "nope", "x", ISSUED, "撤-1", null))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aCertificateExpiresOnItsDateOnce() {
        LocalDate expires = ISSUED.plusYears(3);
        fixture.given(registered(), standardization("C1", "2", ISSUED))
                .when(new ExpireCertification(USCC, "C1", expires.minusDays(1)))
                .expectNoEvents();
        fixture.given(registered(), standardization("C1", "2", ISSUED))
                .when(new ExpireCertification(USCC, "C1", expires))
                .expectEvents(new CertificationExpired(USCC, "C1", expires));
        fixture.given(registered(), standardization("C1", "2", ISSUED), new CertificationExpired(USCC, "C1", expires))
                .when(new ExpireCertification(USCC, "C1", expires.plusDays(1)))
                .expectNoEvents();
        fixture.given(
                        registered(),
                        standardization("C1", "2", ISSUED),
                        new CertificationRevoked(USCC, "C1", "x", ISSUED.plusDays(1), "撤", null, null))
                .when(new ExpireCertification(USCC, "C1", expires))
                .expectNoEvents();
    }
}

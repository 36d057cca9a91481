package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.store.LedgerReader;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The requests of the supervision, procedure, agency and practitioner endpoints check their dates, identity numbers
 * and date ranges beside Bean Validation: one refusal names every wrong field at once (as a console form shows
 * them), and appends nothing.
 */
@LedgerServerTest
class EveryWrongFieldAtOnceApiTest {

    static final LocalDate TOMORROW = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);

    @LocalServerPort
    int port;

    @Autowired
    LedgerReader store;

    @Test
    void aHazardWithAFutureDayAnEarlierDeadlineAndNoDescriptionIsRefusedForAllThree() {
        Http http = new Http(port, "registrar");
        String uscc = TestUsccs.in("330482");
        assertThat(http.post("/api/v1/enterprises", EnterpriseRegistrationApiTest.registration(uscc))
                        .status())
                .isEqualTo(201);
        long head = store.head().position();
        Http.Response refused = http.post(
                "/api/v1/enterprises/" + uscc + "/hazards",
                """
                {"foundOn":"%s","major":true,"deadline":"%s"}"""
                        .formatted(TOMORROW, TOMORROW.minusDays(5)));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsText("field"))
                .contains("foundOn", "deadline", "description");
        assertThat(refused.json().get("errors").findValuesAsText("code")).contains("future", "before-found");
        assertThat(store.head().position()).as("nothing appended").isEqualTo(head);
    }

    @Test
    void aPractitionerWithAFutureQualificationAndAWrongIdNumberIsRefusedForBoth() {
        Http http = new Http(port, "registrar");
        long head = store.head().position();
        Http.Response refused = http.post(
                "/api/v1/practitioners",
                """
                {"registrationNo":"%s","qualification":"SAFETY_ASSESSOR","qualifiedOn":"%s","name":"测试人",
                 "idNumber":"%s"}"""
                        .formatted(
                                TestPeople.registrationNo("ZAQ-W"),
                                TOMORROW,
                                TestPeople.withWrongCheck(TestPeople.idNumber())));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsText("field")).contains("qualifiedOn", "idNumber");
        assertThat(refused.json().get("detail").asText()).contains("校验码");
        assertThat(store.head().position()).as("nothing appended").isEqualTo(head);
    }
}

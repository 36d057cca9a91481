package com.safetycredit.ledger.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Award applications through the joint review, over real HTTP, and recovery when a later fact bars the award. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.embedded.in-memory=true"})
@DirtiesContext
class AwardApiTest {

    static final String LUGGAGE = "91330482MA2B00011" ;
    static final List<String> DEPARTMENTS =
            List.of("EMERGENCY_MANAGEMENT", "FINANCE", "ECONOMY_AND_INFORMATION", "MARKET_REGULATION");

    @LocalServerPort
    int port;

    @Test
    void anApprovedAwardIsGrantedWithItsAmountAndALaterFatalAccidentMarksItForRecovery() {
        Http http = new Http(port);
        String uscc = LUGGAGE + com.safetycredit.ledger.shared.domain.Uscc.checkCharacter(LUGGAGE);
        String enterprise = "/api/v1/enterprises/" + uscc;
        assertThat(http.post("/api/v1/enterprises", """
                {"uscc":"%s","name":"平湖市示例箱包制造有限公司","industry":"LUGGAGE_MANUFACTURING","regionCode":"330482",
                 "registeredOn":"2019-05-01"}""".formatted(uscc)).status()).isEqualTo(201);
        String certificate = http.post(enterprise + "/certifications", """
                {"type":"DUAL_PREVENTION","certificateNo":"七个一-2021-08","issuer":"平湖市应急管理局","issuedOn":"2021-02-01"}""")
                .json().get("id").asText();

        // refused applications append nothing
        long head = head(http);
        assertThat(apply(http, uscc, "DUAL_PREVENTION", 2019, certificate).json().get("detail").asText())
                .contains("no award policy covers policy year 2019");
        assertThat(apply(http, uscc, "FREE_LUNCH", 2021, certificate).status()).isEqualTo(400);
        assertThat(apply(http, "91330421MA2C00021" + com.safetycredit.ledger.shared.domain.Uscc.checkCharacter("91330421MA2C00021"),
                "DUAL_PREVENTION", 2021, null).status()).isEqualTo(404);
        assertThat(head(http)).isEqualTo(head);

        Http.Response applied = apply(http, uscc, "DUAL_PREVENTION", 2021, certificate);
        assertThat(applied.status()).isEqualTo(201);
        String application = applied.json().get("id").asText();
        assertThat(apply(http, uscc, "DUAL_PREVENTION", 2021, certificate).status()).as("applying twice").isEqualTo(409);

        String outcome = null;
        for (String department : DEPARTMENTS) {
            Http.Response reviewed = http.post("/api/v1/award-applications/" + application + "/reviews",
                    "{\"department\":\"" + department + "\",\"decision\":\"APPROVE\"}");
            assertThat(reviewed.status()).isEqualTo(200);
            outcome = reviewed.json().get("outcome").asText();
        }
        assertThat(outcome).isEqualTo("GRANTED");
        assertThat(http.post("/api/v1/award-applications/" + application + "/reviews",
                "{\"department\":\"FINANCE\",\"decision\":\"APPROVE\"}").status()).isEqualTo(409);

        JsonNode granted = eventOfType(http, enterprise, "AwardGranted");
        assertThat(granted.get("data").get("amountFen").asLong()).isEqualTo(5_000 * 100);

        http.post(enterprise + "/accidents", """
                {"occurredAt":"2021-10-08T09:00:00+08:00","deaths":1,"seriousInjuries":0,"personsEndangered":0,
                 "directLossYuan":300000,"duringLevelOneResponse":false,"category":"PRODUCTION","reportNo":"平应急事〔2021〕11号"}""");
        JsonNode recovery = eventOfType(http, enterprise, "AwardMarkedForRecovery");
        assertThat(recovery.get("data").get("applicationId").asText()).isEqualTo(application);
        assertThat(recovery.get("data").get("reasons").get(0).get("code").asText()).isEqualTo("FATAL_ACCIDENT_IN_YEAR");
        assertThat(recovery.get("actor").get("user").asText()).isEqualTo("award-recovery-policy");
    }

    @Test
    void oneVetoDeniesTheApplication() {
        Http http = new Http(port);
        String code = "91330482MA2B00022";
        String uscc = code + com.safetycredit.ledger.shared.domain.Uscc.checkCharacter(code);
        http.post("/api/v1/enterprises", EnterpriseRegistrationApiTest.registration(uscc).replace("}", ",\"registeredOn\":\"2019-01-01\"}"));
        String certificate = http.post("/api/v1/enterprises/" + uscc + "/certifications", """
                {"type":"DEMONSTRATION_ENTERPRISE","certificateNo":"SF-1","issuer":"平湖市应急管理局","issuedOn":"2022-03-01"}""")
                .json().get("id").asText();
        String application = apply(http, uscc, "DEMONSTRATION_ENTERPRISE", 2022, certificate).json().get("id").asText();
        assertThat(http.post("/api/v1/award-applications/" + application + "/reviews",
                "{\"department\":\"FINANCE\",\"decision\":\"VETO\"}").status()).as("a veto needs a reason").isEqualTo(400);
        Http.Response vetoed = http.post("/api/v1/award-applications/" + application + "/reviews",
                "{\"department\":\"FINANCE\",\"decision\":\"VETO\",\"reason\":\"欠缴税款\"}");
        assertThat(vetoed.json().get("outcome").asText()).isEqualTo("DENIED");
    }

    private static Http.Response apply(Http http, String uscc, String award, int year, String basis) {
        return http.post("/api/v1/award-applications", "{\"uscc\":\"" + uscc + "\",\"awardType\":\"" + award
                + "\",\"policyYear\":" + year + (basis == null ? "" : ",\"basisId\":\"" + basis + "\"") + "}");
    }

    private static long head(Http http) {
        return http.get("/api/v1/feed?after=0&limit=1").json().get("head").asLong();
    }

    private static JsonNode eventOfType(Http http, String enterprise, String type) {
        JsonNode events = http.await(enterprise + "/history", r -> r.body().contains("\"" + type + "\""))
                .json().get("events");
        for (JsonNode event : events) {
            if (event.get("type").asText().equals(type)) {
                return event;
            }
        }
        throw new AssertionError(type + " not in history");
    }
}

package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Health probes and the ledger's own gauges. */
@LedgerServerTest
class OperationsApiTest {

    @LocalServerPort
    int port;

    @Test
    void probesAndGauges() {
        Http anonymous = new Http(port, null);
        assertThat(anonymous
                        .get("/actuator/health/liveness")
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("UP");
        JsonNode anonymousReadiness =
                anonymous.get("/actuator/health/readiness").json();
        assertThat(anonymousReadiness.get("status").asText()).isEqualTo("UP");
        assertThat(anonymousReadiness.has("components"))
                .as("no details without ADMIN")
                .isFalse();
        assertThat(anonymous.get("/actuator/health").body()).doesNotContain("head", "history");
        assertThat(new Http(port, "auditor").get("/actuator/health").body()).doesNotContain("head", "history");
        JsonNode readiness =
                new Http(port, "admin").get("/actuator/health/readiness").json();
        assertThat(readiness.get("components").has("ledgerStore")).isTrue();
        assertThat(readiness
                        .get("components")
                        .get("eventProcessors")
                        .get("details")
                        .get("history")
                        .asText())
                .isEqualTo("RUNNING");

        // the working-day calendar: which years it holds, and a year the next 60 days reach that it lacks
        JsonNode calendar = new Http(port, "admin")
                .get("/actuator/health")
                .json()
                .get("components")
                .get("workingCalendar");
        assertThat(calendar.get("status").asText()).isEqualTo("UP");
        assertThat(calendar.get("details").get("from").asInt()).isEqualTo(2004);
        int last = calendar.get("details").get("to").asInt();
        int ahead = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(60).getYear();
        assertThat(calendar.get("details").has("missingYear")).isEqualTo(ahead > last);
        assertThat(readiness.get("components").has("workingCalendar"))
                .as("a missing year never makes the server unready")
                .isFalse();

        Http admin = new Http(port, "admin");
        long head = new Http(port)
                .post("/api/v1/enterprises", EnterpriseRegistrationApiTest.registration(TestUsccs.in("330482")))
                .json()
                .get("position")
                .asLong();
        assertThat(admin.get("/actuator/metrics/ledger.head.position")
                        .json()
                        .get("measurements")
                        .get(0)
                        .get("value")
                        .asDouble())
                .isEqualTo((double) head);
        JsonNode lag = admin.get("/actuator/metrics/ledger.processor.lag?tag=processor:history")
                .json();
        assertThat(lag.get("measurements").get(0).get("value").asDouble()).isBetween(0.0, 1.0);
        assertThat(admin.get("/actuator/metrics/ledger.webhook.backlog").status())
                .isEqualTo(200);
    }
}

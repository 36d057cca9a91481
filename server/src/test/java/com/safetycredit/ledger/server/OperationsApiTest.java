package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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

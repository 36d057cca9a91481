package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.safetycredit.ledger.query.award.AwardQueue;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The README's first command with sample data: every generated command is accepted, and the ledger verifies. */
class SampleDataTest {

    @Test
    void sampleDataIsAValidBusyLedger() {
        try (ConfigurableApplicationContext ledger = new SpringApplicationBuilder(LedgerApplication.class)
                .run(
                        "--server.port=0",
                        "--ledger.embedded.in-memory=true",
                        "--ledger.sample-data=true",
                        "--ledger.expiry.initial-delay=PT1H")) {
            Http http = new Http(
                    ((WebServerApplicationContext) ledger).getWebServer().getPort());
            JsonNode head = http.get("/api/v1/ledger/head").json();
            assertThat(head.get("position").asLong()).isGreaterThan(330);
            assertThat(http.get("/api/v1/ledger/verify").json().get("ok").asBoolean())
                    .isTrue();
            String types = http.get("/api/v1/feed?after=0&limit=1000").body();
            assertThat(types)
                    .contains(
                            "\"AccidentCasualtiesRevised\"",
                            "\"EnterpriseBlacklisted\"",
                            "\"AwardGranted\"",
                            "\"CertificationGranted\"",
                            "\"PenaltyImposed\"");
            // every listing has its grounds on record (RULES.md §3), none under the agencies' basis 7
            JsonNode listings = http.get("/api/v1/feed?after=0&limit=1000&types=EnterpriseBlacklisted")
                    .json()
                    .get("events");
            assertThat(listings).isNotEmpty();
            for (JsonNode listing : listings) {
                JsonNode data = listing.get("data");
                assertThat(data.get("basis").asInt()).isNotEqualTo(7);
                assertThat(!data.get("groundFactIds").isEmpty() || data.hasNonNull("groundsOverrideReason"))
                        .as(data.toString())
                        .isTrue();
            }
            // and the review queue has work: applications still waiting for a department — the three left under
            // review, and one the workload filed last without its reviews (no listing while another is in force
            // moved its stream by a few commands)
            var queue = ledger.getBean(AwardQueue.class);
            var waiting = http.await(
                    "/api/v1/ledger/head", r -> queue.waiting("FINANCE").size() == 4);
            assertThat(waiting.status()).isEqualTo(200);
            assertThat(queue.waiting("EMERGENCY_MANAGEMENT")).hasSize(3);
            // awards only for Pinghu enterprises, and every money invariant holds
            JsonNode verify = http.get("/api/v1/ledger/verify").json();
            assertThat(verify.get("moneyInvariants").get("violations")).isEmpty();
            JsonNode awards = http.get("/api/v1/awards").json();
            assertThat(awards).isNotEmpty();
            awards.forEach(award ->
                    assertThat(award.get("uscc").asText().substring(2, 8)).isEqualTo("330482"));
        }
    }
}

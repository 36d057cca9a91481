package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.safetycredit.ledger.query.award.AwardQueue;
import com.safetycredit.ledger.server.sample.SampleSubjects;
import java.util.stream.StreamSupport;
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
            // the agencies and practitioners (RULES.md §13): the assessment agency's failed spot check, penalty and
            // basis-7 listing, an erasure — and no personal field in clear anywhere in the feed
            String all = http.get("/api/v1/feed?after=0&limit=1000").body()
                    + http.get("/api/v1/feed?after=1000&limit=1000").body();
            assertThat(all)
                    .contains("\"AgencyQualityChecked\"", "\"AgencyBlacklisted\"", "\"PersonalDataErased\"")
                    .doesNotContain("周示例", "陈示例", "沈示例", "钱示例", "19850412", "19900803");
            JsonNode agencyListing = http.get("/api/v1/feed?after=0&limit=1000&types=AgencyBlacklisted")
                    .json()
                    .get("events")
                    .get(0)
                    .get("data");
            assertThat(agencyListing.get("basis").asInt()).isEqualTo(7);
            assertThat(agencyListing.get("groundFactIds")).hasSize(1);
            JsonNode evaluation = http.get("/api/v1/lists/agencies?year=2025").json();
            assertThat(evaluation.get("count").asInt()).isEqualTo(3);
            JsonNode listed = StreamSupport.stream(evaluation.get("agencies").spliterator(), false)
                    .filter(a -> a.get("uscc").asText().equals(SampleSubjects.ASSESSMENT_AGENCY))
                    .findFirst()
                    .orElseThrow();
            assertThat(listed.get("grade").asText())
                    .as("惩戒淘汰: listed in the year")
                    .isEqualTo("D");
            assertThat(http.get("/api/v1/practitioners/ZAQ-2020-330481-0011")
                            .json()
                            .get("name")
                            .asText())
                    .isEqualTo("已删除");
            assertThat(http.get("/api/v1/practitioners/ZAQ-2021-330482-0093")
                            .json()
                            .get("idNumberMasked")
                            .asText())
                    .doesNotContain("19900803");
            // and the review queue has work: applications still waiting for a department
            var queue = ledger.getBean(AwardQueue.class);
            var waiting = http.await(
                    "/api/v1/ledger/head", r -> queue.waiting("FINANCE").size() == 3);
            assertThat(waiting.status()).isEqualTo(200);
            assertThat(queue.waiting("EMERGENCY_MANAGEMENT")).hasSize(2);
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

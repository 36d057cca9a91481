package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.safetycredit.ledger.query.award.AwardQueue;
import com.safetycredit.ledger.server.sample.SampleSubjects;
import java.util.Map;
import java.util.TreeMap;
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
            // and the review queue has work: applications still waiting for a department — the three left under
            // review (the first with the emergency-management approval in), and one the workload filed last whose
            // first approval is in but not the others'
            var queue = ledger.getBean(AwardQueue.class);
            var waiting = http.await(
                    "/api/v1/ledger/head", r -> queue.waiting("FINANCE").size() == 4);
            assertThat(waiting.status()).isEqualTo(200);
            assertThat(queue.waiting("EMERGENCY_MANAGEMENT")).hasSize(2);
            // awards only for Pinghu enterprises, and every money invariant holds
            JsonNode verify = http.get("/api/v1/ledger/verify").json();
            assertThat(verify.get("moneyInvariants").get("violations")).isEmpty();
            JsonNode awards = http.get("/api/v1/awards").json();
            assertThat(awards).isNotEmpty();
            awards.forEach(award ->
                    assertThat(award.get("uscc").asText().substring(2, 8)).isEqualTo("330482"));
            gradesLikeARealCounty(http);
        }
    }

    /**
     * Graded like a real county (model v2): most enterprises hold the neutral B, a few are better (A, each on a
     * standardization bonus), a few worse (C and D, each on a deduction or a severe fact), the newest are not
     * rated yet; and every grade names its model.
     */
    private static void gradesLikeARealCounty(Http http) {
        JsonNode items = http.await(
                        "/api/v1/enterprises?size=100",
                        r -> r.json().get("total").asInt() == 68)
                .json()
                .get("items");
        Map<String, Integer> grades = new TreeMap<>();
        items.forEach(p -> grades.merge(p.get("grade").asText(), 1, Integer::sum));
        assertThat(grades.get("B")).as(grades.toString()).isGreaterThan(items.size() / 2);
        assertThat(grades.get("A")).as(grades.toString()).isBetween(1, items.size() / 10);
        assertThat(grades.getOrDefault("C", 0) + grades.getOrDefault("D", 0))
                .as(grades.toString())
                .isBetween(1, items.size() / 4);
        assertThat(grades.get("UNRATED")).as(grades.toString()).isEqualTo(4);
        for (JsonNode p : items) {
            JsonNode grade = http.get("/api/v1/enterprises/" + p.get("uscc").asText() + "/status")
                    .json()
                    .get("grade");
            assertThat(grade.get("model").asText()).isEqualTo("EXAMPLE_GRADING_MODEL r2");
            switch (grade.get("grade").asText()) {
                case "A" -> assertThat(grade.get("inputs").toString()).contains("STANDARDIZATION");
                case "C" -> assertThat(grade.get("deductions")).isNotEmpty();
                case "D" -> assertThat(grade.get("reasons")).isNotEmpty();
                default -> assertThat(grade.get("reasons")).as(grade.toString()).isNotEmpty();
            }
        }
    }
}

package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.safetycredit.ledger.store.LedgerCollections;
import com.safetycredit.ledger.verifier.OfflineVerifierCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * An auditor with only an export and a head proves the ledger intact and reproduces the lists and award
 * decisions; tampering with the store is caught online and offline; the replay check compares read models.
 */
// a server of its own: it damages the chain on purpose, and counts every event (no daily digest meanwhile)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.embedded.in-memory=true", "ledger.expiry.initial-delay=PT1H", "ledger.digest.cron=-"})
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditApiTest {

    static final String AS_OF = "2024-06-01";
    static final String CLEAN = ReadSideApiTest.code("91330482MA2F00011");
    static final String LISTED = ReadSideApiTest.code("91330421MA2F00022");
    static final String AWARDED = ReadSideApiTest.code("91330482MA2F00033");

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    Http http;

    private JsonNode post(String path, String body) {
        Http.Response response = http.post(path, body);
        assertThat(response.status()).as(path + " → " + response.body()).isBetween(200, 202);
        return response.json();
    }

    @BeforeAll
    void record() {
        http = new Http(port);
        for (String[] e : List.of(
                new String[] {CLEAN, "平湖市示范机械有限公司", "MANUFACTURING", "330482"},
                new String[] {LISTED, "嘉善县示例冶金有限公司", "METAL_SMELTING", "330421"},
                new String[] {AWARDED, "平湖市示例服装有限公司", "GARMENT_MANUFACTURING", "330482"})) {
            post(
                    "/api/v1/enterprises",
                    """
                    {"uscc":"%s","name":"%s","industry":"%s","regionCode":"%s","registeredOn":"2019-01-02"}"""
                            .formatted(e[0], e[1], e[2], e[3]));
        }
        post(
                "/api/v1/enterprises/" + CLEAN + "/certifications",
                """
                {"type":"STANDARDIZATION","level":"1","certificateNo":"AQBⅠ-1","issuer":"浙江省应急管理厅","issuedOn":"2022-05-10"}""");
        post(
                "/api/v1/enterprises/" + LISTED + "/penalties",
                """
                {"decisionNo":"善罚-1","decidedOn":"2024-01-05","violation":"v","fineYuan":200000,"serious":true,"summaryProcedure":false,
                 "permitViolation":"WITHOUT_PERMIT"}""");
        post(
                "/api/v1/enterprises/" + LISTED + "/listings",
                """
                {"basis":6,"penaltyDecisionNo":"善罚-1","authority":"嘉善县应急管理局","decisionNo":"善失信-1","decidedOn":"2024-02-01"}""");
        // the red list is a decision (认定) on an enterprise that made a public commitment
        post(
                "/api/v1/enterprises/" + CLEAN + "/commitments",
                """
                {"madeOn":"2023-01-10","text":"守法经营承诺","publishedAt":"2023-01-11T09:00:00+08:00"}""");
        post(
                "/api/v1/enterprises/" + CLEAN + "/red-list-decisions",
                """
                {"decidedOn":"2023-02-01","decisionNo":"平应急信〔2023〕1号","authority":"平湖市应急管理局"}""");
        String investment = post(
                        "/api/v1/enterprises/" + AWARDED + "/safety-investments",
                        """
                {"type":"SMART_FIRE_SYSTEM","policyYear":2021,"amountYuan":300000,
                 "details":{"singleBuildingAreaM2":4800,"listedSupplier":true,"connectedToProvincialPlatform":true,
                 "subsystems":["FIRE_CONTROL_ROOM_REMOTE_MONITORING","PIPE_NETWORK_WATER_PRESSURE_DETECTION"]}}""")
                .get("id")
                .asText();
        String application = post(
                        "/api/v1/award-applications",
                        """
                {"uscc":"%s","awardType":"SMART_FIRE_SYSTEM","policyYear":2021,"basisId":"%s"}"""
                                .formatted(AWARDED, investment))
                .get("id")
                .asText();
        AwardApiTest.approveByAll(port, application);
        String insurance = post(
                        "/api/v1/enterprises/" + AWARDED + "/safety-investments",
                        """
                {"type":"LIABILITY_INSURANCE","policyYear":2021,"amountYuan":50000}""")
                .get("id")
                .asText();
        String vetoed = post(
                        "/api/v1/award-applications",
                        """
                {"uscc":"%s","awardType":"LIABILITY_INSURANCE_SUBSIDY","policyYear":2021,"basisId":"%s"}"""
                                .formatted(AWARDED, insurance))
                .get("id")
                .asText();
        new Http(port, "reviewer-finance")
                .post("/api/v1/award-applications/" + vetoed + "/reviews", "{\"decision\":\"VETO\",\"reason\":\"欠税\"}");
        for (String projection : List.of("profiles", "history")) {
            http.await(
                    "/api/v1/admin/projections/" + projection,
                    r -> !r.json().get("replaying").asBoolean()
                            && r.json().get("position").asLong()
                                    >= r.json().get("head").asLong());
        }
    }

    @Test
    @Order(1)
    void theHeadVerifiesOnlineFromPositionOneAndFromADigest() throws Exception {
        JsonNode head = http.get("/api/v1/ledger/head").json();
        JsonNode verified = http.get("/api/v1/ledger/verify").json();
        assertThat(verified.get("ok").asBoolean()).isTrue();
        assertThat(verified.get("checked").asLong())
                .isEqualTo(head.get("position").asLong());

        JsonNode digest = post("/api/v1/ledger/digests", "");
        assertThat(digest.get("hash").asText()).isEqualTo(head.get("hash").asText());
        JsonNode listed = http.await("/api/v1/ledger/digests", r -> r.json().size() == 1)
                .json()
                .get(0);
        assertThat(listed.get("position").asLong())
                .isEqualTo(head.get("position").asLong());
        long after = head.get("position").asLong() + 1;
        JsonNode fromDigest = http.get("/api/v1/ledger/verify?from=" + after + "&previousHash="
                        + listed.get("hash").asText())
                .json();
        assertThat(fromDigest.get("ok").asBoolean()).isTrue();
        assertThat(fromDigest.get("checked").asLong()).isEqualTo(1); // the digest event itself
        assertThat(http.get("/api/v1/ledger/verify?from=" + after + "&previousHash=" + "0".repeat(64))
                        .json()
                        .get("ok")
                        .asBoolean())
                .as("a wrong trusted hash fails")
                .isFalse();
        assertThat(http.get("/api/v1/ledger/verify?from=1&to=999999").status()).isEqualTo(400);

        String location = "/api/v1/ledger/verifications/"
                + post("/api/v1/ledger/verifications", "").get("id").asText();
        JsonNode job =
                http.await(location, r -> r.json().get("done").asBoolean()).json();
        assertThat(job.get("result").get("ok").asBoolean()).isTrue();
        assertThat(job.get("moneyInvariants").get("ok").asBoolean())
                .as("a background verification of the whole ledger also checks the money")
                .isTrue();
    }

    @Test
    @Order(2)
    void theOfflineVerifierReproducesTheListsAndAwardDecisionsFromTheExportAlone(@TempDir Path dir) throws Exception {
        // a 双随机 draw: the verifier re-runs it from the export and gets the same enterprises
        JsonNode draw = post(
                "/api/v1/supervision/draws",
                """
                {"year":2024,"period":"2024上半年","regionCode":"330482","count":1,"seed":"audit-seed",
                 "inspectors":{"roster":["ZJ-1","ZJ-2","ZJ-3"],"perEnterprise":2}}""");
        JsonNode head = http.get("/api/v1/ledger/head").json();
        Path export = dir.resolve("ledger.ndjson");
        Files.writeString(export, http.get("/api/v1/ledger/export").body(), StandardCharsets.UTF_8);
        assertThat(Files.readAllLines(export)).hasSize(head.get("position").asInt());

        Verified offline = runVerifier(export, head, "json");
        assertThat(offline.exitCode()).isZero();
        JsonNode report = new ObjectMapper().readTree(offline.output());
        assertThat(report.get("chain").get("ok").asBoolean()).isTrue();
        assertThat(report.get("headMatches").asBoolean()).isTrue();
        assertThat(usccs(report.get("blackList")))
                .isEqualTo(usccs(
                        http.get("/api/v1/lists/black?validAt=" + AS_OF).json().get("enterprises")))
                .containsExactly(LISTED);
        assertThat(usccs(report.get("redList")))
                .isEqualTo(usccs(
                        http.get("/api/v1/lists/red?validAt=" + AS_OF).json().get("enterprises")))
                .containsExactly(CLEAN);
        for (JsonNode status : report.get("statuses")) {
            JsonNode online = http.get(
                            "/api/v1/enterprises/" + status.get("uscc").asText() + "/status?validAt=" + AS_OF)
                    .json();
            assertThat(status.get("status").asText())
                    .isEqualTo(online.get("status").asText());
            assertThat(status.get("grade").asText())
                    .isEqualTo(online.get("grade").get("grade").asText());
        }
        JsonNode draws = report.get("draws");
        assertThat(draws).hasSize(1);
        assertThat(draws.get(0).get("matches").asBoolean()).isTrue();
        assertThat(draws.get(0).get("candidatesMatch").asBoolean()).isTrue();
        assertThat(draws.get(0).get("recomputedDrawn"))
                .isEqualTo(draws.get(0).get("recordedDrawn"))
                .isEqualTo(draw.get("draw").get("drawn"));
        assertThat(draws.get(0).get("candidates").asInt()).isEqualTo(2);
        JsonNode awards = report.get("awards");
        assertThat(awards).hasSize(1); // the vetoed application is a department's decision, not the rules'
        assertThat(awards.get(0).get("matches").asBoolean()).isTrue();
        assertThat(awards.get(0).get("recordedAmountFen").asLong()).isEqualTo(90_000L * 100);

        Verified text = runVerifier(export, head, "text");
        assertThat(text.output()).contains("chain intact", "matches the trusted head", LISTED, "RESULT: OK");
    }

    @Test
    @Order(3)
    void theReplayCheckFindsTheReadModelsEqualAndNamesADifference() {
        JsonNode check = post("/api/v1/ledger/replay-check", "");
        assertThat(check.get("equal").asBoolean()).as(check.toString()).isTrue();
        assertThat(check.get("profiles").asInt()).isEqualTo(3);

        database.getCollection("enterprise_profiles").updateOne(Filters.eq("_id", CLEAN), Updates.set("name", "改过的名字"));
        JsonNode broken = post("/api/v1/ledger/replay-check", "");
        assertThat(broken.get("equal").asBoolean()).isFalse();
        assertThat(broken.get("differences").get(0).asText()).contains("enterprise_profiles", CLEAN);
    }

    @Test
    @Order(4)
    void aChangedByteIsCaughtOnlineAndOffline(@TempDir Path dir) throws Exception {
        JsonNode head = http.get("/api/v1/ledger/head").json();
        Document commit = database.getCollection(LedgerCollections.COMMITS)
                .find(Filters.eq("_id", 5L))
                .first();
        List<Document> events = new ArrayList<>(commit.getList("events", Document.class));
        Document event = events.get(0);
        event.put("payload", event.getString("payload").replace("200000", "20000"));
        database.getCollection(LedgerCollections.COMMITS)
                .updateOne(Filters.eq("_id", 5L), Updates.set("events", events));

        JsonNode online = http.get("/api/v1/ledger/verify").json();
        assertThat(online.get("ok").asBoolean()).isFalse();
        assertThat(online.get("firstBadPosition").asLong()).isEqualTo(5);

        Path export = dir.resolve("tampered.ndjson");
        Files.writeString(export, http.get("/api/v1/ledger/export").body(), StandardCharsets.UTF_8);
        Verified offline = runVerifier(export, head, "text");
        assertThat(offline.exitCode()).isEqualTo(1);
        assertThat(offline.output()).contains("chain BROKEN at position 5", "RESULT: FAILED");
    }

    private record Verified(int exitCode, String output) {}

    private static Verified runVerifier(Path export, JsonNode head, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = OfflineVerifierCli.run(
                new String[] {
                    "--export",
                    export.toString(),
                    "--head-position",
                    head.get("position").asText(),
                    "--head-hash",
                    head.get("hash").asText(),
                    "--as-of",
                    AS_OF,
                    "--format",
                    format
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        return new Verified(code, out.toString(StandardCharsets.UTF_8));
    }

    private static List<String> usccs(JsonNode list) {
        List<String> usccs = new ArrayList<>();
        list.forEach(e -> usccs.add(e.get("uscc").asText()));
        return usccs;
    }
}

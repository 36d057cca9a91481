package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.safetycredit.ledger.store.LedgerReader;
import com.safetycredit.ledger.verifier.OfflineVerifierCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Personal data that can be erased without breaking the chain: a practitioner's name and identity number are
 * sealed before they enter an event, appear in clear nowhere (feed, history, export), and after an erasure by an
 * administrator every answer shows 已删除 while the chain verifies online and offline.
 */
// a server of its own: the offline verifier reads the whole ledger, and the key collection is put elsewhere
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ledger.embedded.in-memory=true",
            "ledger.expiry.initial-delay=PT1H",
            "ledger.digest.cron=-",
            "ledger.personal-data.keys.database=personal_keys_elsewhere",
            "ledger.personal-data.keys.collection=keys_of_people"
        })
@DirtiesContext
class PersonalDataErasureApiTest {

    @LocalServerPort
    int port;

    @Autowired
    LedgerReader store;

    @Autowired
    MongoClient client;

    private long head() {
        return store.head().position();
    }

    private JsonNode ok(Http.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }

    private JsonNode refused(Http http, String path, String body, int status, String code) {
        long before = head();
        Http.Response response = http.post(path, body);
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (code != null) {
            assertThat(response.json().get("errors").get(0).get("code").asText())
                    .isEqualTo(code);
        }
        assertThat(head()).as("nothing appended").isEqualTo(before);
        return response.json();
    }

    @Test
    void anErasureLeavesAVerifiableChainWithTheDataGone(@TempDir Path dir) throws Exception {
        Http http = new Http(port);
        String enterprise = TestUsccs.in("330482");
        ok(http.post(
                "/api/v1/enterprises",
                """
                {"uscc":"%s","name":"平湖市示例机械有限公司","industry":"MANUFACTURING","regionCode":"330482",
                 "registeredOn":"2019-01-02"}"""
                        .formatted(enterprise)));
        String registrationNo = TestPeople.registrationNo("ZA");
        String idNumber = TestPeople.idNumber();
        String person =
                """
                {"registrationNo":"%s","qualification":"REGISTERED_SAFETY_ENGINEER","qualifiedOn":"2021-03-01",
                 "name":"王秀英","idNumber":"%s","employerUscc":"%s","employedFrom":"2021-04-01"}""";

        // bad input: a problem, nothing appended
        refused(http, "/api/v1/practitioners", person.formatted("", idNumber, enterprise), 400, "not-blank");
        refused(
                http,
                "/api/v1/practitioners",
                person.formatted("注安/2021", idNumber, enterprise),
                400,
                "registration-no");
        JsonNode wrongCheck = refused(
                http,
                "/api/v1/practitioners",
                person.formatted(registrationNo, TestPeople.withWrongCheck(idNumber), enterprise),
                400,
                "id-number");
        assertThat(wrongCheck.get("detail").asText()).contains("校验码").doesNotContain(idNumber.substring(6, 14));
        refused(
                http,
                "/api/v1/practitioners",
                person.formatted(registrationNo, idNumber, TestUsccs.in("330482")),
                404,
                "unknown-employer");

        long registeredAt = ok(http.post(
                        "/api/v1/practitioners", person.formatted(registrationNo, idNumber, enterprise)))
                .get("position")
                .asLong();
        String path = "/api/v1/practitioners/" + registrationNo;
        JsonNode profile = http.get(path).json();
        assertThat(profile.get("name").asText()).isEqualTo("王秀英");
        assertThat(profile.get("idNumberMasked").asText())
                .isEqualTo(idNumber.substring(0, 4) + "**********" + idNumber.substring(14));
        assertThat(profile.get("employments").get(0).get("employerName").asText())
                .isEqualTo("平湖市示例机械有限公司");
        assertThat(profile.toString()).doesNotContain(idNumber);

        // nothing personal in clear: not in the feed, not in the export, not in the history
        String feed = http.get("/api/v1/feed?after=0&limit=1000").body();
        String export = http.get("/api/v1/ledger/export").body();
        for (String anywhere :
                new String[] {feed, export, http.get(path).json().get("history").toString()}) {
            assertThat(anywhere).doesNotContain(idNumber).doesNotContain("王秀英").contains(registrationNo);
        }
        assertThat(feed).contains("pd1:prc-" + registrationNo + ":");

        // only an administrator erases, with the request it answers
        String erasure = """
                {"requestNo":"平应急个信〔2026〕1号","reason":"本人依个人信息保护法第四十七条申请删除"}""";
        refused(new Http(port, "registrar"), path + "/erasure", erasure, 403, null);
        refused(http, path + "/erasure", "{\"reason\":\"x\"}", 400, "not-blank");
        JsonNode erased = ok(new Http(port, "admin").post(path + "/erasure", erasure));
        assertThat(erased.get("position").asLong()).isGreaterThan(registeredAt);

        MongoCollection<Document> keys =
                client.getDatabase("personal_keys_elsewhere").getCollection("keys_of_people");
        Document tombstone =
                keys.find(Filters.eq("_id", "prc-" + registrationNo)).first();
        assertThat(tombstone)
                .as("the key, in its own collection, destroyed")
                .isNotNull()
                .doesNotContainKey("key");

        JsonNode after = http.get(path).json();
        assertThat(after.get("erased").asBoolean()).isTrue();
        assertThat(after.get("name").asText()).isEqualTo("已删除");
        assertThat(after.get("idNumberMasked").asText()).isEqualTo("已删除");
        JsonNode registered = after.get("history").get(0).get("data");
        assertThat(registered.get("name").asText()).isEqualTo("已删除");
        assertThat(registered.get("idNumber").asText()).isEqualTo("已删除");
        assertThat(after.get("history")
                        .get(after.get("history").size() - 1)
                        .get("type")
                        .asText())
                .isEqualTo("PersonalDataErased");
        refused(new Http(port, "admin"), path + "/erasure", erasure, 409, "already-erased");
        // what is not personal stays on record: the person can still change employer
        ok(http.post(
                path + "/employments/"
                        + after.get("employments").get(0).get("employmentId").asText() + "/end",
                "{\"endedOn\":\"2026-01-31\"}"));

        // a read model rebuilt from position 0 has nothing to forget
        assertThat(new Http(port, "admin")
                        .post("/api/v1/admin/projections/directory/replay", "")
                        .status())
                .isEqualTo(202);
        JsonNode found = http.await(
                        "/api/v1/practitioners?q=" + registrationNo,
                        r -> r.json().size() == 1 && !r.json().get(0).has("employerUscc"))
                .json()
                .get(0);
        assertThat(found.get("erased").asBoolean()).isTrue();
        assertThat(found.toString()).doesNotContain("已删除").doesNotContain("pd1:");

        // the chain verifies online ...
        JsonNode verified = http.get("/api/v1/ledger/verify").json();
        assertThat(verified.get("ok").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.get("checked").asLong()).isEqualTo(head());
        // ... and offline, from the export alone, showing the fields erased
        JsonNode ledgerHead = http.get("/api/v1/ledger/head").json();
        Path file = dir.resolve("ledger.ndjson");
        Files.writeString(file, http.get("/api/v1/ledger/export").body(), StandardCharsets.UTF_8);
        assertThat(Files.readString(file)).isEqualTo(export + exportAfter(http, export));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = OfflineVerifierCli.run(
                new String[] {
                    "--export", file.toString(),
                    "--head-position", ledgerHead.get("position").asText(),
                    "--head-hash", ledgerHead.get("hash").asText(),
                    "--format", "json"
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(code).as(report.toString()).isZero();
        assertThat(report.get("chain").get("ok").asBoolean()).isTrue();
        JsonNode offline = report.get("practitioners").get(0);
        assertThat(offline.get("registrationNo").asText()).isEqualTo(registrationNo);
        assertThat(offline.get("name").asText()).isEqualTo("已删除");
        assertThat(offline.get("erased").asBoolean()).isTrue();
    }

    /** What was appended after the first export: the export of earlier positions never changes. */
    private static String exportAfter(Http http, String earlier) {
        long lines = earlier.lines().count();
        return http.get("/api/v1/ledger/export?from=" + (lines + 1)).body();
    }
}

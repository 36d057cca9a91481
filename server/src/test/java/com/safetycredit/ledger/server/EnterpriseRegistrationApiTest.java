package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The first vertical slice over real HTTP: register an enterprise, read its history and the feed. */
@LedgerServerTest
class EnterpriseRegistrationApiTest {

    static final String PINGHU = TestUsccs.in("330482");
    static final String SHANGHAI = TestUsccs.in("310110");

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private long head() {
        return http.get("/api/v1/feed?after=0&limit=1").json().get("head").asLong();
    }

    static String registration(String uscc) {
        return """
                {"uscc":"%s","name":"平湖市示例化工有限公司","industry":"HAZARDOUS_CHEMICALS",
                 "regionCode":"330482","address":"平湖市独山港镇示例路1号"}"""
                .formatted(uscc);
    }

    @Test
    void aRegisteredEnterpriseAppearsInItsHistoryAndInTheFeed() {
        Http.Response created = http.post("/api/v1/enterprises", registration(PINGHU));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("id").asText()).isEqualTo(PINGHU);
        long position = created.json().get("position").asLong();
        assertThat(position).isPositive();

        Http.Response history = http.await(
                "/api/v1/enterprises/" + PINGHU + "/history",
                r -> r.status() == 200 && r.json().get("events").size() == 1);
        JsonNode event = history.json().get("events").get(0);
        assertThat(event.get("position").asLong()).isEqualTo(position);
        assertThat(event.get("type").asText()).isEqualTo("EnterpriseRegistered");
        assertThat(event.get("revision").asInt()).isEqualTo(1);
        assertThat(event.get("validTime").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(event.get("recordedAt").asText()).isNotBlank();
        // who did it comes from the authenticated principal, never from the body
        assertThat(event.get("actor").get("user").asText()).isEqualTo("tester");
        assertThat(event.get("actor").get("role").asText()).isEqualTo("REGISTRAR");
        assertThat(event.get("actor").get("authority").asText()).isEqualTo("平湖市应急管理局");
        assertThat(event.get("data").get("name").asText()).isEqualTo("平湖市示例化工有限公司");

        JsonNode feed = http.get("/api/v1/feed?after=" + (position - 1)).json();
        JsonNode published = feed.get("events").get(0);
        assertThat(published.get("position").asLong()).isEqualTo(position);
        assertThat(published.get("type").asText()).isEqualTo("EnterpriseRegistered");
        assertThat(published.get("data").get("uscc").asText()).isEqualTo(PINGHU);
        assertThat(published.get("hash").asText()).hasSize(64);
        assertThat(published.get("metadata").has("clientAddress")).isFalse();
        assertThat(feed.get("next").asLong()).isEqualTo(position);
    }

    @Test
    void aCodeWithAWrongCheckCharacterIsA400ProblemAndAppendsNothing() {
        long before = head();
        Http.Response refused = http.post("/api/v1/enterprises", registration("91330482MA28A1B56H"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.get("title").asText()).isEqualTo("请求无效");
        assertThat(problem.get("type").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).contains("校验位应为 G，实为 H");
        assertThat(problem.get("errors").get(0).get("code").asText()).isEqualTo("uscc");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("uscc");
        assertThat(head()).isEqualTo(before);
    }

    @Test
    void aPilotCodeFailingTheChecksumIsAcceptedWithAnOverrideAndTheReasonIsRecorded() {
        String pilot = "91350211M00013FA1N";
        String body = registration(pilot).replace("}", ",\"checksumOverride\":{\"reason\":\"早期试点地区代码，登记机关核实\"}}");
        Http.Response created = http.post("/api/v1/enterprises", body);
        assertThat(created.status()).isEqualTo(201);
        Http.Response history = http.await(
                "/api/v1/enterprises/" + pilot + "/history",
                r -> r.status() == 200 && r.json().get("events").size() == 1);
        assertThat(history.json()
                        .get("events")
                        .get(0)
                        .get("data")
                        .get("checksumOverrideReason")
                        .asText())
                .isEqualTo("早期试点地区代码，登记机关核实");
    }

    @Test
    void registeringTheSameEnterpriseTwiceIsA409AndAppendsNothing() {
        assertThat(http.post("/api/v1/enterprises", registration(SHANGHAI)).status())
                .isEqualTo(201);
        long before = head();
        Http.Response again = http.post("/api/v1/enterprises", registration(SHANGHAI));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(head()).isEqualTo(before);
    }

    @Test
    void malformedJsonMissingFieldsAndFutureDatesAre400ProblemsNamingTheFields() {
        long before = head();
        Http.Response malformed = http.post("/api/v1/enterprises", "{\"uscc\": \"9133");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("code").asText()).startsWith("malformed-json");
        assertThat(malformed.json().get("detail").asText()).startsWith("请求体不是本接口接受的 JSON");

        Http.Response missing = http.post("/api/v1/enterprises", "{\"uscc\":\"" + PINGHU + "\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").findValuesAsText("field")).contains("name", "industry", "regionCode");

        Http.Response future = http.post(
                "/api/v1/enterprises", registration(PINGHU).replace("}", ",\"registeredOn\":\"2999-01-01\"}"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("errors").findValuesAsText("field")).contains("registeredOn");
        assertThat(head()).isEqualTo(before);
    }

    @Test
    void theHistoryOfAnUnknownEnterpriseIsA404Problem() {
        Http.Response unknown = http.get("/api/v1/enterprises/91330421MA2BXXXXXX/history");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("title").asText()).isEqualTo("未找到");
        assertThat(unknown.json().get("errors").get(0).get("code").asText()).isEqualTo("unknown-enterprise");
    }

    @Test
    void impossibleFeedCursorsAre400Problems() {
        assertThat(http.get("/api/v1/feed?after=-1").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/feed?limit=0").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/feed?limit=100000").status()).isEqualTo(400);
        Http.Response notANumber = http.get("/api/v1/feed?after=abc");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.json().get("errors").get(0).get("field").asText()).isEqualTo("after");
    }

    @Test
    void theApiIsDescribedAsOpenApi() {
        JsonNode api = http.get("/v3/api-docs").json();
        assertThat(api.get("paths").has("/api/v1/enterprises")).isTrue();
        assertThat(api.get("paths").has("/api/v1/enterprises/{uscc}/history")).isTrue();
        assertThat(api.get("paths").has("/api/v1/feed")).isTrue();
        assertThat(http.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}

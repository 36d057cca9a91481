package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Thousands of malformed or hostile requests against every write endpoint: wrong types, huge numbers, control
 * characters, deep JSON, injection strings, Mongo operators in identifiers, unknown fields. No 5xx, nothing
 * appended, and the ledger still verifies.
 */
@LedgerServerTest
class HostileInputApiTest {

    static final String USCC = TestUsccs.in("330482");
    static final String[] HOSTILE_STRINGS = {
        "",
        " ",
        "\u0000",
        "\u0007\u001b[2J",
        "'; DROP TABLE enterprises; --",
        "<script>alert(1)</script>",
        "${jndi:ldap://127.0.0.1/x}",
        "../../../../etc/passwd",
        "{\"$gt\": \"\"}",
        "$where",
        "\uD83D\uDCA3",
        "9".repeat(400),
        "字".repeat(3000),
        "NaN",
        "-0",
        "1e400",
        "null",
        "true",
        "\\u0000",
        "%00",
        "\r\n\r\nX: y",
        "R\u202eX",
        "\u2066x\u2069",
        "a\u0085b",
        "\u2028"
    };
    static final String[] HOSTILE_VALUES = {
        "null", "true", "-1", "0", "1e400", "99999999999999999999999999", "-9223372036854775809", "3.5",
        "\"\"", "\"2999-01-01\"", "\"2021-13-45\"", "[]", "{}", "{\"$gt\":\"\"}", "{\"$ne\":null}", "[1,2,3]",
        "\"12\"", "1.5", "1619850600", "\"true\"", "0", "1"
    };
    static final String[] FIELDS = {
        "uscc",
        "name",
        "industry",
        "regionCode",
        "address",
        "type",
        "level",
        "certificateNo",
        "issuer",
        "issuedOn",
        "expiresOn",
        "policyYear",
        "amountYuan",
        "details",
        "occurredAt",
        "deaths",
        "seriousInjuries",
        "personsEndangered",
        "directLossYuan",
        "duringLevelOneResponse",
        "category",
        "reportNo",
        "summary",
        "revisedOn",
        "reason",
        "liable",
        "concludedOn",
        "replyNo",
        "decisionNo",
        "decidedOn",
        "violation",
        "fineYuan",
        "serious",
        "summaryProcedure",
        "basis",
        "regime",
        "penaltyDecisionNo",
        "authority",
        "awardType",
        "basisId",
        "department",
        "decision",
        "url",
        "types",
        "secret",
        "effectiveOn",
        "$where"
    };

    @LocalServerPort
    int port;

    @Test
    void noHostileRequestGets5xxOrAppendsAnything() {
        Http http = new Http(port);
        assertThat(http.post("/api/v1/enterprises", EnterpriseRegistrationApiTest.registration(USCC))
                        .status())
                .isEqualTo(201);
        long head = http.get("/api/v1/ledger/head").json().get("position").asLong();

        Random random = new Random(20261122);
        List<String> paths = new ArrayList<>();
        String e = "/api/v1/enterprises/" + USCC;
        for (String tail : List.of(
                "",
                "/profile-changes",
                "/certifications",
                "/certifications/x/revocation",
                "/safety-investments",
                "/accidents",
                "/accidents/x/revisions",
                "/accidents/x/conclusion",
                "/accidents/x/retraction",
                "/penalties",
                "/listings",
                "/listings/x/early-removal",
                "/listings/x/revocation")) {
            paths.add(tail.isEmpty() ? "/api/v1/enterprises" : e + tail);
        }
        paths.add("/api/v1/award-applications");
        paths.add("/api/v1/award-applications/x/reviews");
        paths.add("/api/v1/subscriptions");

        int requests = 0;
        for (int i = 0; i < 2500; i++) {
            String path = paths.get(random.nextInt(paths.size()));
            if (random.nextInt(5) == 0) { // a hostile identifier in the path
                String id = HOSTILE_STRINGS[random.nextInt(HOSTILE_STRINGS.length)];
                path = path.replace(
                                USCC,
                                URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"))
                        .replace("/x/", "/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/");
            }
            Http.Response response = http.post(path, body(random));
            requests++;
            assertThat(response.status()).as("POST " + path).isLessThan(500);
        }
        assertThat(requests).isEqualTo(2500);
        assertThat(http.get("/api/v1/ledger/head").json().get("position").asLong())
                .as("nothing appended")
                .isEqualTo(head);
        assertThat(http.get("/api/v1/ledger/verify").json().get("ok").asBoolean())
                .isTrue();
        for (String id : HOSTILE_STRINGS) {
            String path = "/api/v1/enterprises/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/history";
            assertThat(http.get(path).status()).as(path).isLessThan(500);
        }
    }

    @Test
    void anIdentifierOfThousandsOfCharactersInAPathIsAnsweredWithAProblemNotAReset() {
        Http http = new Http(port);
        String id = URLEncoder.encode("字".repeat(3000), StandardCharsets.UTF_8);
        long head = http.get("/api/v1/ledger/head").json().get("position").asLong();
        for (int i = 0; i < 100; i++) { // the reset was a race: ask often enough to meet it
            Http.Response response =
                    http.post("/api/v1/enterprises/" + id + "/accidents/" + id + "/revisions", "[".repeat(200_000));
            assertThat(response.status()).isBetween(400, 499);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(http.get("/api/v1/ledger/head").json().get("position").asLong())
                .isEqualTo(head);
    }

    @Test
    void unknownFieldsAreRefusedNamingTheField() {
        Http.Response response = new Http(port)
                .post(
                        "/api/v1/enterprises",
                        EnterpriseRegistrationApiTest.registration(TestUsccs.in("330482"))
                                .replace("}", ",\"actor\":\"someone-else\"}"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("actor");
    }

    @Test
    void oversizedBodiesAreRefused() {
        Http.Response response =
                new Http(port).post("/api/v1/enterprises", "{\"name\":\"" + "x".repeat(300_000) + "\"}");
        assertThat(response.status()).isEqualTo(413);
    }

    private static String body(Random random) {
        switch (random.nextInt(6)) {
            case 0:
                return "[".repeat(5000) + "]".repeat(5000);
            case 1:
                return HOSTILE_STRINGS[random.nextInt(HOSTILE_STRINGS.length)];
            case 2:
                return "{\"uscc\": " + HOSTILE_VALUES[random.nextInt(HOSTILE_VALUES.length)];
            default:
                StringBuilder json = new StringBuilder("{");
                int fields = 1 + random.nextInt(8);
                for (int f = 0; f < fields; f++) {
                    if (f > 0) {
                        json.append(',');
                    }
                    json.append('"')
                            .append(FIELDS[random.nextInt(FIELDS.length)])
                            .append("\":");
                    if (random.nextBoolean()) {
                        json.append(HOSTILE_VALUES[random.nextInt(HOSTILE_VALUES.length)]);
                    } else {
                        String s = HOSTILE_STRINGS[random.nextInt(HOSTILE_STRINGS.length)];
                        json.append('"')
                                .append(s.replace("\\", "\\\\")
                                        .replace("\"", "\\\"")
                                        .replace("\u0000", "\\u0000")
                                        .replace("\u0007", "\\u0007")
                                        .replace("\u001b", "\\u001b")
                                        .replace("\r", "\\r")
                                        .replace("\n", "\\n"))
                                .append('"');
                    }
                }
                return json.append('}').toString();
        }
    }
}

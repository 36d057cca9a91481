package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Input is read exactly as written: no coercion between numbers, strings, flags and dates, no missing number
 * read as 0, no control or bidirectional-override character in any text, unknown feed types refused, and
 * every refusal — Tomcat's and the security firewall's included — an {@code application/problem+json} that
 * appends nothing.
 */
@LedgerServerTest
class StrictInputApiTest {

    static final String USCC = TestUsccs.in("330482");
    private static final AtomicBoolean REGISTERED = new AtomicBoolean();
    static final String ACCIDENT =
            """
            {"occurredAt":"2021-05-01T14:30:00+08:00","deaths":3,"seriousInjuries":0,"personsEndangered":0,
             "directLossYuan":0,"duringLevelOneResponse":false,"category":"PRODUCTION","reportNo":"R-1",
             "summary":"第一行\\n第二行"}""";

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void registered() {
        http = new Http(port);
        if (REGISTERED.compareAndSet(false, true)) {
            assertThat(http.post("/api/v1/enterprises", EnterpriseRegistrationApiTest.registration(USCC))
                            .status())
                    .isEqualTo(201);
        }
    }

    @Test
    void aRevisionLeavingOutDeathsIsRefusedNotReadAsZero() {
        Http.Response accident = http.post(path("/accidents"), ACCIDENT);
        assertThat(accident.status()).as(accident.body()).isEqualTo(201);
        assertThat(accident.json().get("grade").asText()).isEqualTo("LARGE");
        String id = accident.json().get("id").asText();
        refused(
                "/accidents/" + id + "/revisions",
                """
                {"seriousInjuries":0,"personsEndangered":0,"directLossYuan":0,"revisedOn":"2021-05-02",
                 "reason":"更正"}""",
                "deaths",
                "not-null");
        refused(
                "/accidents",
                ACCIDENT.replace("\"duringLevelOneResponse\":false,", ""),
                "duringLevelOneResponse",
                "not-null");
        refused(
                "/penalties",
                        """
                {"decisionNo":"P-1","decidedOn":"2021-01-01","violation":"x","serious":true,"summaryProcedure":false}""",
                "fineYuan", "not-null");
    }

    @Test
    void scalarsAreNotCoerced() {
        for (String[] wrong : List.of(
                new String[] {"\"deaths\":3", "\"deaths\":\"3\"", "deaths"},
                new String[] {"\"deaths\":3", "\"deaths\":3.5", "deaths"},
                new String[] {"\"deaths\":3", "\"deaths\":3.0", "deaths"},
                new String[] {"\"deaths\":3", "\"deaths\":true", "deaths"},
                new String[] {"\"directLossYuan\":0", "\"directLossYuan\":\"0\"", "directLossYuan"},
                new String[] {
                    "\"duringLevelOneResponse\":false", "\"duringLevelOneResponse\":0", "duringLevelOneResponse"
                },
                new String[] {
                    "\"duringLevelOneResponse\":false", "\"duringLevelOneResponse\":\"false\"", "duringLevelOneResponse"
                },
                new String[] {"\"reportNo\":\"R-1\"", "\"reportNo\":12", "reportNo"},
                new String[] {"\"reportNo\":\"R-1\"", "\"reportNo\":true", "reportNo"},
                new String[] {"\"occurredAt\":\"2021-05-01T14:30:00+08:00\"", "\"occurredAt\":1619850600", "occurredAt"
                },
                new String[] {
                    "\"occurredAt\":\"2021-05-01T14:30:00+08:00\"", "\"occurredAt\":1619850600.5", "occurredAt"
                },
                new String[] {"\"category\":\"PRODUCTION\"", "\"category\":0", "category"})) {
            refused("/accidents", ACCIDENT.replace(wrong[0], wrong[1]), wrong[2], null);
        }
        refused(
                "/penalties",
                """
                {"decisionNo":"P-1","decidedOn":18628,"violation":"x","fineYuan":1,"serious":true,
                 "summaryProcedure":false}""",
                "decidedOn",
                "wrong-type");
        refused("/accidents", ACCIDENT.replace("\"deaths\":3", "\"deaths\":3,\"deaths\":0"), null, null);
    }

    @Test
    void controlAndBidiCharactersAreRefusedInEveryText() {
        for (String bad :
                List.of("\\u0000", "\\u001b[2J", "\\u202e", "\\u2066", "\\u007f", "\\u0085", "\\u2028", "\\ud800")) {
            refused("/accidents", ACCIDENT.replace("\"R-1\"", "\"R-1" + bad + "\""), "reportNo", "clean-text");
            refused("/accidents", ACCIDENT.replace("第二行", "第二行" + bad), "summary", "clean-text");
        }
        refused(
                "/certifications",
                        """
                {"type":"DUAL_PREVENTION","certificateNo":"C\\u202e1","issuer":"平湖市应急管理局","issuedOn":"2021-02-01"}""",
                "certificateNo", "clean-text");
        refused(
                "/safety-investments",
                        """
                {"type":"SAFETY_LIABILITY_INSURANCE","policyYear":2021,"amountYuan":1,"details":{"note":"\\u001b"}}""",
                "details", "clean-text");
        long before = head();
        Http.Response sub = http.post(
                "/api/v1/subscriptions",
                """
                {"url":"https://agency.example/h\\u0000","secret":"a-long-random-shared-secret"}""");
        assertThat(sub.status()).isEqualTo(400);
        assertThat(head()).isEqualTo(before);
        // a tab or a line break in long free text is fine
        assertThat(http.post(path("/accidents"), unique(ACCIDENT.replace("第二行", "第二行\\t附注")))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void unknownFeedAndHistoryTypesAreRefused() {
        Http.Response feed = http.get("/api/v1/feed?after=0&types=EnterpriseRegistered,NoSuchEvent");
        assertThat(feed.status()).isEqualTo(400);
        assertThat(feed.contentType()).startsWith("application/problem+json");
        assertThat(feed.json().get("errors").get(0).get("code").asText()).isEqualTo("unknown-type");
        assertThat(http.get("/api/v1/enterprises/" + USCC + "/history?types=Nope")
                        .status())
                .isEqualTo(400);
        assertThat(http.get("/api/v1/feed?after=0&types=EnterpriseRegistered").status())
                .isEqualTo(200);
    }

    @Test
    void pathTricksAreProblemsNotHtml() {
        for (String path : List.of(
                "/api/v1/enterprises/a%2Fb/history",
                "/api/v1/enterprises/a%00b/history",
                "/api/v1/enterprises/a%5Cb/history",
                "/api/v1/enterprises/..%3B/x",
                "/api/v1/enterprises//history",
                "/api/v1/enterprises/%2e%2e/admin/users",
                "/api/v1/enterprises/a;jsessionid=1/history",
                "/api/v1/feed?after=x",
                "/api/v1/feed?after=0&limit=1.5",
                "/api/v1/no-such-endpoint")) {
            long before = head();
            Http.Response get = http.get(path);
            Http.Response post = http.post(path, "{}");
            for (Http.Response response : List.of(get, post)) {
                assertThat(response.status()).as(path + " → " + response.body()).isBetween(400, 499);
                assertThat(response.contentType())
                        .as(path + " → " + response.body())
                        .startsWith("application/problem+json");
            }
            assertThat(head()).isEqualTo(before);
        }
    }

    /** A report number of its own, so that a wrongly accepted request could not hide behind a duplicate. */
    private static String unique(String body) {
        return body.replace("\"R-1", "\"R-" + UUID.randomUUID());
    }

    private long head() {
        return http.get("/api/v1/feed?after=0&limit=1").json().get("head").asLong();
    }

    private String path(String tail) {
        return "/api/v1/enterprises/" + USCC + tail;
    }

    private void refused(String tail, String body, String field, String code) {
        long before = head();
        Http.Response response = http.post(path(tail), unique(body));
        assertThat(response.status())
                .as(tail + " " + body + " → " + response.body())
                .isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(response.json().get("errors").findValuesAsText("field"))
                    .as(body)
                    .contains(field);
        }
        if (code != null) {
            assertThat(response.json().get("errors").findValuesAsText("code"))
                    .as(body)
                    .contains(code);
        }
        assertThat(head()).as("nothing appended").isEqualTo(before);
    }
}

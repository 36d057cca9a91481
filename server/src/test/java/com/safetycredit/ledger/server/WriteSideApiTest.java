package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every write endpoint over real HTTP: its success, and problem responses that append nothing. */
@LedgerServerTest
class WriteSideApiTest {

    static final String USCC = TestUsccs.in("330482");
    private static final AtomicBoolean REGISTERED = new AtomicBoolean();

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void registered() {
        http = new Http(port);
        if (REGISTERED.compareAndSet(false, true)) {
            assertThat(http.post(
                                    "/api/v1/enterprises",
                                    EnterpriseRegistrationApiTest.registration(USCC)
                                            .replace("}", ",\"registeredOn\":\"2019-01-02\"}"))
                            .status())
                    .isEqualTo(201);
        }
    }

    private long head() {
        return http.get("/api/v1/feed?after=0&limit=1").json().get("head").asLong();
    }

    private String path(String tail) {
        return "/api/v1/enterprises/" + USCC + tail;
    }

    private JsonNode created(String tail, String body) {
        Http.Response response = http.post(path(tail), body);
        assertThat(response.status()).as(tail + " → " + response.body()).isEqualTo(201);
        assertThat(response.json().get("position").asLong()).isPositive();
        return response.json();
    }

    private void refused(String tail, String body, int status, String field) {
        long before = head();
        Http.Response response = http.post(path(tail), body);
        assertThat(response.status())
                .as(tail + " " + body + " → " + response.body())
                .isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(response.json().get("errors").findValuesAsText("field")).contains(field);
        }
        assertThat(head()).as("nothing appended").isEqualTo(before);
    }

    @Test
    void aYearOfFactsIsRecordedAndEachAppearsInTheHistory() {
        String certificate = created(
                        "/certifications",
                        """
                {"type":"STANDARDIZATION","level":"2","certificateNo":"AQBWHⅡ-2021-001","issuer":"嘉兴市应急管理局",
                 "issuedOn":"2021-03-01"}""")
                .get("id")
                .asText();
        created(
                "/safety-investments",
                """
                {"type":"LIABILITY_INSURANCE","policyYear":2021,"amountYuan":86000,"details":{"insurer":"示例保险"}}""");
        JsonNode accident = created(
                "/accidents",
                """
                {"occurredAt":"2021-05-01T14:30:00+08:00","deaths":2,"seriousInjuries":0,"personsEndangered":3,
                 "directLossYuan":800000,"duringLevelOneResponse":false,"category":"PRODUCTION",
                 "reportNo":"平应急事〔2021〕5号","summary":"储罐检修时发生中毒"}""");
        assertThat(accident.get("grade").asText()).isEqualTo("GENERAL");
        String accidentId = accident.get("id").asText();
        JsonNode revised = created(
                "/accidents/" + accidentId + "/revisions",
                """
                {"deaths":3,"seriousInjuries":0,"personsEndangered":3,"directLossYuan":800000,
                 "revisedOn":"2021-05-20","reason":"伤者抢救无效死亡"}""");
        assertThat(revised.get("grade").asText()).isEqualTo("LARGE");
        assertThat(http.post(
                                path("/accidents/" + accidentId + "/conclusion"),
                                "{\"liable\":true,\"concludedOn\":\"2021-08-01\",\"replyNo\":\"平政批〔2021〕12号\"}")
                        .status())
                .isEqualTo(200);
        created(
                "/penalties",
                """
                {"decisionNo":"平应急罚〔2021〕30号","decidedOn":"2021-08-15","violation":"发生较大事故负有责任，情节特别严重",
                 "fineYuan":2000000,"serious":true,"summaryProcedure":false}""");
        String listing = created(
                        "/listings",
                        """
                {"basis":3,"penaltyDecisionNo":"平应急罚〔2021〕30号","authority":"平湖市应急管理局",
                 "decisionNo":"平应急失信〔2021〕1号","decidedOn":"2021-09-01"}""")
                .get("id")
                .asText();

        // the 2021 listing falls under the 2017 joint-punishment regime: no early removal exists there
        Http.Response early = http.post(
                path("/listings/" + listing + "/early-removal"), "{\"decisionNo\":\"x\",\"decidedOn\":\"2022-10-01\"}");
        assertThat(early.status()).isEqualTo(409);

        JsonNode events = http.await(path("/history"), r -> r.body().contains("\"listingId\":\"" + listing + "\""))
                .json()
                .get("events");
        List<String> types = new ArrayList<>();
        events.forEach(event -> types.add(event.get("type").asText()));
        // other tests of this class add facts to the same enterprise: check the order of ours. The fatal accident
        // revoked the standardization certificate at once (RULES.md §5): the listing found nothing left to revoke.
        assertThat(types)
                .containsSubsequence(
                        "EnterpriseRegistered",
                        "CertificationGranted",
                        "SafetyInvestmentRecorded",
                        "AccidentReported",
                        "CertificationRevoked",
                        "AccidentCasualtiesRevised",
                        "AccidentConcluded",
                        "PenaltyImposed",
                        "EnterpriseBlacklisted");
        JsonNode revoked = event(events, "certificationId", certificate, "CertificationRevoked")
                .get("data");
        assertThat(revoked.get("ground").asText()).isEqualTo("FATAL_ACCIDENT");
        assertThat(revoked.get("causedByAccidentId").asText()).isEqualTo(accidentId);
        assertThat(revoked.get("decidedOn").asText()).isEqualTo("2021-05-01");
        JsonNode blacklisted =
                event(events, "listingId", listing, "EnterpriseBlacklisted").get("data");
        assertThat(blacklisted.get("regime").asText()).isEqualTo("SAWS_2017_49");
        assertThat(blacklisted.get("expiresOn").asText()).isEqualTo("2022-09-01");
        assertThat(blacklisted.get("groundFactIds"))
                .extracting(JsonNode::asText)
                .containsExactly(accidentId);
        assertThat(events.findValuesAsText("causedByListingId")).doesNotContain(listing);
    }

    private static JsonNode event(JsonNode events, String field, String value, String type) {
        for (JsonNode event : events) {
            if (event.get("type").asText().equals(type)
                    && value.equals(event.get("data").path(field).asText())) {
                return event;
            }
        }
        throw new AssertionError("no " + type + " with " + field + " " + value);
    }

    @Test
    void impossibleInputIsA400ProblemNamingTheField() {
        refused(
                "/accidents",
                """
                {"occurredAt":"2021-05-01T14:30:00+08:00","deaths":-1,"seriousInjuries":0,"personsEndangered":0,
                 "directLossYuan":0,"duringLevelOneResponse":false,"category":"PRODUCTION","reportNo":"r1"}""",
                400,
                "deaths");
        refused(
                "/accidents",
                """
                {"occurredAt":"2999-05-01T14:30:00+08:00","deaths":0,"seriousInjuries":0,"personsEndangered":0,
                 "directLossYuan":0,"duringLevelOneResponse":false,"category":"PRODUCTION","reportNo":"r1"}""",
                400,
                "occurredAt");
        refused(
                "/accidents",
                """
                {"occurredAt":"2021-05-01T14:30:00+08:00","deaths":0,"seriousInjuries":0,"personsEndangered":0,
                 "directLossYuan":0,"duringLevelOneResponse":false,"category":"EARTHQUAKE","reportNo":"r1"}""",
                400,
                "category");
        refused(
                "/certifications",
                """
                {"type":"STANDARDIZATION","level":"4","certificateNo":"c","issuer":"i","issuedOn":"2021-03-01"}""",
                400,
                "level");
        refused(
                "/certifications",
                """
                {"type":"REGISTERED_SAFETY_ENGINEER","certificateNo":"c","issuer":"i","issuedOn":"2021-03-01",
                 "person":{"name":"张三","idMasked":"330482199001011234"}}""",
                400,
                "person.idMasked");
        refused(
                "/penalties",
                """
                {"decisionNo":"d","decidedOn":"2021-08-15","violation":"v","fineYuan":99999999999999999,
                 "serious":true,"summaryProcedure":false}""",
                400,
                null);
        refused(
                "/safety-investments",
                """
                {"type":"SOLAR_PANELS","policyYear":2021,"amountYuan":1000}""",
                400,
                "type");
        refused(
                "/safety-investments",
                """
                {"type":"LIABILITY_INSURANCE","policyYear":1900,"amountYuan":1000}""",
                400,
                "policyYear");
        refused(
                "/listings",
                """
                {"basis":10,"penaltyDecisionNo":"p","authority":"a","decisionNo":"d","decidedOn":"2021-09-01"}""",
                400,
                "basis");
        refused(
                "/listings",
                """
                {"basis":1,"penaltyDecisionNo":"no-such-penalty","authority":"a","decisionNo":"d","decidedOn":"2021-09-01"}""",
                400,
                "penaltyDecisionNo");
    }

    @Test
    void writesAboutUnknownEnterprisesOrThingsAre404() {
        long before = head();
        Http.Response unknown = http.post(
                "/api/v1/enterprises/91330421MA2C00021X/penalties",
                """
                {"decisionNo":"d","decidedOn":"2021-08-15","violation":"v","fineYuan":1,"serious":true,"summaryProcedure":false}""");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("errors").get(0).get("code").asText()).isEqualTo("unknown-enterprise");
        refused("/listings/lst-404/early-removal", "{\"decisionNo\":\"x\",\"decidedOn\":\"2022-10-01\"}", 404, null);
        refused("/accidents/acc-404/retraction", "{\"reason\":\"x\"}", 404, null);
        assertThat(head()).isEqualTo(before);
    }

    @Test
    void aRepeatWithTheSameIdempotencyKeyReturnsTheFirstAnswerAndAppendsNothing() {
        String body =
                """
                {"decisionNo":"平应急罚〔2022〕7号","decidedOn":"2022-02-15","violation":"未按规定培训",
                 "fineYuan":20000,"serious":false,"summaryProcedure":false}""";
        Http.Response first = http.post(path("/penalties"), body, "key-penalty-7");
        assertThat(first.status()).isEqualTo(201);
        long after = head();
        Http.Response repeat = http.post(path("/penalties"), body, "key-penalty-7");
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.json()).isEqualTo(first.json());
        assertThat(head()).isEqualTo(after);

        Http.Response other = http.post(path("/penalties"), body.replace("20000", "30000"), "key-penalty-7");
        assertThat(other.status()).isEqualTo(409);
        assertThat(head()).isEqualTo(after);

        // a failed request releases its key: nothing was appended, so the client may try again
        Http.Response failed = http.post(path("/penalties"), body, "key-duplicate-decision");
        assertThat(failed.status()).isEqualTo(409);
        assertThat(http.post(path("/penalties"), body.replace("7号", "8号"), "key-duplicate-decision")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void correctionsAndDecisionsOnRecordedFacts() {
        refused("/profile-changes", "{\"name\":\"早于登记\",\"effectiveOn\":\"2018-12-31\"}", 409, null);
        assertThat(http.post(
                                path("/profile-changes"),
                                """
                {"name":"平湖市示例新材料有限公司","industry":"MANUFACTURING","effectiveOn":"2023-01-01"}""")
                        .status())
                .isEqualTo(201);
        refused("/profile-changes", "{\"industry\":\"SPACE_TOURISM\",\"effectiveOn\":\"2023-01-01\"}", 400, "industry");

        String certificate = created(
                        "/certifications",
                        """
                {"type":"DEMONSTRATION_ENTERPRISE","certificateNo":"SF-2023","issuer":"平湖市应急管理局","issuedOn":"2023-02-01"}""")
                .get("id")
                .asText();
        Http.Response revoked = http.post(
                path("/certifications/" + certificate + "/revocation"),
                "{\"reason\":\"提供虚假材料\",\"decidedOn\":\"2023-06-01\",\"decisionNo\":\"撤〔2023〕1号\"}");
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("position").asLong()).isPositive();
        refused(
                "/certifications/" + certificate + "/revocation",
                "{\"reason\":\"again\",\"decidedOn\":\"2023-06-02\",\"decisionNo\":\"撤〔2023〕2号\"}",
                409,
                null);

        String accident = created(
                        "/accidents",
                        """
                {"occurredAt":"2023-04-01T08:00:00+08:00","deaths":0,"seriousInjuries":1,"personsEndangered":0,
                 "directLossYuan":1000,"duringLevelOneResponse":false,"category":"OTHER","reportNo":"误报-1"}""")
                .get("id")
                .asText();
        assertThat(http.post(path("/accidents/" + accident + "/retraction"), "{\"reason\":\"录入错误\"}")
                        .status())
                .isEqualTo(200);
        refused("/accidents/" + accident + "/retraction", "{\"reason\":\"again\"}", 409, null);

        created(
                "/penalties",
                """
                {"decisionNo":"平应急罚〔2024〕3号","decidedOn":"2024-03-01","violation":"无证经营",
                 "fineYuan":300000,"serious":true,"summaryProcedure":false,"permitViolation":"WITHOUT_PERMIT"}""");
        String listing = created(
                        "/listings",
                        """
                {"basis":6,"penaltyDecisionNo":"平应急罚〔2024〕3号","authority":"平湖市应急管理局",
                 "decisionNo":"平应急失信〔2024〕2号","decidedOn":"2024-03-20"}""")
                .get("id")
                .asText();
        refused(
                "/listings/" + listing + "/early-removal",
                "{\"decisionNo\":\"修复-0\",\"decidedOn\":\"2025-03-19\"}",
                409,
                null);
        assertThat(http.post(
                                path("/listings/" + listing + "/early-removal"),
                                "{\"decisionNo\":\"修复-1\",\"decidedOn\":\"2025-03-20\"}")
                        .status())
                .isEqualTo(200);
        assertThat(http.post(
                                path("/listings/" + listing + "/revocation"),
                                "{\"reason\":\"骗取信用修复，恢复后撤销\",\"decidedOn\":\"2025-06-01\"}")
                        .status())
                .isEqualTo(200);
        refused(
                "/listings/" + listing + "/revocation",
                "{\"reason\":\"again\",\"decidedOn\":\"2025-06-02\"}",
                409,
                null);
    }
}

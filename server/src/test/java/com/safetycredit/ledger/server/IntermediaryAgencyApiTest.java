package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.safetycredit.ledger.store.LedgerReader;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An intermediary agency's whole life over real HTTP (RULES.md §13, Jiaxing 2016 opinion 十二 and 十四): registration,
 * a service linking its history and its client's, a failed spot check, an interview, a penalty for a false report,
 * a basis-7 listing, the evaluation list; and every refusal the issue names, appending nothing.
 */
@LedgerServerTest
class IntermediaryAgencyApiTest {

    @LocalServerPort
    int port;

    @Autowired
    LedgerReader store;

    private Http http() {
        return new Http(port);
    }

    private long head() {
        return store.head().position();
    }

    private JsonNode created(String path, String body) {
        Http.Response response = http().post(path, body);
        assertThat(response.status()).as(path + " → " + response.body()).isEqualTo(201);
        return response.json();
    }

    /** A refusal: its status, its code, Chinese by default, and nothing appended. */
    private JsonNode refused(String path, String body, int status, String code) {
        long before = head();
        Http.Response response = http().post(path, body);
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("errors").get(0).get("code").asText()).isEqualTo(code);
        assertThat(head()).as("nothing appended").isEqualTo(before);
        return problem;
    }

    private String agency(String services) {
        String uscc = TestUsccs.in("330482");
        created(
                "/api/v1/agencies",
                """
                {"uscc":"%s","name":"平湖市示例安全评价有限公司","services":%s,"qualificationNo":"APJ-(浙)-011",
                 "qualificationValidUntil":"2028-12-31","regionCode":"330482","registeredOn":"2024-01-05"}"""
                        .formatted(uscc, services));
        return uscc;
    }

    private String enterprise() {
        String uscc = TestUsccs.in("330482");
        created(
                "/api/v1/enterprises",
                """
                {"uscc":"%s","name":"平湖市示例化工有限公司","industry":"HAZARDOUS_CHEMICALS","regionCode":"330482",
                 "registeredOn":"2019-01-02"}"""
                        .formatted(uscc));
        return uscc;
    }

    @Test
    void anAgencysWholeLifeFromRegistrationToABasisSevenListingAndItsEvaluation() {
        String agency = agency("[\"SAFETY_ASSESSMENT\",\"TESTING\"]");
        String client = enterprise();
        String path = "/api/v1/agencies/" + agency;

        String service = created(
                        path + "/services",
                        """
                {"clientUscc":"%s","serviceType":"SAFETY_ASSESSMENT","contractNo":"PJ-2025-017","from":"2025-03-01",
                 "to":"2025-04-30","reportNo":"浙安评〔2025〕017号"}"""
                                .formatted(client))
                .get("id")
                .asText();
        // the service is in both histories
        JsonNode inClientsHistory = http().await(
                        "/api/v1/enterprises/" + client + "/history?types=AgencyServiceRecorded",
                        r -> r.body().contains(service))
                .json()
                .get("events")
                .get(0);
        assertThat(inClientsHistory.get("data").get("agencyUscc").asText()).isEqualTo(agency);
        assertThat(http().get(path + "/history").json().get("events").toString())
                .contains(service)
                .contains("AgencyRegistered");
        assertThat(http().get(path + "/services")
                        .json()
                        .get(0)
                        .get("clientName")
                        .asText())
                .isEqualTo("平湖市示例化工有限公司");
        assertThat(http().get(path + "?validAt=2025-06-01").json().get("status").asText())
                .isEqualTo("NORMAL");

        created(
                path + "/quality-checks",
                """
                {"checkedOn":"2025-06-10","result":"FAILED","findings":"现场检测数据与报告不符","serviceId":"%s"}"""
                        .formatted(service));
        JsonNode watched = http().get(path + "?validAt=2025-06-10").json();
        assertThat(watched.get("status").asText()).isEqualTo("WATCH");
        assertThat(watched.get("reasons").get(0).get("code").asText()).isEqualTo("FAILED_QUALITY_CHECK_LAST_12_MONTHS");
        created(
                path + "/interviews",
                """
                {"kind":"INTERVIEW","heldOn":"2025-06-20","documentNo":"平应急约〔2025〕3号","reason":"抽查不合格"}""");
        created(
                path + "/penalties",
                """
                {"decisionNo":"平应急罚〔2025〕21号","decidedOn":"2025-07-15","violation":"出具虚假安全评价报告",
                 "fineYuan":100000,"serious":true,"misconduct":"FALSE_REPORT"}""");
        JsonNode listed = created(
                path + "/listings",
                """
                {"basis":7,"penaltyDecisionNo":"平应急罚〔2025〕21号","authority":"平湖市应急管理局",
                 "decisionNo":"平应急失信〔2025〕4号","decidedOn":"2025-08-01"}""");

        JsonNode profile = http().get(path + "?validAt=2025-08-01").json();
        assertThat(profile.get("status").asText()).isEqualTo("BLACK");
        assertThat(http().get(path + "?validAt=2025-07-31").json().get("status").asText())
                .as("listed from its decision day")
                .isEqualTo("WATCH");
        assertThat(profile.get("reasons").get(0).get("message").asText()).contains("依据第 7 项");
        JsonNode listing = http().get(path + "/history").json().get("events").get(5);
        assertThat(listing.get("type").asText()).isEqualTo("AgencyBlacklisted");
        assertThat(listing.get("data").get("expiresOn").asText()).isEqualTo("2028-08-01");
        assertThat(listing.get("data").get("groundFactIds").size()).isEqualTo(1);

        // published like an enterprise's listing, under the agency's name, and sent to the province
        JsonNode disclosed = new Http(port, null)
                .await("/api/public/v1/disclosures?kind=AGENCY_LISTING&q=" + agency, r -> r.body()
                        .contains(listing.get("data").get("listingId").asText()))
                .json()
                .get("records")
                .get(0);
        assertThat(disclosed.get("uscc").asText()).isEqualTo(agency);
        assertThat(disclosed.get("enterpriseName").asText()).isNotBlank();
        assertThat(disclosed.get("basis").asText()).startsWith("第7项");
        assertThat(disclosed.get("fields").has("groundFactIds")).isFalse();
        JsonNode exchange = http().get("/api/v1/exchange/provincial?after="
                        + (listed.get("position").asLong() - 1) + "&limit=1")
                .json();
        assertThat(exchange.get("records").get(0).get("kind").asText()).isEqualTo("AGENCY_LISTING");
        assertThat(exchange.get("records").get(0).get("uscc").asText()).isEqualTo(agency);
        assertThat(exchange.get("records").get(0).get("enterpriseName").asText())
                .isEqualTo(disclosed.get("enterpriseName").asText());

        // the agencies' events go to the feed like the enterprises'
        JsonNode feed = http().get("/api/v1/feed?after="
                        + (listed.get("position").asLong() - 1) + "&limit=1&types=AgencyBlacklisted")
                .json();
        assertThat(feed.get("events").get(0).get("data").get("agencyUscc").asText())
                .isEqualTo(agency);

        JsonNode evaluation = http().await(
                        "/api/v1/lists/agencies?year=2025", r -> r.body().contains(agency))
                .json();
        JsonNode ours = StreamSupport.stream(evaluation.get("agencies").spliterator(), false)
                .filter(a -> a.get("uscc").asText().equals(agency))
                .findFirst()
                .orElseThrow();
        assertThat(ours.get("grade").asText()).as("惩戒淘汰: listed in the year").isEqualTo("D");
        assertThat(ours.get("serviceQuality").get("score").asInt()).isEqualTo(20);
        assertThat(ours.get("basicManagement").get("score").asInt())
                .as("30 − 5 (interview) − 10 (no staff at the year's end)")
                .isEqualTo(15);
        assertThat(ours.get("practicePerformance").get("score").asInt())
                .as("one service, 6 points, less 15 for the penalty, not below 0")
                .isZero();
        assertThat(evaluation.get("modelLabel").asText()).contains("非官方");
        Http.Response csv = http().get("/api/v1/lists/agencies?year=2025&format=csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFF年度").contains(agency).contains("不合格");
        assertThat(csv.body()
                        .lines()
                        .filter(l -> l.contains(agency))
                        .findFirst()
                        .orElseThrow())
                .as("the region by its name, never its code")
                .contains("\"平湖市\"")
                .doesNotContain("\"330482\"");

        // published to everyone (十四 定期向社会公示): without sign-in, grades and scores only, no deduction
        Http anyone = new Http(port, null);
        JsonNode published =
                anyone.get("/api/public/v1/agency-evaluations?year=2025").json();
        assertThat(published.get("year").asInt()).isEqualTo(2025);
        assertThat(published.get("rules").asText()).isEqualTo("publication-v1");
        JsonNode publicRow = StreamSupport.stream(published.get("agencies").spliterator(), false)
                .filter(a -> a.get("uscc").asText().equals(agency))
                .findFirst()
                .orElseThrow();
        assertThat(publicRow.get("grade").asText()).isEqualTo("D");
        assertThat(publicRow.get("gradeLabel").asText()).isEqualTo("不合格");
        assertThat(publicRow.get("serviceQuality").get("score").asInt()).isEqualTo(20);
        assertThat(publicRow.has("reasons")).isFalse();
        assertThat(publicRow.get("serviceQuality").has("deductions")).isFalse();
        assertThat(published.toString()).doesNotContain("质量抽查不合格").doesNotContain("pen-");
        // the current year is not over and a year older than five is no longer published: 404, in Chinese
        for (String year : new String[] {"2026", "2020"}) {
            Http.Response refused = anyone.get("/api/public/v1/agency-evaluations?year=" + year);
            assertThat(refused.status()).as(refused.body()).isEqualTo(404);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").get(0).get("code").asText()).isEqualTo("evaluation-not-published");
            assertThat(refused.json().get("detail").asText()).contains("未在公示期内").contains("2021 至 2025");
        }
    }

    @Test
    void refusalsAreProblemsAndAppendNothing() {
        String agency = agency("[\"TESTING\"]");
        String path = "/api/v1/agencies/" + agency;
        String client = enterprise();

        refused(
                path + "/services",
                """
                {"clientUscc":"%s","serviceType":"TESTING","contractNo":"JC-1","from":"2025-03-01"}"""
                        .formatted(TestUsccs.in("330482")),
                404,
                "unknown-enterprise");
        refused(
                path + "/services",
                """
                {"clientUscc":"%s","serviceType":"SAFETY_ASSESSMENT","contractNo":"JC-2","from":"2025-03-01"}"""
                        .formatted(client),
                409,
                "service-not-registered");
        refused(
                "/api/v1/agencies/" + TestUsccs.in("330482") + "/services",
                """
                {"clientUscc":"%s","serviceType":"TESTING","contractNo":"JC-3","from":"2025-03-01"}"""
                        .formatted(client),
                404,
                "unknown-agency");
        refused(
                "/api/v1/agencies",
                """
                {"uscc":"%s","name":"x","services":["ROCKET_SCIENCE"],"qualificationNo":"q","regionCode":"330482"}"""
                        .formatted(TestUsccs.in("330482")),
                400,
                "unknown-code");

        created(
                path + "/penalties",
                """
                {"decisionNo":"平应急罚〔2025〕31号","decidedOn":"2025-07-15","violation":"超资质范围检测",
                 "fineYuan":50000,"serious":true}""");
        String listing =
                """
                {"basis":%d,"penaltyDecisionNo":"平应急罚〔2025〕31号","authority":"平湖市应急管理局",
                 "decisionNo":"平应急失信〔2025〕9号","decidedOn":"2025-08-01"}""";
        JsonNode notAgencys = refused(path + "/listings", listing.formatted(1), 400, "enterprise-only-basis");
        assertThat(notAgencys.get("detail").asText()).contains("不适用于中介机构");
        JsonNode noMisconduct = refused(path + "/listings", listing.formatted(7), 409, "listing-grounds-missing");
        assertThat(noMisconduct.get("detail").asText()).contains("出借资质、挂靠或出具虚假报告");
        // basis 9 rests on the serious penalty itself; the same penalty grounds one listing only
        created(path + "/listings", listing.formatted(9));
        refused(path + "/listings", listing.formatted(9), 409, "penalty-already-listed");

        // basis 7 stays refused for an enterprise
        created(
                "/api/v1/enterprises/" + client + "/penalties",
                """
                {"decisionNo":"平应急罚〔2025〕32号","decidedOn":"2025-07-15","violation":"v","fineYuan":50000,
                 "serious":true,"summaryProcedure":false}""");
        refused(
                "/api/v1/enterprises/" + client + "/listings",
                """
                {"basis":7,"penaltyDecisionNo":"平应急罚〔2025〕32号","authority":"平湖市应急管理局",
                 "decisionNo":"平应急失信〔2025〕10号","decidedOn":"2025-08-01"}""",
                400,
                "agency-only-basis");
    }

    @Test
    void anAgencyWithoutServicesInTheYearIsNotRatedAndSearchFindsItByName() {
        String agency = agency("[\"TRAINING\"]");
        JsonNode evaluation = http().await(
                        "/api/v1/lists/agencies?year=2025", r -> r.body().contains(agency))
                .json();
        JsonNode ours = StreamSupport.stream(evaluation.get("agencies").spliterator(), false)
                .filter(a -> a.get("uscc").asText().equals(agency))
                .findFirst()
                .orElseThrow();
        assertThat(ours.get("rated").asBoolean()).isFalse();
        assertThat(ours.get("gradeLabel").asText()).isEqualTo("未评级");
        assertThat(http().get("/api/v1/lists/agencies?year=2023").body()).doesNotContain(agency);
        JsonNode found = http().get("/api/v1/agencies?q=" + agency).json();
        assertThat(found.get("total").asInt()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("services").get(0).asText()).isEqualTo("TRAINING");
    }
}

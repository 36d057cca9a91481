package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.safetycredit.ledger.store.LedgerCollections;
import com.safetycredit.ledger.store.LedgerReader;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The rules of issue "rules the ledger still bends" over real HTTP: the standardization lifecycle (RULES.md §5),
 * WATCH on one serious penalty (§9), production-safety accidents only for the gates, listing grounds (§3) — and
 * every refusal a problem in Chinese (English under {@code ?lang=en}) with its {@code errors[].code}, appending
 * nothing.
 */
@LedgerServerTest
class LedgerRulesApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    LedgerReader store;

    private Http http() {
        return new Http(port);
    }

    /** A machinery maker of Pinghu of this test's own. */
    private String register() {
        String uscc = TestUsccs.in("330482");
        assertThat(http().post(
                                "/api/v1/enterprises",
                                """
                {"uscc":"%s","name":"平湖市示例机械有限公司","industry":"MANUFACTURING","regionCode":"330482",
                 "registeredOn":"2019-01-02"}"""
                                        .formatted(uscc))
                        .status())
                .isEqualTo(201);
        return "/api/v1/enterprises/" + uscc;
    }

    private JsonNode created(String path, String body) {
        Http.Response response = http().post(path, body);
        assertThat(response.status()).as(path + " → " + response.body()).isBetween(200, 201);
        return response.json();
    }

    private long head() {
        return store.head().position();
    }

    /** A refusal: the status, its code in errors[], Chinese by default and English on request, nothing appended. */
    private JsonNode refused(String path, String body, int status, String code, String chinese, String english) {
        long before = head();
        Http.Response response = http().post(path, body);
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("errors").get(0).get("code").asText()).isEqualTo(code);
        assertThat(problem.get("detail").asText()).contains(chinese);
        assertThat(problem.get("detail").asText())
                .as("the detail says what errors[] says (a wrong field after its name)")
                .endsWith(problem.get("errors").get(0).get("message").asText());
        Http.Response inEnglish = http().post(path + "?lang=en", body);
        assertThat(inEnglish.status()).isEqualTo(status);
        assertThat(inEnglish.json().get("detail").asText()).contains(english);
        assertThat(inEnglish.json().get("errors").get(0).get("code").asText()).isEqualTo(code);
        assertThat(head()).as("nothing appended").isEqualTo(before);
        return problem;
    }

    private JsonNode statusOn(String enterprise, String day) {
        return http().get(enterprise + "/status?validAt=" + day).json();
    }

    @Test
    void aFatalAccidentRevokesTheStandardizationCertificateAndTheGradeFollowsFromThatDay() {
        String enterprise = register();
        String certificate = created(
                        enterprise + "/certifications",
                        """
                {"type":"STANDARDIZATION","level":"1","certificateNo":"AQBⅠ-2022-9","issuer":"浙江省应急管理厅",
                 "issuedOn":"2022-01-10"}""")
                .get("id")
                .asText();
        created(
                enterprise + "/commitments",
                """
                {"madeOn":"2022-02-01","text":"守法经营承诺","publishedAt":"2022-02-02T09:00:00+08:00"}""");
        created(
                enterprise + "/red-list-decisions",
                """
                {"decidedOn":"2022-03-01","decisionNo":"平应急信〔2022〕1号","authority":"平湖市应急管理局"}""");
        String accident = created(
                        enterprise + "/accidents",
                        """
                {"occurredAt":"2023-05-04T14:30:00+08:00","deaths":2,"seriousInjuries":0,"personsEndangered":0,
                 "directLossYuan":400000,"duringLevelOneResponse":false,"category":"PRODUCTION","reportNo":"平应急事〔2023〕4号"}""")
                .get("id")
                .asText();
        JsonNode revoked = http().await(enterprise + "/history?types=CertificationRevoked", r -> r.body()
                        .contains(certificate))
                .json()
                .get("events")
                .get(0)
                .get("data");
        assertThat(revoked.get("ground").asText()).isEqualTo("FATAL_ACCIDENT");
        assertThat(revoked.get("causedByAccidentId").asText()).isEqualTo(accident);
        assertThat(revoked.get("reason").asText()).contains("死亡 2 人").contains("平应急事〔2023〕4号");

        JsonNode before = statusOn(enterprise, "2023-05-03");
        assertThat(before.get("status").asText()).isEqualTo("RED");
        assertThat(before.get("grade").get("grade").asText()).isEqualTo("A");
        JsonNode after = statusOn(enterprise, "2023-05-04");
        assertThat(after.get("status").asText()).isEqualTo("WATCH");
        assertThat(after.get("grade").get("grade").asText())
                .as("65 without a certificate, minus 10")
                .isEqualTo("D");
        // and a new certificate waits a year from the revocation
        refused(
                enterprise + "/certifications",
                """
                {"type":"STANDARDIZATION","level":"1","certificateNo":"AQBⅠ-2024-1","issuer":"浙江省应急管理厅",
                 "issuedOn":"2024-05-03"}""",
                409,
                "standardization-wait-after-revocation",
                "撤销之日起满1年方可重新取得",
                "a new one may be issued a year later, from 2024-05-04");
        created(
                enterprise + "/certifications",
                """
                {"type":"STANDARDIZATION","level":"1","certificateNo":"AQBⅠ-2024-1","issuer":"浙江省应急管理厅",
                 "issuedOn":"2024-05-04"}""");
        // a reporting violation is found once per kind
        String finding = """
                {"kind":"LATE","decidedOn":"2023-06-01","decisionNo":"平应急认〔2023〕4号"}""";
        created(enterprise + "/accidents/" + accident + "/reporting-violations", finding);
        refused(
                enterprise + "/accidents/" + accident + "/reporting-violations",
                finding,
                409,
                "reporting-violation-recorded",
                "已被认定迟报",
                "is already found reported late");
    }

    @Test
    void aNewCertificateIsRefusedWhileListedAndAListingNeedsTheFactsOfItsBasis() {
        String enterprise = register();
        created(
                enterprise + "/penalties",
                """
                {"decisionNo":"平应急罚〔2024〕7号","decidedOn":"2024-03-01","violation":"违法储存危险化学品",
                 "fineYuan":300000,"serious":true,"summaryProcedure":false}""");
        String listing =
                """
                {"basis":%d,"penaltyDecisionNo":"平应急罚〔2024〕7号","authority":"平湖市应急管理局",
                 "decisionNo":"平应急失信〔2024〕7号","decidedOn":"2024-03-20"%s}""";
        JsonNode missing = refused(
                enterprise + "/listings",
                listing.formatted(1, ""),
                409,
                "listing-grounds-missing",
                "一起特别重大或重大生产安全事故",
                "an extraordinary or major production-safety accident");
        assertThat(missing.get("errors").get(0).get("field").asText()).isEqualTo("basis");
        refused(
                enterprise + "/listings",
                listing.formatted(2, ""),
                409,
                "listing-grounds-missing",
                "12个月内两起以上较大",
                "two or more large");
        refused(
                enterprise + "/listings",
                listing.formatted(4, ""),
                409,
                "listing-grounds-missing",
                "瞒报或谎报",
                "concealed or falsely reported");
        refused(
                enterprise + "/listings",
                listing.formatted(6, ""),
                409,
                "listing-grounds-missing",
                "无证或证照暂扣、吊销期间生产经营",
                "operating without a permit");
        refused(enterprise + "/listings", listing.formatted(7, ""), 400, "agency-only-basis", "中介机构", "agencies only");
        refused(
                enterprise + "/listings",
                listing.formatted(5, ""),
                409,
                "grounds-override-required",
                "须由审核人员",
                "the reviewer must state them");
        refused(
                enterprise + "/listings",
                listing.formatted(9, ",\"groundsOverride\":{\"reason\":\"另有情节\"}"),
                409,
                "grounds-override-not-allowed",
                "请先记录该事实",
                "record the fact instead");

        JsonNode listed = created(
                enterprise + "/listings",
                listing.formatted(8, ",\"groundsOverride\":{\"reason\":\"有能力履行而逾期拒不缴纳罚款，经催告仍不履行\"}"));
        JsonNode event = http().await(enterprise + "/history?types=EnterpriseBlacklisted", r -> r.body()
                        .contains(listed.get("id").asText()))
                .json()
                .get("events")
                .get(0)
                .get("data");
        assertThat(event.get("groundsOverrideReason").asText()).isEqualTo("有能力履行而逾期拒不缴纳罚款，经催告仍不履行");
        assertThat(event.get("groundFactIds")).isEmpty();

        JsonNode suspended = refused(
                enterprise + "/certifications",
                """
                {"type":"STANDARDIZATION","level":"2","certificateNo":"AQBⅡ-2024-7","issuer":"嘉兴市应急管理局",
                 "issuedOn":"2024-06-01"}""",
                409,
                "standardization-suspended",
                "平应急失信〔2024〕7号",
                "its standardization review is suspended");
        assertThat(suspended.get("errors").get(0).get("field").asText()).isEqualTo("issuedOn");
    }

    @Test
    void aSingleSeriousPenaltyIsWatchAndAPermitViolationGroundsBasisSix() {
        String enterprise = register();
        created(
                enterprise + "/penalties",
                """
                {"decisionNo":"平应急罚〔2024〕8号","decidedOn":"2024-02-29","violation":"未取得安全生产许可证擅自生产",
                 "fineYuan":300000,"serious":true,"summaryProcedure":false,"permitViolation":"WITHOUT_PERMIT"}""");
        JsonNode watch = statusOn(enterprise, "2025-02-28");
        assertThat(watch.get("status").asText()).isEqualTo("WATCH");
        assertThat(watch.get("reasons").findValuesAsText("code")).containsExactly("SERIOUS_PENALTY_LAST_12_MONTHS");
        assertThat(statusOn(enterprise, "2025-03-01").get("status").asText()).isEqualTo("NORMAL");
        // the history is a read model: wait for it to hold the penalty
        String penalty = http().await(enterprise + "/history?types=PenaltyImposed", r -> r.body()
                        .contains("PenaltyImposed"))
                .json()
                .get("events")
                .get(0)
                .get("data")
                .get("penaltyId")
                .asText();
        JsonNode listed = created(
                enterprise + "/listings",
                """
                {"basis":6,"penaltyDecisionNo":"平应急罚〔2024〕8号","authority":"平湖市应急管理局",
                 "decisionNo":"平应急失信〔2024〕8号","decidedOn":"2024-03-10"}""");
        JsonNode event = http().await(enterprise + "/history?types=EnterpriseBlacklisted", r -> r.body()
                        .contains(listed.get("id").asText()))
                .json()
                .get("events")
                .get(0)
                .get("data");
        assertThat(event.get("groundFactIds")).extracting(JsonNode::asText).containsExactly(penalty);
        refused(
                enterprise + "/penalties",
                """
                {"decisionNo":"平应急罚〔2024〕9号","decidedOn":"2024-03-01","violation":"x","fineYuan":1,
                 "serious":false,"summaryProcedure":false,"permitViolation":"FORGOT_IT"}""",
                400,
                "one-of",
                "不是允许的取值（“FORGOT_IT”）；可选：未依法取得安全生产许可从事生产经营",
                "\"FORGOT_IT\" is not allowed; one of: Operating without a safety permit");
    }

    @Test
    void aCommutingRoadDeathBarsNoAwardRevokesNothingAndCannotBeFoundConcealed() {
        String enterprise = register();
        created(
                enterprise + "/certifications",
                """
                {"type":"STANDARDIZATION","level":"2","certificateNo":"AQBⅡ-2021-4","issuer":"嘉兴市应急管理局",
                 "issuedOn":"2021-02-01"}""");
        String accident = created(
                        enterprise + "/accidents",
                        """
                {"occurredAt":"2021-06-01T07:40:00+08:00","deaths":1,"seriousInjuries":0,"personsEndangered":0,
                 "directLossYuan":0,"duringLevelOneResponse":false,"category":"COMMUTING_ROAD_TRAFFIC",
                 "reportNo":"平交事〔2021〕1号","summary":"职工上班途中被货车撞击身亡"}""")
                .get("id")
                .asText();
        JsonNode eligibility =
                http().get(enterprise + "/eligibility?policyYear=2021").json();
        JsonNode level2 = null;
        for (JsonNode award : eligibility.get("awards")) {
            if (award.get("awardType").asText().equals("STANDARDIZATION_LEVEL_2")) {
                level2 = award;
            }
        }
        assertThat(level2.get("eligible").asBoolean()).as(level2.toString()).isTrue();
        // the history is a read model: wait until it has the accident, then no revocation is beside it
        http().await(enterprise + "/history", r -> r.status() == 200 && r.body().contains(accident));
        assertThat(http().get(enterprise + "/history?types=CertificationRevoked")
                        .json()
                        .get("events"))
                .isEmpty();
        refused(
                enterprise + "/accidents/" + accident + "/reporting-violations",
                """
                {"kind":"CONCEALED","decidedOn":"2021-07-01","decisionNo":"平应急认〔2021〕1号"}""",
                409,
                "not-a-production-safety-accident",
                "不是生产安全事故",
                "not a production-safety accident");
        refused(
                enterprise + "/certifications/" + "cert-x" + "/revocation",
                """
                {"reason":"x","decidedOn":"2021-07-01","decisionNo":"撤-1","ground":"FATAL_ACCIDENT"}""",
                400,
                "ledger-revocation-ground",
                "由账本在记录该事实时自行撤销",
                "the ledger revokes on \"A fatal production-safety accident\" itself");
    }

    /**
     * A snapshot of the enterprise's state taken before its shape changed (no revision) is ignored: the enterprise
     * is loaded from its events, so the penalty on record is still found and the listing goes through.
     */
    @Test
    void aSnapshotOfAnOlderStateShapeIsIgnored() {
        String enterprise = register();
        String uscc = enterprise.substring(enterprise.lastIndexOf('/') + 1);
        created(
                enterprise + "/penalties",
                """
                {"decisionNo":"平应急罚〔2024〕5号","decidedOn":"2024-03-01","violation":"x","fineYuan":300000,
                 "serious":true,"summaryProcedure":false}""");
        long sequence = store.readAggregateStoredEvents(uscc).size() - 1;
        database.getCollection(LedgerCollections.SNAPSHOTS)
                .insertOne(new Document("_id", uscc)
                        .append("aggregateType", "EnterpriseAggregate")
                        .append("sequence", sequence)
                        .append("eventId", "old-snapshot")
                        .append("timestamp", "2024-03-02T00:00:00Z")
                        .append("payloadType", "com.safetycredit.ledger.command.enterprise.EnterpriseAggregate")
                        .append("payloadRevision", null)
                        .append("payload", "{\"uscc\":\"" + uscc + "\",\"registeredOn\":\"2019-01-02\"}")
                        .append("metadata", "{}"));
        created(
                enterprise + "/listings",
                """
                {"basis":9,"penaltyDecisionNo":"平应急罚〔2024〕5号","authority":"平湖市应急管理局",
                 "decisionNo":"平应急失信〔2024〕5号","decidedOn":"2024-03-20"}""");
    }
}

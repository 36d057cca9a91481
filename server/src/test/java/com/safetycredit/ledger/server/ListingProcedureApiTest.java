package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.safetycredit.ledger.store.LedgerReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * RULES.md §11 over real HTTP: notice → statement → decision → public record → objection rejected or upheld →
 * repair → reinstatement, each refusal a problem in Chinese (English under {@code ?lang=en}) appending nothing.
 * The notice step is required from 2025-01-01 in the tests' settings.
 */
@LedgerServerTest
class ListingProcedureApiTest {

    @LocalServerPort
    int port;

    @Autowired
    LedgerReader store;

    private Http http() {
        return new Http(port);
    }

    private String register(String region) {
        String uscc = TestUsccs.in(region);
        created(
                "/api/v1/enterprises",
                """
                {"uscc":"%s","name":"平湖市程序示例化工有限公司","industry":"HAZARDOUS_CHEMICALS","regionCode":"%s",
                 "registeredOn":"2019-01-02"}"""
                        .formatted(uscc, region));
        return uscc;
    }

    private JsonNode created(String path, String body) {
        Http.Response response = http().post(path, body);
        assertThat(response.status()).as(path + " → " + response.body()).isBetween(200, 201);
        return response.json();
    }

    private JsonNode refused(String path, String body, int status, String code, String chinese, String english) {
        long before = store.head().position();
        Http.Response response = http().post(path, body);
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("code").asText()).isEqualTo(code);
        assertThat(response.json().get("detail").asText()).contains(chinese);
        Http.Response inEnglish = http().post(path + "?lang=en", body);
        assertThat(inEnglish.json().get("detail").asText()).contains(english);
        assertThat(store.head().position()).as("nothing appended").isEqualTo(before);
        return response.json();
    }

    private JsonNode penalty(String uscc, String decisionNo, String decidedOn) {
        return created(
                "/api/v1/enterprises/" + uscc + "/penalties",
                """
                {"decisionNo":"%s","decidedOn":"%s","violation":"未经许可储存危险化学品","fineYuan":300000,
                 "serious":true,"summaryProcedure":false,"permitViolation":"WITHOUT_PERMIT"}"""
                        .formatted(decisionNo, decidedOn));
    }

    /** A notice on 2025-09-26: its 5 working days run over the golden week to 2025-10-10. */
    private String notice(String uscc, String penaltyNo) {
        JsonNode notice = created(
                "/api/v1/enterprises/" + uscc + "/listing-notices",
                """
                {"basis":6,"penaltyDecisionNo":"%s","authority":"平湖市应急管理局","noticeNo":"平应急告〔2025〕%s",
                 "noticedOn":"2025-09-26","facts":"2025年8月未取得危险化学品经营许可证储存甲醇"}"""
                        .formatted(penaltyNo, penaltyNo));
        assertThat(notice.get("statementDeadline").asText()).isEqualTo("2025-10-10");
        return notice.get("id").asText();
    }

    private String decide(String uscc, String penaltyNo, String noticeId, String decidedOn, String response) {
        return created(
                        "/api/v1/enterprises/" + uscc + "/listings",
                        """
                {"basis":6,"penaltyDecisionNo":"%s","authority":"平湖市应急管理局","decisionNo":"平应急失信〔2025〕%s",
                 "decidedOn":"%s","noticeId":"%s"%s}"""
                                .formatted(
                                        penaltyNo,
                                        penaltyNo,
                                        decidedOn,
                                        noticeId,
                                        response == null ? "" : ",\"statementResponse\":\"" + response + "\""))
                .get("id")
                .asText();
    }

    @Test
    void noticeStatementAndDecisionAfterThePeriodAnsweringTheStatementThenPublished() {
        String uscc = register("330482");
        String enterprise = "/api/v1/enterprises/" + uscc;
        penalty(uscc, "P1", "2025-09-01");
        String notice = notice(uscc, "P1");
        created(
                enterprise + "/listing-notices/" + notice + "/statements",
                "{\"receivedOn\":\"2025-09-30\",\"summary\":\"已于9月补办许可证，请求不予列入\"}");
        String decision =
                """
                {"basis":6,"penaltyDecisionNo":"P1","authority":"平湖市应急管理局","decisionNo":"平应急失信〔2025〕P1",
                 "decidedOn":"2025-10-10","noticeId":"%s","statementResponse":"补办许可证不改变违法事实"}"""
                        .formatted(notice);
        refused(
                enterprise + "/listings",
                decision,
                409,
                "statement-period-running",
                "陈述、申辩期限至 2025-10-10 届满",
                "statement period runs until 2025-10-10");
        refused(
                enterprise + "/listings",
                decision.replace("2025-10-10", "2025-10-20").replace(",\"statementResponse\":\"补办许可证不改变违法事实\"", ""),
                409,
                "statement-response-required",
                "决定须予以答复",
                "must answer them");
        String listing = decide(uscc, "P1", notice, "2025-10-20", "补办许可证不改变违法事实");
        JsonNode listed = eventOf(enterprise, "EnterpriseBlacklisted");
        assertThat(listed.get("revision").asInt()).isEqualTo(4);
        assertThat(listed.get("data").get("noticeId").asText()).isEqualTo(notice);
        assertThat(listed.get("data").get("statementResponse").asText()).isEqualTo("补办许可证不改变违法事实");
        // the same penalty grounds nothing more
        refused(
                enterprise + "/listing-notices",
                """
                {"basis":6,"penaltyDecisionNo":"P1","authority":"平湖市应急管理局","noticeNo":"平应急告〔2025〕99",
                 "noticedOn":"2025-11-03","facts":"同上"}""",
                409,
                "penalty-already-listed",
                "一项处罚只能列入一次",
                "one penalty grounds at most one listing");

        JsonNode published = http().await(
                        "/api/public/v1/enterprises/" + uscc,
                        r -> r.status() == 200 && r.body().contains(listing))
                .json();
        JsonNode record = recordOf(published, listing);
        assertThat(record.get("kind").asText()).isEqualTo("LISTING");
        assertThat(record.get("authority").asText()).isEqualTo("平湖市应急管理局");
        assertThat(record.get("decisionNo").asText()).isEqualTo("平应急失信〔2025〕P1");
        assertThat(record.get("basis").asText()).startsWith("第6项");
        assertThat(record.get("publishedFrom").asText()).isEqualTo("2025-10-20");
        assertThat(record.get("publishedUntil").asText()).isEqualTo("2028-10-20");
        assertThat(record.get("fields").has("noticeId"))
                .as("not on the allow-list")
                .isFalse();
        // the penalty, published from the 7th working day after 2025-09-01 for five years
        JsonNode penalty = published.get("records").findParents("kind").stream()
                .filter(r -> "PENALTY".equals(r.get("kind").asText()))
                .findFirst()
                .orElseThrow();
        assertThat(penalty.get("publishedFrom").asText()).isEqualTo("2025-09-10");
        assertThat(penalty.get("publishedUntil").asText()).isEqualTo("2030-09-10");
        assertThat(penalty.toString()).doesNotContain("tester").doesNotContain("WITHOUT_PERMIT");
    }

    @Test
    void anObjectionMarksTheRecordWhereverItIsPublishedIsOverdueByItsDateAndIsDecidedOnce() {
        String uscc = register("330482");
        long penaltyPosition = penalty(uscc, "P2", "2025-09-01").get("position").asLong();
        String other = register("330482");
        long othersPosition = penalty(other, "P2", "2025-09-01").get("position").asLong();
        refused(
                "/api/v1/objections",
                "{\"uscc\":\"%s\",\"position\":%d,\"filedOn\":\"2025-11-03\",\"grounds\":\"非本企业\"}"
                        .formatted(uscc, othersPosition),
                409,
                "position-not-subjects",
                "不是企业 " + uscc + " 的信用记录",
                "is no credit record of " + uscc);
        JsonNode filed = created(
                "/api/v1/objections",
                "{\"uscc\":\"%s\",\"position\":%d,\"filedOn\":\"2025-11-03\",\"grounds\":\"罚款已撤销\"}"
                        .formatted(uscc, penaltyPosition));
        assertThat(filed.get("dueOn").asText()).isEqualTo("2025-11-10");
        String objection = filed.get("id").asText();

        // due 2025-11-10 and still open: overdue today, with nobody doing anything
        JsonNode overdue = http().await(
                        "/api/v1/objections?overdue=true", r -> r.body().contains(objection))
                .json();
        assertThat(overdue.findParents("objectionId").stream()
                        .filter(o -> objection.equals(o.get("objectionId").asText()))
                        .findFirst()
                        .orElseThrow()
                        .get("overdue")
                        .asBoolean())
                .isTrue();
        JsonNode marked = http().await(
                        "/api/public/v1/enterprises/" + uscc,
                        r -> r.status() == 200 && r.body().contains("异议处理中"))
                .json();
        assertThat(marked.get("records").get(0).get("objection").asText()).isEqualTo("异议处理中");
        JsonNode history = http().await("/api/v1/enterprises/" + uscc + "/history", r -> r.body()
                        .contains("underObjection"))
                .json();
        assertThat(history.get("events").findParents("underObjection").stream()
                        .filter(e -> e.get("position").asLong() == penaltyPosition)
                        .findFirst()
                        .orElseThrow()
                        .get("underObjection")
                        .asBoolean())
                .isTrue();

        created(
                "/api/v1/objections/" + objection + "/extension",
                "{\"reason\":\"需向执法机构核实\",\"extendedOn\":\"2025-11-05\"}");
        refused(
                "/api/v1/objections/" + objection + "/extension",
                "{\"reason\":\"再次延长\",\"extendedOn\":\"2025-11-06\"}",
                409,
                "objection-extended",
                "已延长过一次",
                "extended once already");
        created(
                "/api/v1/objections/" + objection + "/decision",
                "{\"decision\":\"REJECTED\",\"decidedOn\":\"2025-11-20\",\"reason\":\"处罚决定未被撤销\"}");
        refused(
                "/api/v1/objections/" + objection + "/decision",
                "{\"decision\":\"UPHELD\",\"decidedOn\":\"2025-11-21\",\"reason\":\"改判\"}",
                409,
                "objection-closed",
                "已作出决定",
                "already decided");
        http().await("/api/public/v1/enterprises/" + uscc, r -> !r.body().contains("异议处理中"));
    }

    @Test
    void anUpheldObjectionOnAListingAnnulsItInTheSameDecisionAndItIsNoLongerPublished() {
        String uscc = register("330482");
        String enterprise = "/api/v1/enterprises/" + uscc;
        penalty(uscc, "P3", "2025-09-01");
        String listing = decide(uscc, "P3", notice(uscc, "P3"), "2025-10-20", null);
        long position =
                eventOf(enterprise, "EnterpriseBlacklisted").get("position").asLong();
        http().await("/api/public/v1/enterprises/" + uscc, r -> r.body().contains(listing));
        String objection = created(
                        "/api/v1/objections",
                        "{\"uscc\":\"%s\",\"position\":%d,\"filedOn\":\"2025-10-22\",\"grounds\":\"未送达告知书\"}"
                                .formatted(uscc, position))
                .get("id")
                .asText();
        JsonNode decided = created(
                "/api/v1/objections/" + objection + "/decision",
                "{\"decision\":\"UPHELD\",\"decidedOn\":\"2025-10-28\",\"reason\":\"告知书未依法送达\"}");
        // the decision and the annulment: one commit
        JsonNode annulled = eventOf(enterprise, "ListingRevoked");
        assertThat(annulled.get("position").asLong())
                .isEqualTo(decided.get("position").asLong() - 1);
        assertThat(annulled.get("data").get("reason").asText()).contains("异议成立").contains(objection);
        http().await(
                        "/api/public/v1/enterprises/" + uscc,
                        r -> r.status() == 200 && !r.body().contains(listing));
    }

    @Test
    void repairAfterTwelveMonthsIsTheEarlyRemovalAndFraudReinstatesTheRemainingPeriod() {
        String uscc = register("330482");
        String enterprise = "/api/v1/enterprises/" + uscc;
        penalty(uscc, "P4", "2025-09-01");
        String listing = decide(uscc, "P4", notice(uscc, "P4"), "2025-10-20", null);
        String application =
                """
                {"appliedOn":"2026-10-19","penaltyExecuted":true,"rectificationReportNo":"整改〔2026〕1号",
                 "commitmentId":"cmt-2026-1"}""";
        // the commitment it names must be on file (made by this enterprise by the day of the application)
        refused(
                enterprise + "/listings/" + listing + "/repair-applications",
                application.replace("2026-10-19", "2026-10-20"),
                409,
                "commitment-not-on-file",
                "没有编号为 cmt-2026-1 的信用承诺",
                "no credit commitment cmt-2026-1 on file");
        String commitment = created(
                        enterprise + "/commitments", "{\"madeOn\":\"2026-09-01\",\"text\":\"本企业承诺依法依规开展生产经营\"}")
                .get("id")
                .asText();
        application = application.replace("cmt-2026-1", commitment);
        refused(
                enterprise + "/listings/" + listing + "/repair-applications",
                application,
                409,
                "repair-too-early",
                "最早 2026-10-20",
                "possible from 2026-10-20");
        String repair = created(
                        enterprise + "/listings/" + listing + "/repair-applications",
                        application.replace("2026-10-19", "2026-10-20"))
                .get("id")
                .asText();
        created(
                "/api/v1/repair-applications/" + repair + "/decision",
                "{\"decision\":\"APPROVE\",\"decidedOn\":\"2026-10-26\",\"decisionNo\":\"平应急修〔2026〕1号\"}");
        assertThat(eventOf(enterprise, "ListingRemovedEarly")
                        .get("data")
                        .get("decidedOn")
                        .asText())
                .isEqualTo("2026-10-26");
        // 725 days were left (2026-10-26 → 2028-10-20): from 2026-11-02 the listing runs until 2028-10-27
        created(
                enterprise + "/listings/" + listing + "/reinstatement",
                "{\"decidedOn\":\"2026-11-02\",\"decisionNo\":\"平应急恢〔2026〕1号\",\"reason\":\"整改报告系伪造\"}");
        JsonNode reinstated = eventOf(enterprise, "ListingReinstated");
        assertThat(reinstated.get("data").get("expiresOn").asText()).isEqualTo("2028-10-27");
        assertThat(reinstated.get("data").get("repairId").asText()).isEqualTo(repair);
        JsonNode status = http().get(enterprise + "/status?validAt=2026-11-01").json();
        assertThat(status.get("status").asText())
                .as("removed early, before the reinstatement")
                .isEqualTo("WATCH");
        assertThat(http().get(enterprise + "/status?validAt=2026-11-02")
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("BLACK");
        assertThat(http().get(enterprise + "/status?validAt=2028-10-27")
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("WATCH");
    }

    @Test
    void aReinstatementRechecksThePinghuAwardOfTheYearsTheListingRunsAgain() {
        String uscc = register("330482");
        String enterprise = "/api/v1/enterprises/" + uscc;
        penalty(uscc, "P5", "2020-05-20");
        String listing = created(
                        enterprise + "/listings",
                        """
                {"basis":6,"regime":"MEM_ORDER_11_2023","penaltyDecisionNo":"P5","authority":"平湖市应急管理局",
                 "decisionNo":"平应急失信〔2020〕5号","decidedOn":"2020-06-01"}""")
                .get("id")
                .asText();
        created(
                enterprise + "/listings/" + listing + "/early-removal",
                "{\"decisionNo\":\"修-2021\",\"decidedOn\":\"2021-06-01\"}");
        String basis = created(
                        enterprise + "/certifications",
                        """
                {"type":"DEMONSTRATION_ENTERPRISE","certificateNo":"示范-R","issuer":"平湖市应急管理局","issuedOn":"2022-03-01"}""")
                .get("id")
                .asText();
        String application = AwardApiTest.apply(http(), uscc, "DEMONSTRATION_ENTERPRISE", 2022, basis)
                .json()
                .get("id")
                .asText();
        assertThat(AwardApiTest.approveByAll(port, application)).isEqualTo("GRANTED");

        JsonNode reinstated = created(
                enterprise + "/listings/" + listing + "/reinstatement",
                "{\"decidedOn\":\"2022-01-10\",\"decisionNo\":\"恢-2022\",\"reason\":\"修复材料系伪造\"}");
        JsonNode marked = http().await(
                        "/api/v1/awards?uscc=" + uscc, r -> r.body().contains("\"recovery\":\"PENDING\""))
                .json()
                .get(0);
        assertThat(marked.get("recoveryFactPosition").asLong())
                .isEqualTo(reinstated.get("position").asLong());
    }

    private String person(String qualification, String employerUscc) {
        String registrationNo = TestPeople.registrationNo("ZP");
        created(
                "/api/v1/practitioners",
                """
                {"registrationNo":"%s","qualification":"%s","qualifiedOn":"2020-03-01","name":"李建国",
                 "idNumber":"%s","employerUscc":"%s","employedFrom":"2020-04-01"}"""
                        .formatted(registrationNo, qualification, TestPeople.idNumber(), employerUscc));
        return registrationNo;
    }

    /** 11号令 basis 5 is the principal's conduct: the notice names a principal on record at the enterprise. */
    @Test
    void basisFiveNamesTheEnterprisesPrincipalWhomTheLedgerKnows() {
        String uscc = register("330482");
        String other = register("330482");
        String enterprise = "/api/v1/enterprises/" + uscc;
        penalty(uscc, "P55", "2025-09-01");
        String principal = person("PRINCIPAL", uscc);
        String engineer = person("REGISTERED_SAFETY_ENGINEER", uscc);
        String elsewhere = person("PRINCIPAL", other);
        String notice =
                """
                {"basis":5,"penaltyDecisionNo":"P55","authority":"平湖市应急管理局","noticeNo":"平应急告〔2025〕55号",
                 "noticedOn":"2025-09-26","facts":"2025年8月3日事故发生后主要负责人擅离职守",
                 "groundsOverride":{"reason":"事故调查报告认定主要负责人擅离职守"}%s}""";
        refused(
                enterprise + "/listing-notices",
                notice.formatted(""),
                400,
                "principal-required",
                "须填写该主要负责人的注册号",
                "name the principal by registration number");
        refused(
                enterprise + "/listing-notices",
                notice.formatted(",\"principalRegistrationNo\":\"ZP-NOBODY-1\""),
                404,
                "unknown-practitioner",
                "ZP-NOBODY-1",
                "ZP-NOBODY-1");
        refused(
                enterprise + "/listing-notices",
                notice.formatted(",\"principalRegistrationNo\":\"" + engineer + "\""),
                409,
                "not-a-principal",
                "登记为注册安全工程师",
                "not as a principal");
        refused(
                enterprise + "/listing-notices",
                notice.formatted(",\"principalRegistrationNo\":\"" + elsewhere + "\""),
                409,
                "principal-not-employed",
                "没有在该企业任职的记录",
                "no employment at this enterprise");
        refused(
                enterprise + "/listing-notices",
                notice.replace("\"basis\":5", "\"basis\":9")
                        .replace(",\n \"groundsOverride\":{\"reason\":\"事故调查报告认定主要负责人擅离职守\"}", "")
                        .formatted(",\"principalRegistrationNo\":\"" + principal + "\""),
                400,
                "principal-not-allowed",
                "只有第5项填写主要负责人",
                "only basis 5 names one");

        String noticeId = created(
                        enterprise + "/listing-notices",
                        notice.formatted(",\"principalRegistrationNo\":\"" + principal + "\""))
                .get("id")
                .asText();
        // the decision keeps the notice's person: another one is refused, none takes the notice's
        String decision =
                """
                {"basis":5,"penaltyDecisionNo":"P55","authority":"平湖市应急管理局","decisionNo":"平应急失信〔2025〕55号",
                 "decidedOn":"2025-10-20","noticeId":"%s","groundsOverride":{"reason":"事故调查报告认定主要负责人擅离职守"}%s}""";
        String otherPrincipal = person("PRINCIPAL", uscc);
        refused(
                enterprise + "/listings",
                decision.formatted(noticeId, ",\"principalRegistrationNo\":\"" + otherPrincipal + "\""),
                409,
                "principal-differs-from-notice",
                principal,
                principal);
        created(enterprise + "/listings", decision.formatted(noticeId, ""));
        JsonNode listed = eventOf(enterprise, "EnterpriseBlacklisted");
        assertThat(listed.get("data").get("principalRegistrationNo").asText()).isEqualTo(principal);
        assertThat(eventOf(enterprise, "ListingNoticed")
                        .get("data")
                        .get("principalRegistrationNo")
                        .asText())
                .isEqualTo(principal);
    }

    private JsonNode eventOf(String enterprise, String type) {
        List<JsonNode> found = new ArrayList<>();
        http().await(enterprise + "/history?types=" + type, r -> r.body().contains("\"" + type + "\""))
                .json()
                .get("events")
                .forEach(found::add);
        return found.get(found.size() - 1);
    }

    private static JsonNode recordOf(JsonNode published, String recordId) {
        for (JsonNode record : published.get("records")) {
            if (recordId.equals(record.get("recordId").asText())) {
                return record;
            }
        }
        throw new AssertionError("no record " + recordId + " in " + published);
    }
}

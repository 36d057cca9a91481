package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.safetycredit.ledger.store.LedgerReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Graded supervision over real HTTP: hazards and 重点关注, suspension orders and resumption, the red list as a
 * decision the ledger checks on its day, partner departments' entries, the level-one response calendar flagging an
 * accident, the plan and a 双随机 draw with its proof. Every refusal appends nothing.
 */
@LedgerServerTest
class GradedSupervisionApiTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    @Autowired
    LedgerReader store;

    private Http http() {
        return new Http(port);
    }

    private String registered(String region, String registeredOn) {
        String uscc = TestUsccs.in(region);
        Http.Response answer = http().post(
                        "/api/v1/enterprises",
                        """
                {"uscc":"%s","name":"示例企业%s","industry":"MANUFACTURING","regionCode":"%s",
                 "registeredOn":"%s"}"""
                                .formatted(uscc, uscc.substring(10), region, registeredOn));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return uscc;
    }

    private JsonNode grade(String uscc) {
        return http().get("/api/v1/enterprises/" + uscc + "/status").json().get("grade");
    }

    private static List<String> codes(JsonNode evidence) {
        List<String> codes = new ArrayList<>();
        evidence.forEach(e -> codes.add(e.get("code").asText()));
        return codes;
    }

    private static boolean lists(Http.Response list, String uscc) {
        return list.body().contains("\"" + uscc + "\"");
    }

    private static JsonNode hazard(Http http, String query, String hazardId) {
        for (JsonNode h : http.get("/api/v1/supervision/hazards" + query).json().get("hazards")) {
            if (h.get("hazardId").asText().equals(hazardId)) {
                return h;
            }
        }
        throw new AssertionError("hazard " + hazardId + " not listed" + query);
    }

    @Test
    void aMajorHazardPastItsDeadlineIsOnTheWatchListAndTheHazardListUntilItIsRectified() {
        Http http = http();
        String uscc = registered("330482", "2018-05-02");
        String enterprise = "/api/v1/enterprises/" + uscc;
        Http.Response found = http.post(
                enterprise + "/hazards",
                """
                {"foundOn":"%s","description":"储罐区可燃气体报警失效","major":true,"supervisionNo":"平安委挂牌〔2026〕9号",
                 "deadline":"%s"}"""
                        .formatted(TODAY.minusDays(60), TODAY.minusDays(1)));
        assertThat(found.status()).as(found.body()).isEqualTo(201);
        String hazard = found.json().get("id").asText();

        // visible without a command: the watch list and the hazards list of today name it, overdue
        Http.Response watch = http.await("/api/v1/lists/watch", r -> lists(r, uscc));
        assertThat(watch.body()).contains("MAJOR_HAZARD_OVERDUE");
        assertThat(hazard(http, "", hazard).get("overdue").asBoolean()).isTrue();
        // on its deadline it was open, not overdue (the deadline is the last day to rectify)
        assertThat(hazard(http, "?validAt=" + TODAY.minusDays(1), hazard)
                        .get("overdue")
                        .asBoolean())
                .isFalse();
        assertThat(codes(grade(uscc).get("deductions"))).contains("MAJOR_HAZARD_OVERDUE");

        // a rectification verified before the hazard was found is refused, and appends nothing
        long head = store.head().position();
        Http.Response early = http.post(
                enterprise + "/hazards/" + hazard + "/rectification",
                """
                {"verifiedOn":"%s","verifiedBy":"平湖市应急管理局"}""".formatted(TODAY.minusDays(61)));
        assertThat(early.status()).as(early.body()).isIn(400, 409);
        assertThat(store.head().position()).isEqualTo(head);

        Http.Response rectified = http.post(
                enterprise + "/hazards/" + hazard + "/rectification",
                """
                {"verifiedOn":"%s","verifiedBy":"平湖市应急管理局"}""".formatted(TODAY));
        assertThat(rectified.status()).as(rectified.body()).isEqualTo(200);
        http.await("/api/v1/lists/watch", r -> !lists(r, uscc));
        assertThat(http.get("/api/v1/supervision/hazards").body()).doesNotContain(hazard);
        // as of yesterday it is still on the watch list: the lists are as of any date
        assertThat(lists(http.get("/api/v1/lists/watch?validAt=" + TODAY.minusDays(1)), uscc))
                .isTrue();
    }

    @Test
    void aSuspensionOrderGradesDAndResumptionWaitsForTheMajorHazards() {
        Http http = http();
        String uscc = registered("330482", "2018-05-02");
        String enterprise = "/api/v1/enterprises/" + uscc;
        assertThat(grade(uscc).get("grade").asText()).isEqualTo("B");
        String hazard = http.post(
                        enterprise + "/hazards",
                        """
                {"foundOn":"%s","description":"粉尘涉爆","major":true,"deadline":"%s"}"""
                                .formatted(TODAY.minusDays(10), TODAY.plusDays(30)))
                .json()
                .get("id")
                .asText();
        Http.Response ordered = http.post(
                enterprise + "/suspension-orders",
                """
                {"orderedOn":"%s","decisionNo":"平应急停〔2026〕7号","reason":"重大事故隐患"}"""
                        .formatted(TODAY.minusDays(9)));
        assertThat(ordered.status()).as(ordered.body()).isEqualTo(201);
        String order = ordered.json().get("id").asText();
        JsonNode suspended = grade(uscc);
        assertThat(suspended.get("grade").asText()).isEqualTo("D");
        assertThat(codes(suspended.get("reasons"))).contains("SUSPENDED_MAKES_D");

        long head = store.head().position();
        Http.Response refused = http.post(
                enterprise + "/suspension-orders/" + order + "/resumption",
                """
                {"resumedOn":"%s","decisionNo":"平应急复〔2026〕7号"}""".formatted(TODAY));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("hazard-not-rectified");
        assertThat(refused.json().get("detail").asText())
                .as("the open hazard named by its day and what was found, not by its id")
                .contains(TODAY.minusDays(10) + " 发现的事故隐患（粉尘涉爆）")
                .doesNotContain("hzd-");
        assertThat(store.head().position()).as("a refusal appends nothing").isEqualTo(head);

        http.post(
                enterprise + "/hazards/" + hazard + "/rectification",
                """
                {"verifiedOn":"%s","verifiedBy":"平湖市应急管理局"}""".formatted(TODAY.minusDays(1)));
        Http.Response resumed = http.post(
                enterprise + "/suspension-orders/" + order + "/resumption",
                """
                {"resumedOn":"%s","decisionNo":"平应急复〔2026〕7号"}""".formatted(TODAY));
        assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
        assertThat(grade(uscc).get("grade").asText()).isNotEqualTo("D");
        // the day before it resumed, it was still D: grades as of any date
        assertThat(http.get(enterprise + "/status?validAt=" + TODAY.minusDays(1))
                        .json()
                        .get("grade")
                        .get("grade")
                        .asText())
                .isEqualTo("D");
    }

    @Test
    void theRedListIsADecisionTheLedgerChecksOnItsDayAndLosesOnALaterAdverseFact() {
        Http http = http();
        String uscc = registered("330482", "2018-05-02");
        String enterprise = "/api/v1/enterprises/" + uscc;
        assertThat(http.post(
                                enterprise + "/certifications",
                                """
                {"type":"STANDARDIZATION","level":"1","certificateNo":"AQB-%s","issuer":"应急管理部",
                 "issuedOn":"2025-01-10","expiresOn":"2028-01-09"}"""
                                        .formatted(uscc.substring(10)))
                        .status())
                .isEqualTo(201);
        String decision = """
                {"decidedOn":"%s","decisionNo":"平应急信〔2026〕%s号","authority":"平湖市应急管理局"}""";

        // no public commitment yet: not a candidate, and a decision is refused with the criterion it misses
        assertThat(lists(http.get("/api/v1/lists/red/candidates"), uscc)).isFalse();
        long head = store.head().position();
        Http.Response refused =
                http.post(enterprise + "/red-list-decisions", decision.formatted(TODAY, uscc.substring(12)));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").toString()).contains("NO_PUBLIC_COMMITMENT");
        assertThat(store.head().position()).as("a refusal appends nothing").isEqualTo(head);
        // and the enterprise's own status says which criteria it misses, apart from its (empty) status reasons
        JsonNode status = http.get(enterprise + "/status").json();
        assertThat(status.get("status").asText()).isEqualTo("NORMAL");
        assertThat(codes(status.get("redListCriteriaNotMet"))).contains("NO_PUBLIC_COMMITMENT");
        assertThat(codes(status.get("reasons"))).doesNotContain("NO_PUBLIC_COMMITMENT");

        assertThat(http.post(
                                enterprise + "/commitments",
                                """
                {"madeOn":"%s","text":"本企业承诺守法经营","publishedAt":"%sT09:00:00+08:00"}"""
                                        .formatted(TODAY.minusDays(20), TODAY.minusDays(19)))
                        .status())
                .isEqualTo(201);
        Http.Response candidates = http.await("/api/v1/lists/red/candidates", r -> lists(r, uscc));
        assertThat(candidates.body()).contains("PUBLIC_COMMITMENT", "STANDARDIZATION");
        // on a day before the commitment was public the criteria did not hold: refused for that day
        Http.Response tooEarly = http.post(
                enterprise + "/red-list-decisions", decision.formatted(TODAY.minusDays(20), uscc.substring(12)));
        assertThat(tooEarly.status()).as(tooEarly.body()).isEqualTo(409);

        Http.Response decided =
                http.post(enterprise + "/red-list-decisions", decision.formatted(TODAY, uscc.substring(12)));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        // a second decision while this one is in force names it by its number and term, never by an id
        long beforeSecond = store.head().position();
        Http.Response second =
                http.post(enterprise + "/red-list-decisions", decision.formatted(TODAY, "9" + uscc.substring(12)));
        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.json().get("detail").asText())
                .contains("认定决定 平应急信〔2026〕" + uscc.substring(12) + "号")
                .contains(TODAY.toString())
                .doesNotContain(decided.json().get("id").asText());
        assertThat(store.head().position()).as("a refusal appends nothing").isEqualTo(beforeSecond);
        http.await("/api/v1/lists/red", r -> lists(r, uscc));
        http.await("/api/v1/lists/red/candidates", r -> !lists(r, uscc));
        // published while in force (RULES.md §10): the decision's number and authority, not the rule set's inner facts
        Http.Response published =
                http.await("/api/public/v1/enterprises/" + uscc, r -> r.body().contains("\"RED_LIST\""));
        assertThat(published.body()).contains("平湖市应急管理局").doesNotContain("groundPositions", "rulesId");

        // a later penalty: the ledger records the loss itself, and the red list no longer names it
        assertThat(http.post(
                                enterprise + "/penalties",
                                """
                {"decisionNo":"平应急罚〔2026〕%s号","decidedOn":"%s","violation":"未按规定开展隐患排查",
                 "fineYuan":20000,"serious":false,"summaryProcedure":false}"""
                                        .formatted(uscc.substring(12), TODAY))
                        .status())
                .isEqualTo(201);
        http.await("/api/v1/lists/red", r -> !lists(r, uscc));
        http.await(enterprise + "/history", r -> r.body().contains("RedListDecisionLost"));
        http.await("/api/public/v1/enterprises/" + uscc, r -> !r.body().contains("\"RED_LIST\""));
    }

    @Test
    void aPartnerDepartmentRecordsItsOwnSevereListOnlyAndItCountsAgainstTheRedList() {
        String uscc = registered("330482", "2018-05-02");
        String entry =
                """
                {"uscc":"%s","listName":"重大税收违法失信主体名单","decisionNo":"嘉税稽〔2026〕%s号",
                 "from":"%s","to":"%s"}"""
                        .formatted(uscc, uscc.substring(12), TODAY.minusDays(5), TODAY.plusYears(3));
        Http partner = new Http(port, "partner-tax");
        long head = store.head().position();
        assertThat(partner.post("/api/v1/partner-lists/MARKET_REGULATION/entries", entry)
                        .status())
                .as("another department's list is not the tax bureau's to send")
                .isEqualTo(403);
        assertThat(new Http(port, "registrar")
                        .post("/api/v1/partner-lists/TAXATION/entries", entry)
                        .status())
                .isEqualTo(403);
        assertThat(store.head().position()).isEqualTo(head);

        Http.Response recorded = partner.post("/api/v1/partner-lists/TAXATION/entries", entry);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        JsonNode status = http().get("/api/v1/enterprises/" + uscc + "/status").json();
        assertThat(codes(status.get("redListCriteriaNotMet"))).contains("ON_PARTNER_SEVERE_LIST");
    }

    @Test
    void anAccidentInsideALevelOneResponseIsFlaggedByTheLedgerAndTheClerkMayOverrideWithAReason() {
        Http admin = new Http(port, "admin");
        // a period of its own, long ago, in a region no other test reports accidents in then
        long head = store.head().position();
        assertThat(new Http(port, "registrar")
                        .post(
                                "/api/v1/emergency-responses",
                                """
                {"regionCode":"330424","from":"2009-07-01","to":"2009-07-03","documentNo":"嘉防指〔2009〕1号"}""")
                        .status())
                .as("only an administrator keeps the calendar")
                .isEqualTo(403);
        assertThat(store.head().position()).isEqualTo(head);
        Http.Response declared = admin.post(
                "/api/v1/emergency-responses",
                """
                {"regionCode":"330424","from":"2009-07-01","to":"2009-07-03","documentNo":"嘉防指〔2009〕1号",
                 "description":"防台风一级应急响应"}""");
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        assertThat(http().get("/api/v1/emergency-responses").body()).contains("嘉防指〔2009〕1号");

        String uscc = registered("330424", "2008-01-02");
        String accident =
                """
                {"occurredAt":"%s","deaths":0,"seriousInjuries":1,"personsEndangered":0,"directLossYuan":1000,
                 "duringLevelOneResponse":%s,"category":"PRODUCTION","reportNo":"%s"%s}""";
        Http.Response inside = http().post(
                        "/api/v1/enterprises/" + uscc + "/accidents",
                        accident.formatted("2009-07-02T10:00:00+08:00", false, "R-" + UUID.randomUUID(), ""));
        assertThat(inside.status()).as(inside.body()).isEqualTo(201);
        Http.Response outside = http().post(
                        "/api/v1/enterprises/" + uscc + "/accidents",
                        accident.formatted("2009-07-04T10:00:00+08:00", false, "R-" + UUID.randomUUID(), ""));
        assertThat(outside.status()).isEqualTo(201);
        // the clerk flags a day the calendar does not cover: only with a reason
        head = store.head().position();
        Http.Response unexplained = http().post(
                        "/api/v1/enterprises/" + uscc + "/accidents",
                        accident.formatted("2009-07-05T10:00:00+08:00", true, "R-" + UUID.randomUUID(), ""));
        assertThat(unexplained.status()).as(unexplained.body()).isEqualTo(400);
        assertThat(store.head().position()).isEqualTo(head);
        Http.Response overridden = http().post(
                        "/api/v1/enterprises/" + uscc + "/accidents",
                        accident.formatted(
                                "2009-07-05T10:00:00+08:00",
                                true,
                                "R-" + UUID.randomUUID(),
                                ",\"levelOneResponseOverrideReason\":\"省防指口头通知延长一日\""));
        assertThat(overridden.status()).as(overridden.body()).isEqualTo(201);

        JsonNode events = http().await(
                        "/api/v1/enterprises/" + uscc + "/history?types=AccidentReported",
                        r -> r.json().get("events").size() == 3)
                .json()
                .get("events");
        List<String> flags = new ArrayList<>();
        events.forEach(e -> {
            if (e.get("type").asText().equals("AccidentReported")) {
                flags.add(e.get("data").get("duringLevelOneResponse").asText());
            }
        });
        assertThat(flags).containsExactly("true", "false", "true");
    }

    @Test
    void aDrawIsRecordedWithItsProofAndTheSameRoundAnswersTheSameEnterprises() {
        Http reviewer = new Http(port, "reviewer");
        for (int i = 0; i < 4; i++) {
            registered("330483", "2017-03-0" + (i + 1));
        }
        String period = "T" + UUID.randomUUID().toString().substring(0, 8);
        long head = store.head().position();
        Http.Response invalid = reviewer.post(
                "/api/v1/supervision/draws",
                """
                {"year":2026,"period":"%s","regionCode":"330483","count":0}""".formatted(period));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(store.head().position()).isEqualTo(head);

        String request =
                """
                {"year":2026,"period":"%s","regionCode":"330483","count":3,"seed":"seed-%s",
                 "inspectors":{"roster":["ZJ-1","ZJ-2","ZJ-3","ZJ-4","ZJ-5"],"perEnterprise":2}}"""
                        .formatted(period, period);
        String key = UUID.randomUUID().toString();
        Http.Response drawn = reviewer.post("/api/v1/supervision/draws", request, key);
        assertThat(drawn.status()).as(drawn.body()).isEqualTo(201);
        JsonNode draw = drawn.json();
        assertThat(draw.get("draw").get("drawn")).hasSize(3);
        assertThat(draw.get("draw").get("inspectors")).hasSize(3);
        draw.get("draw").get("inspectors").forEach(a -> assertThat(a.get("inspectors"))
                .hasSize(2));
        assertThat(draw.get("proof").get("ok").asBoolean()).isTrue();
        assertThat(draw.get("draw").get("candidateCount").asInt()).isGreaterThanOrEqualTo(4);

        JsonNode read = http().get(
                        "/api/v1/supervision/draws/" + draw.get("drawId").asText())
                .json();
        assertThat(read.get("draw").get("drawn")).isEqualTo(draw.get("draw").get("drawn"));
        assertThat(read.get("proof").get("candidatesMatch").asBoolean()).isTrue();
        // one draw per round: a repeat with its key answers the recorded draw, another draw is refused
        head = store.head().position();
        Http.Response repeat = reviewer.post("/api/v1/supervision/draws", request, key);
        assertThat(repeat.json().get("draw").get("drawn"))
                .isEqualTo(draw.get("draw").get("drawn"));
        Http.Response again = reviewer.post("/api/v1/supervision/draws", request.replace("\"count\":3", "\"count\":2"));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(store.head().position()).isEqualTo(head);
        assertThat(new Http(port, "registrar")
                        .post("/api/v1/supervision/draws", request.replace(period + "\"", period + "x\""))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void thePlanGivesEachEnterpriseItsInspectionsByGradeAndIndustryRisk() {
        String uscc = registered("330481", "2017-04-01");
        JsonNode plan = http().await(
                        "/api/v1/supervision/plan?year=" + TODAY.getYear() + "&regionCode=330481&validAt=" + TODAY,
                        r -> lists(r, uscc))
                .json();
        assertThat(plan.get("planId").asText()).isEqualTo("EXAMPLE_SUPERVISION_PLAN");
        for (JsonNode e : plan.get("entries")) {
            if (e.get("uscc").asText().equals(uscc)) {
                // B in manufacturing (not a high-risk industry): 2 inspections a year by the plan's rule file
                assertThat(e.get("grade").asText()).isEqualTo("B");
                assertThat(e.get("highRisk").asBoolean()).isFalse();
                assertThat(e.get("inspections").asInt()).isEqualTo(2);
            }
        }
        assertThat(http().get("/api/v1/supervision/plan?year=1999").status()).isEqualTo(400);
    }
}

package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.safetycredit.ledger.contracts.values.Uscc;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Award money over real HTTP (RULES.md §7, §7a): the joint review by each department's own reviewer, the
 * policy's scope, once per achievement and per person, caps per enterprise and year in fen, recovery by the
 * fact's own year and its lifting, and the auditor's view. Every refusal appends nothing.
 */
@LedgerServerTest
class AwardApiTest {

    /** The reviewer accounts of the test configuration, one per joint-review department. */
    static final List<String> REVIEWERS =
            List.of("reviewer", "reviewer-finance", "reviewer-economy", "reviewer-market");

    @LocalServerPort
    int port;

    static String uscc(String first17) {
        return first17 + Uscc.checkCharacter(first17);
    }

    private String register(Http http, String first17, String industry, String region) {
        String uscc = uscc(first17);
        assertThat(http.post(
                                "/api/v1/enterprises",
                                """
                {"uscc":"%s","name":"示例企业%s","industry":"%s","regionCode":"%s","registeredOn":"2019-05-01"}"""
                                        .formatted(uscc, first17.substring(14), industry, region))
                        .status())
                .isEqualTo(201);
        return uscc;
    }

    private static String certificate(Http http, String uscc, String body) {
        Http.Response created = http.post("/api/v1/enterprises/" + uscc + "/certifications", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    static Http.Response apply(Http http, String uscc, String award, int year, String basis) {
        return http.post(
                "/api/v1/award-applications",
                "{\"uscc\":\"" + uscc + "\",\"awardType\":\"" + award + "\",\"policyYear\":" + year
                        + (basis == null ? "" : ",\"basisId\":\"" + basis + "\"") + "}");
    }

    /** Every department approves, each through its own reviewer; the last answer's outcome. */
    static String approveByAll(int port, String application) {
        String outcome = null;
        for (String reviewer : REVIEWERS) {
            Http.Response reviewed = new Http(port, reviewer)
                    .post("/api/v1/award-applications/" + application + "/reviews", "{\"decision\":\"APPROVE\"}");
            assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
            outcome = reviewed.json().get("outcome").asText();
        }
        return outcome;
    }

    static long head(Http http) {
        return http.get("/api/v1/feed?after=0&limit=1").json().get("head").asLong();
    }

    @Test
    void anApprovedAwardIsGrantedWithItsAmountAndAFatalAccidentOfItsYearMarksItForRecovery() throws Exception {
        Http http = new Http(port);
        String uscc = register(http, "91330482MA2B00011", "LUGGAGE_MANUFACTURING", "330482");
        String enterprise = "/api/v1/enterprises/" + uscc;
        String basis = certificate(
                http,
                uscc,
                """
                {"type":"DUAL_PREVENTION","certificateNo":"七个一-2021-08","issuer":"平湖市应急管理局","issuedOn":"2021-02-01"}""");

        long head = head(http);
        Http.Response noPolicy = apply(http, uscc, "DUAL_PREVENTION", 2019, basis);
        assertThat(noPolicy.status()).isEqualTo(400);
        assertThat(noPolicy.json().get("detail").asText()).contains("没有奖励政策适用于 2019 年度");
        assertThat(noPolicy.json().get("errors").get(0).get("code").asText()).isEqualTo("year-not-covered");
        assertThat(apply(http, uscc, "FREE_LUNCH", 2021, basis).status()).isEqualTo(400);
        assertThat(apply(http, uscc, "DUAL_PREVENTION", 2022, basis)
                        .json()
                        .get("errors")
                        .get(0)
                        .get("code")
                        .asText())
                .isEqualTo("basis-not-in-year");
        assertThat(apply(http, uscc("91330421MA2C00021"), "DUAL_PREVENTION", 2021, null)
                        .status())
                .isEqualTo(404);
        assertThat(head(http)).isEqualTo(head);

        String application = apply(http, uscc, "DUAL_PREVENTION", 2021, basis)
                .json()
                .get("id")
                .asText();
        assertThat(approveByAll(port, application)).isEqualTo("GRANTED");
        assertThat(new Http(port, "reviewer-finance")
                        .post("/api/v1/award-applications/" + application + "/reviews", "{\"decision\":\"APPROVE\"}")
                        .status())
                .isEqualTo(409);
        assertThat(eventOfType(http, enterprise, "AwardGranted")
                        .get("data")
                        .get("amountFen")
                        .asLong())
                .isEqualTo(5_000_00L);

        long accidentAt = http.post(
                        enterprise + "/accidents",
                        """
                {"occurredAt":"2021-10-08T09:00:00+08:00","deaths":1,"seriousInjuries":0,"personsEndangered":0,
                 "directLossYuan":300000,"duringLevelOneResponse":false,"category":"PRODUCTION","reportNo":"平应急事〔2021〕11号"}""")
                .json()
                .get("position")
                .asLong();
        JsonNode recovery = eventOfType(http, enterprise, "AwardMarkedForRecovery");
        assertThat(recovery.get("data").get("applicationId").asText()).isEqualTo(application);
        assertThat(recovery.get("data").get("amountFen").asLong()).isEqualTo(5_000_00L);
        assertThat(recovery.get("data").get("factPosition").asLong()).isEqualTo(accidentAt);
        assertThat(recovery.get("data").get("reasons").get(0).get("code").asText())
                .isEqualTo("FATAL_ACCIDENT_IN_YEAR");
        assertThat(recovery.get("actor").get("user").asText()).isEqualTo("award-recovery-policy");

        // the award book as Excel: labels, departments by name, yuan with fen, the recovery by its words
        http.await("/api/v1/awards?uscc=" + uscc, r -> r.body().contains("\"recovery\":\"PENDING\""));
        Http.Download book = http.download("/api/v1/awards?uscc=" + uscc + "&format=xlsx");
        assertThat(book.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        List<List<String>> rows = Spreadsheets.rows(book.body());
        assertThat(rows.get(0)).startsWith("统一社会信用代码", "奖励项目", "政策年度", "申请日期", "状态", "金额（元）");
        assertThat(rows).hasSize(2);
        List<String> row = rows.get(1);
        assertThat(row.get(0)).isEqualTo(uscc);
        assertThat(row.get(1)).doesNotContain("DUAL_PREVENTION");
        assertThat(row.get(5)).isEqualTo("5,000.00");
        assertThat(String.join(" ", row))
                .contains("平湖市财政局：同意")
                .contains("待追回")
                .doesNotContain("FINANCE")
                .doesNotContain("APPROVE");
        assertThat(http.get("/api/v1/awards?format=doc").status()).isEqualTo(400);
    }

    @Test
    void aJiashanEnterpriseGetsNoPinghuAwardAndNothingIsAppended() {
        Http http = new Http(port);
        String jiashan = register(http, "91330421MA2B00071", "MANUFACTURING", "330421");
        String basis = certificate(
                http,
                jiashan,
                """
                {"type":"DEMONSTRATION_ENTERPRISE","certificateNo":"示范-7","issuer":"嘉善县应急管理局","issuedOn":"2021-04-01"}""");
        long head = head(http);
        Http.Response refused = apply(http, jiashan, "DEMONSTRATION_ENTERPRISE", 2021, basis);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("code").asText()).isEqualTo("out-of-scope");
        assertThat(refused.json().get("detail").asText()).contains("嘉善县").contains("只适用于注册在平湖市的企业");
        assertThat(head(http)).isEqualTo(head);
    }

    @Test
    void oneStandardizationAchievementIsPaidOnceWhateverTheApplications() {
        Http http = new Http(port);
        String uscc = register(http, "91330482MA2B00031", "MANUFACTURING", "330482");
        String first = certificate(
                http,
                uscc,
                """
                {"type":"STANDARDIZATION","level":"1","certificateNo":"标一-1","issuer":"浙江省应急管理厅","issuedOn":"2021-03-01"}""");
        certificate(
                http,
                uscc,
                """
                {"type":"STANDARDIZATION","level":"1","certificateNo":"标一-2","issuer":"浙江省应急管理厅","issuedOn":"2021-09-01"}""");
        Http.Response applied = apply(http, uscc, "STANDARDIZATION_LEVEL_1", 2021, first);
        assertThat(applied.status()).isEqualTo(201);
        String application = applied.json().get("id").asText();
        long head = head(http);
        for (String basis : new String[] {first, null}) { // the same certificate, then no basis named
            Http.Response again = apply(http, uscc, "STANDARDIZATION_LEVEL_1", 2021, basis);
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().get("errors").get(0).get("code").asText()).isEqualTo("basis-taken");
            assertThat(again.json().get("related").asText()).isEqualTo(application);
            assertThat(again.json().get("detail").asText())
                    .as("the basis by its name, not an internal identifier")
                    .contains("安全生产标准化证书")
                    .doesNotContain("cert-")
                    .doesNotContain("awd-");
        }
        assertThat(head(http)).isEqualTo(head);
        // and the enterprise page no longer offers the award
        JsonNode eligibility = http.get("/api/v1/enterprises/" + uscc + "/eligibility?policyYear=2021")
                .json();
        for (JsonNode award : eligibility.get("awards")) {
            if (award.get("awardType").asText().equals("STANDARDIZATION_LEVEL_1")) {
                assertThat(award.get("eligible").asBoolean()).isFalse();
                assertThat(award.get("reasons").get(0).get("code").asText()).isEqualTo("ALREADY_APPLIED");
            }
        }
    }

    /**
     * The engineer award is the practitioner's (平政发〔2020〕55号 二、（二）): paid once per person, to the enterprise
     * the engineer is registered at, in the year that registration began; an engineer is no longer an enterprise's
     * certificate.
     */
    @Test
    void anEngineerIsPaidOnceToTheEnterpriseTheyAreRegisteredAt() {
        Http http = new Http(port);
        String one = register(http, "91330482MA2B00041", "MANUFACTURING", "330482");
        String two = register(http, "91330482MA2B00051", "MANUFACTURING", "330482");
        long head = head(http);
        Http.Response asCertificate = http.post(
                "/api/v1/enterprises/" + one + "/certifications",
                """
                {"type":"REGISTERED_SAFETY_ENGINEER","certificateNo":"注安2021330001","issuer":"应急管理部",
                 "issuedOn":"2021-06-01","person":{"name":"张三","idMasked":"3304**********123X"}}""");
        assertThat(asCertificate.status()).isEqualTo(400);
        assertThat(asCertificate.json().get("errors").get(0).get("code").asText())
                .isEqualTo("engineer-is-a-practitioner");
        assertThat(head(http)).isEqualTo(head);

        String engineer = TestPeople.registrationNo("注安");
        Http.Response registered = http.post(
                "/api/v1/practitioners",
                """
                {"registrationNo":"%s","qualification":"REGISTERED_SAFETY_ENGINEER","qualifiedOn":"2021-03-01",
                 "name":"张三","idNumber":"%s","employerUscc":"%s","employedFrom":"2021-06-01"}"""
                        .formatted(engineer, TestPeople.idNumber(), one));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        long registeredHead = head(http);

        assertThat(apply(http, one, "REGISTERED_SAFETY_ENGINEER", 2021, null)
                        .json()
                        .get("errors")
                        .get(0)
                        .get("code")
                        .asText())
                .isEqualTo("practitioner-basis-required");
        assertThat(apply(http, one, "REGISTERED_SAFETY_ENGINEER", 2022, engineer)
                        .json()
                        .get("errors")
                        .get(0)
                        .get("code")
                        .asText())
                .as("registered at the enterprise in 2021")
                .isEqualTo("basis-not-in-year");
        assertThat(apply(http, two, "REGISTERED_SAFETY_ENGINEER", 2021, engineer)
                        .json()
                        .get("errors")
                        .get(0)
                        .get("code")
                        .asText())
                .as("paid to the enterprise the engineer is registered at")
                .isEqualTo("not-registered-here");
        assertThat(head(http)).isEqualTo(registeredHead);

        String application = apply(http, one, "REGISTERED_SAFETY_ENGINEER", 2021, " " + engineer + " ")
                .json()
                .get("id")
                .asText();
        assertThat(approveByAll(port, application)).isEqualTo("GRANTED");
        assertThat(eventOfType(http, "/api/v1/enterprises/" + one, "AwardGranted")
                        .get("data")
                        .get("amountFen")
                        .asLong())
                .isEqualTo(3_000_00L);

        // the engineer moves to the other enterprise in 2022: once per person, whichever enterprise applies
        String employment = http.get("/api/v1/practitioners/" + engineer)
                .json()
                .get("employments")
                .get(0)
                .get("employmentId")
                .asText();
        http.post(
                "/api/v1/practitioners/" + engineer + "/employments/" + employment + "/end",
                "{\"endedOn\":\"2022-02-01\"}");
        http.post(
                "/api/v1/practitioners/" + engineer + "/employments",
                "{\"employerUscc\":\"" + two + "\",\"from\":\"2022-02-01\"}");
        Http.Response again = apply(http, two, "REGISTERED_SAFETY_ENGINEER", 2022, engineer);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("related").asText()).isEqualTo(application);
    }

    @Test
    void twoPoliciesOfOneYearShareTheCapAndFenAreKeptToTheFen() {
        Http http = new Http(port);
        String uscc = register(http, "91330482MA2B00061", "MANUFACTURING", "330482");
        String enterprise = "/api/v1/enterprises/" + uscc;
        long head = head(http);
        Http.Response thirdDecimal = http.post(
                enterprise + "/safety-investments",
                "{\"type\":\"LIABILITY_INSURANCE\",\"policyYear\":2022,\"amountYuan\":1234.567}");
        assertThat(thirdDecimal.status()).isEqualTo(400);
        assertThat(thirdDecimal.json().get("errors").get(0).get("code").asText())
                .isEqualTo("fen");
        assertThat(head(http)).isEqualTo(head);

        http.post(
                enterprise + "/safety-investments",
                "{\"type\":\"LIABILITY_INSURANCE\",\"policyYear\":2022,\"amountYuan\":150000.10}");
        http.post(
                enterprise + "/safety-investments",
                "{\"type\":\"LIABILITY_INSURANCE\",\"policyYear\":2022,\"amountFen\":12345678}");
        // no basis named: the first premium, then the second
        String first = apply(http, uscc, "LIABILITY_INSURANCE_SUBSIDY", 2022, null)
                .json()
                .get("id")
                .asText();
        String second = apply(http, uscc, "LIABILITY_INSURANCE_SUBSIDY", 2022, null)
                .json()
                .get("id")
                .asText();
        assertThat(first).isNotEqualTo(second);
        assertThat(approveByAll(port, first)).isEqualTo("GRANTED");
        assertThat(approveByAll(port, second)).isEqualTo("GRANTED");

        JsonNode awards = http.await(
                        "/api/v1/awards?uscc=" + uscc + "&policyYear=2022",
                        r -> r.body().split("\"status\":\"GRANTED\"", -1).length == 3)
                .json();
        assertThat(awards).hasSize(2);
        // 15% of 150,000.10 = 22,500.015 → 22,500.02; 15% of 123,456.78 = 18,518.52, only 7,499.98 left of 30,000
        assertThat(awards.get(0).get("amountFen").asLong()).isEqualTo(22_500_02L);
        assertThat(awards.get(1).get("amountFen").asLong()).isEqualTo(7_499_98L);
        assertThat(awards.get(0).get("reviews")).hasSize(4);
        JsonNode totals = http.get("/api/v1/awards/totals?policyYear=2022&regionCode=330482")
                .json();
        JsonNode mine = null;
        for (JsonNode total : totals) {
            if (total.get("uscc").asText().equals(uscc)) {
                mine = total;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("grantedFen").asLong()).isEqualTo(30_000_00L);
        assertThat(mine.get("netFen").asLong()).isEqualTo(30_000_00L);
        assertThat(http.get("/api/v1/ledger/verify")
                        .json()
                        .get("moneyInvariants")
                        .get("ok")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aHazardousChemicalsEnterpriseGetsThePremiumSubsidyUpTo50000() {
        Http http = new Http(port);
        String uscc = register(http, "91330482MA2B00081", "HAZARDOUS_CHEMICALS", "330482");
        http.post(
                "/api/v1/enterprises/" + uscc + "/safety-investments",
                "{\"type\":\"LIABILITY_INSURANCE\",\"policyYear\":2020,\"amountYuan\":200000}");
        String application = apply(http, uscc, "LIABILITY_INSURANCE_SUBSIDY", 2020, null)
                .json()
                .get("id")
                .asText();
        assertThat(approveByAll(port, application)).isEqualTo("GRANTED");
        assertThat(http.await("/api/v1/awards?uscc=" + uscc, r -> r.body().contains("GRANTED"))
                        .json()
                        .get(0)
                        .get("amountFen")
                        .asLong())
                .isEqualTo(50_000_00L); // 35% of 200,000 = 70,000, capped
    }

    @Test
    void aDeathAddedInJanuaryToADecemberAccidentRecoversTheDecembersYearAndARetractionLiftsIt() {
        Http http = new Http(port);
        String uscc = register(http, "91330482MA2B00091", "MANUFACTURING", "330482");
        String enterprise = "/api/v1/enterprises/" + uscc;
        String basis = certificate(
                http,
                uscc,
                """
                {"type":"DEMONSTRATION_ENTERPRISE","certificateNo":"示范-9","issuer":"平湖市应急管理局","issuedOn":"2021-04-01"}""");
        String accident = http.post(
                        enterprise + "/accidents",
                        """
                {"occurredAt":"2021-12-20T09:00:00+08:00","deaths":0,"seriousInjuries":1,"personsEndangered":0,
                 "directLossYuan":50000,"duringLevelOneResponse":false,"category":"PRODUCTION","reportNo":"平应急事〔2021〕20号"}""")
                .json()
                .get("id")
                .asText();
        String application = apply(http, uscc, "DEMONSTRATION_ENTERPRISE", 2021, basis)
                .json()
                .get("id")
                .asText();
        assertThat(approveByAll(port, application)).isEqualTo("GRANTED");

        Http.Response revised = http.post(
                enterprise + "/accidents/" + accident + "/revisions",
                """
                {"deaths":1,"seriousInjuries":0,"personsEndangered":0,"directLossYuan":50000,"revisedOn":"2022-01-05",
                 "reason":"伤者抢救无效死亡"}""");
        assertThat(revised.status()).as(revised.body()).isEqualTo(201);
        JsonNode marked = http.await(
                        "/api/v1/awards?uscc=" + uscc, r -> r.body().contains("\"recovery\":\"PENDING\""))
                .json()
                .get(0);
        assertThat(marked.get("recoveryAmountFen").asLong()).isEqualTo(20_000_00L);
        assertThat(marked.get("recoveryFactPosition").asLong())
                .isEqualTo(revised.json().get("position").asLong());

        http.post(enterprise + "/accidents/" + accident + "/retraction", "{\"reason\":\"并非生产安全事故，误报\"}");
        assertThat(http.await("/api/v1/awards?uscc=" + uscc, r -> r.body().contains("\"recovery\":\"LIFTED\""))
                        .json()
                        .get(0)
                        .get("recovery")
                        .asText())
                .isEqualTo("LIFTED");
        assertThat(eventOfType(http, enterprise, "AwardRecoveryLifted")
                        .get("data")
                        .get("applicationId")
                        .asText())
                .isEqualTo(application);
    }

    @Test
    void eachDepartmentReviewsOnlyThroughItsOwnReviewerAndAVetoNeedsItsReason() {
        Http http = new Http(port);
        String uscc = register(http, "91330482MA2B00101", "MANUFACTURING", "330482");
        String basis = certificate(
                http,
                uscc,
                """
                {"type":"DEMONSTRATION_ENTERPRISE","certificateNo":"SF-1","issuer":"平湖市应急管理局","issuedOn":"2022-03-01"}""");
        String application = apply(http, uscc, "DEMONSTRATION_ENTERPRISE", 2022, basis)
                .json()
                .get("id")
                .asText();
        String reviews = "/api/v1/award-applications/" + application + "/reviews";
        long head = head(http);
        Http.Response forAnother =
                new Http(port, "reviewer").post(reviews, "{\"department\":\"FINANCE\",\"decision\":\"APPROVE\"}");
        assertThat(forAnother.status()).isEqualTo(403);
        assertThat(forAnother.json().get("errors").get(0).get("code").asText()).isEqualTo("not-your-department");
        Http.Response noReason = new Http(port, "reviewer-finance").post(reviews, "{\"decision\":\"VETO\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("code").asText()).isEqualTo("veto-reason");
        assertThat(head(http)).isEqualTo(head);
        Http.Response vetoed =
                new Http(port, "reviewer-finance").post(reviews, "{\"decision\":\"VETO\",\"reason\":\"欠缴税款\"}");
        assertThat(vetoed.json().get("outcome").asText()).isEqualTo("DENIED");
        JsonNode award = http.await("/api/v1/awards?uscc=" + uscc, r -> r.body().contains("DENIED"))
                .json()
                .get(0);
        assertThat(award.get("status").asText()).isEqualTo("DENIED");
        assertThat(award.get("reviews").get(0).get("department").asText()).isEqualTo("FINANCE");
        assertThat(award.get("reviews").get(0).get("reason").asText()).isEqualTo("欠缴税款");
    }

    static JsonNode eventOfType(Http http, String enterprise, String type) {
        JsonNode events = http.await(enterprise + "/history", r -> r.body().contains("\"" + type + "\""))
                .json()
                .get("events");
        for (JsonNode event : events) {
            if (event.get("type").asText().equals(type)) {
                return event;
            }
        }
        throw new AssertionError(type + " not in history");
    }
}

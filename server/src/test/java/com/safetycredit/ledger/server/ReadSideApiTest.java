package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.safetycredit.ledger.contracts.values.Uscc;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A realistic stretch of years for several Jiaxing enterprises, recorded over HTTP, then every staff question
 * asked over HTTP: lists as of dates, search, profiles with their evidence, eligibility, as-of answers, and a
 * replay that rebuilds the same answers.
 */
@LedgerServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadSideApiTest {

    static final String RED = TestUsccs.in("330482"); // Pinghu, level-1 standardization, clean
    static final String BLACK = TestUsccs.in("330421"); // Jiashan, listed in 2024
    static final String WATCH = TestUsccs.in("330482"); // Pinghu, accident in 2024
    /** The enterprises of this test: the ledger it shares holds others' too. */
    static final Set<String> OURS = Set.of(RED, BLACK, WATCH);

    @LocalServerPort
    int port;

    Http http;
    long blackListingPosition;

    static String code(String first17) {
        return first17 + Uscc.checkCharacter(first17);
    }

    private JsonNode post(String path, String body) {
        Http.Response response = http.post(path, body);
        assertThat(response.status()).as(path + " → " + response.body()).isBetween(200, 201);
        return response.json();
    }

    private void register(String uscc, String name, String industry, String region) {
        post(
                "/api/v1/enterprises",
                """
                {"uscc":"%s","name":"%s","industry":"%s","regionCode":"%s","registeredOn":"2019-01-02"}"""
                        .formatted(uscc, name, industry, region));
    }

    @BeforeAll
    void recordTheYears() {
        http = new Http(port);
        register(RED, "平湖市示范精密机械有限公司", "MANUFACTURING", "330482");
        register(BLACK, "嘉善县示例金属制品有限公司", "METAL_SMELTING", "330421");
        register(WATCH, "平湖市示例运输有限公司", "TRANSPORT", "330482");
        post(
                "/api/v1/enterprises/" + RED + "/certifications",
                """
                {"type":"STANDARDIZATION","level":"1","certificateNo":"AQBⅠ-2022-1","issuer":"浙江省应急管理厅","issuedOn":"2022-01-10"}""");
        // RED is a decision (认定) on an enterprise that meets the rule set and made a public commitment
        post(
                "/api/v1/enterprises/" + RED + "/commitments",
                """
                {"madeOn":"2023-01-05","text":"守法经营承诺","publishedAt":"2023-01-06T09:00:00+08:00"}""");
        post(
                "/api/v1/enterprises/" + RED + "/red-list-decisions",
                """
                {"decidedOn":"2023-02-01","decisionNo":"平应急信〔2023〕2号","authority":"平湖市应急管理局"}""");
        post(
                "/api/v1/enterprises/" + BLACK + "/penalties",
                """
                {"decisionNo":"善应急罚〔2024〕9号","decidedOn":"2024-03-01","violation":"停产整顿期间擅自生产",
                 "fineYuan":500000,"serious":true,"summaryProcedure":false,"permitViolation":"WHILE_SUSPENDED"}""");
        blackListingPosition = post(
                        "/api/v1/enterprises/" + BLACK + "/listings",
                        """
                {"basis":6,"penaltyDecisionNo":"善应急罚〔2024〕9号","authority":"嘉善县应急管理局",
                 "decisionNo":"善应急失信〔2024〕1号","decidedOn":"2024-03-20"}""")
                .get("position")
                .asLong();
        post(
                "/api/v1/enterprises/" + WATCH + "/accidents",
                """
                {"occurredAt":"2024-05-01T07:40:00+08:00","deaths":0,"seriousInjuries":2,"personsEndangered":1,
                 "directLossYuan":250000,"duringLevelOneResponse":false,"category":"ROAD_TRAFFIC","reportNo":"平应急事〔2024〕2号"}""");
        awaitProjectionsCaughtUp();
    }

    private void awaitProjectionsCaughtUp() {
        for (String projection : List.of("profiles", "history")) {
            http.await("/api/v1/admin/projections/" + projection, r -> {
                JsonNode progress = r.json();
                return progress.get("position").asLong() >= progress.get("head").asLong()
                        && !progress.get("replaying").asBoolean();
            });
        }
    }

    /** This test's enterprises on the list. */
    private List<String> members(String list, String query) {
        JsonNode answer = http.get("/api/v1/lists/" + list + "?" + query).json();
        List<String> usccs = new ArrayList<>();
        answer.get("enterprises").forEach(e -> usccs.add(e.get("uscc").asText()));
        assertThat(answer.get("count").asInt()).isEqualTo(usccs.size());
        return usccs.stream().filter(OURS::contains).toList();
    }

    /** This test's enterprises among those found. */
    private List<String> found(String query) {
        List<String> usccs = new ArrayList<>();
        http.get("/api/v1/enterprises?size=200&" + query)
                .json()
                .get("items")
                .forEach(e -> usccs.add(e.get("uscc").asText()));
        return usccs.stream().filter(OURS::contains).toList();
    }

    @Test
    void theListsAsOfAnyDateFilteredByRegion() {
        assertThat(members("black", "validAt=2024-06-01")).containsExactly(BLACK);
        assertThat(members("black", "validAt=2024-03-19")).isEmpty();
        assertThat(members("black", "validAt=2027-03-19")).containsExactly(BLACK);
        assertThat(members("black", "validAt=2027-03-20")).isEmpty();
        assertThat(members("black", "validAt=2024-06-01&regionCode=330482")).isEmpty();
        assertThat(members("black", "validAt=2024-06-01&regionCode=330400")).containsExactly(BLACK);
        assertThat(members("red", "validAt=2024-06-01")).containsExactly(RED);
        assertThat(members("red", "validAt=2024-06-01&industry=TRANSPORT")).isEmpty();
        assertThat(members("red", "validAt=2021-06-01")).isEmpty();
    }

    @Test
    void theBlackListAsCsvOpensInASpreadsheet() {
        Http.Response csv = http.get("/api/v1/lists/black?validAt=2024-06-01&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFF统一社会信用代码,企业名称");
        // every code by its label; the dates are the listing's own (decided 2024-03-20, 3 years under Order No. 11)
        assertThat(csv.body())
                .contains(
                        "\"" + BLACK + "\",\"嘉善县示例金属制品有限公司\",\"嘉善县\",\"金属冶炼\",\"黑名单\"",
                        "\"2024-03-20\",\"2027-03-20\"",
                        String.valueOf(blackListingPosition))
                .doesNotContain("BLACK", "METAL_SMELTING", ",\"330421\"");
        assertThat(csv.body().getBytes(StandardCharsets.UTF_8)).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(http.get("/api/v1/lists/black?format=xml").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/lists/grey").status()).isEqualTo(404);
    }

    /** Every member of a JSON answer, in order. */
    private static List<String> usccs(JsonNode answer) {
        List<String> usccs = new ArrayList<>();
        answer.get("enterprises").forEach(e -> usccs.add(e.get("uscc").asText()));
        return usccs;
    }

    @Test
    void theListsComeAPageAtATimeInCodeOrderAndTheCsvWholeAsItIsRead() {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String uscc = TestUsccs.in("330424"); // Haiyan: an accident with serious injuries, on the watch list
            register(uscc, "海盐县示例分页企业" + i, "TRANSPORT", "330424");
            post(
                    "/api/v1/enterprises/" + uscc + "/accidents",
                    """
                    {"occurredAt":"2024-05-01T07:40:00+08:00","deaths":0,"seriousInjuries":2,"personsEndangered":1,
                     "directLossYuan":250000,"duringLevelOneResponse":false,"category":"ROAD_TRAFFIC","reportNo":"盐应急事〔2024〕P%d号"}"""
                            .formatted(i));
            mine.add(uscc);
        }
        awaitProjectionsCaughtUp();
        String query = "/api/v1/lists/watch?validAt=2024-06-01&regionCode=330424";
        List<String> whole = usccs(http.get(query).json());
        assertThat(whole).containsAll(mine).isSorted();

        List<String> paged = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            JsonNode page = http.get(query + "&size=3" + (next == null ? "" : "&after=" + next))
                    .json();
            List<String> members = usccs(page);
            assertThat(members).hasSizeLessThanOrEqualTo(3);
            assertThat(page.get("count").asInt()).isEqualTo(members.size());
            paged.addAll(members);
            next = page.hasNonNull("next") ? page.get("next").asText() : null;
            if (next != null) {
                assertThat(members).hasSize(3).last().isEqualTo(next);
            }
            pages++;
        } while (next != null);
        assertThat(paged).as("every member once, in the whole list's order").isEqualTo(whole);
        assertThat(pages).isEqualTo((whole.size() + 2) / 3);
        assertThat(usccs(http.get(query + "&size=1000").json())).isEqualTo(whole);
        JsonNode afterTheLast =
                http.get(query + "&after=" + whole.get(whole.size() - 1)).json();
        assertThat(afterTheLast.get("count").asInt()).isZero();
        assertThat(afterTheLast.hasNonNull("next")).isFalse();

        String csv = http.get(query + "&format=csv").body();
        List<String> rows = csv.lines().skip(1).map(row -> row.substring(1, 19)).toList();
        assertThat(rows).isEqualTo(whole);
        assertThat(csv).contains("\"海盐县示例分页企业0\"", "\"重点关注\"");

        for (String bad : List.of("size=0", "size=1001", "after=%7B%22%24gt%22%3A%22%22%7D", "size=3&format=csv")) {
            Http.Response refused = http.get(query + "&" + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void theBlackListAsExcelHasAHeaderRowAndLabels() throws Exception {
        Http.Download xlsx = http.download("/api/v1/lists/black?validAt=2024-06-01&format=xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.disposition()).contains("black-list-2024-06-01.xlsx");
        List<List<String>> rows = Spreadsheets.rows(xlsx.body());
        assertThat(rows.get(0)).startsWith("统一社会信用代码", "企业名称", "区域", "行业", "状态", "信用等级", "列入日期", "移出日期", "原因");
        List<String> ours =
                rows.stream().filter(r -> r.get(0).equals(BLACK)).findFirst().orElseThrow();
        assertThat(ours.subList(0, 5)).containsExactly(BLACK, "嘉善县示例金属制品有限公司", "嘉善县", "金属冶炼", "黑名单");
        assertThat(ours.subList(6, 8)).containsExactly("2024-03-20", "2027-03-20");
        assertThat(http.get("/api/v1/lists/black?format=xlsx&lang=en").status()).isEqualTo(200);
        assertThat(Spreadsheets.rows(http.download("/api/v1/lists/black?validAt=2024-06-01&format=xlsx&lang=en")
                                .body())
                        .get(0))
                .startsWith("USCC", "Name");
    }

    /** Every search exports to Excel: the whole result, labels not codes, whatever page the JSON was on. */
    @Test
    void theSearchAsExcelIsTheWholeResultWithLabels() throws Exception {
        Http.Download xlsx = http.download("/api/v1/enterprises?q=" + BLACK + "&size=1&page=0&format=xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.disposition()).contains("enterprises-").contains(".xlsx");
        List<List<String>> rows = Spreadsheets.rows(xlsx.body());
        assertThat(rows.get(0)).startsWith("统一社会信用代码", "企业名称", "区域", "行业", "状态", "信用等级");
        List<String> ours =
                rows.stream().filter(r -> r.get(0).equals(BLACK)).findFirst().orElseThrow();
        assertThat(ours.subList(0, 4)).containsExactly(BLACK, "嘉善县示例金属制品有限公司", "嘉善县", "金属冶炼");
        String everything = String.join(" ", rows.stream().flatMap(List::stream).toList());
        assertThat(everything).doesNotContain("METAL").doesNotContain("BLACK");

        int all = http.get("/api/v1/enterprises?q=嘉&size=1").json().get("total").asInt();
        assertThat(Spreadsheets.rows(http.download("/api/v1/enterprises?q=嘉&size=1&format=xlsx")
                        .body()))
                .as("a header row and every match, not one page")
                .hasSize(all + 1);
        Http.Response csv = http.get("/api/v1/enterprises?q=" + BLACK + "&format=csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFF统一社会信用代码").contains("嘉善县示例金属制品有限公司");
        Http.Response wrong = http.get("/api/v1/enterprises?format=pdf");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get(0).get("code").asText()).isEqualTo("one-of");
    }

    @Test
    void theCreditReportNamesTheFactsAndTheLedgerHeadItWasMadeFrom() throws Exception {
        Http.Response html = http.get("/api/v1/enterprises/" + BLACK + "/report?validAt=2024-06-01");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        long head = http.get("/api/v1/ledger/head").json().get("position").asLong();
        assertThat(html.body())
                .contains("安全生产信用报告", "嘉善县示例金属制品有限公司", "黑名单", "善应急罚〔2024〕9号", "500,000.00 元")
                .contains("（六）无证或证照暂扣、吊销期间从事生产经营", "2024-03-20")
                .doesNotContain("BLACK", "METAL_SMELTING");
        long reportHead = Long.parseLong(html.body().replaceAll("(?s).*id=\"report-head\">(\\d+)<.*", "$1"));
        assertThat(reportHead).isBetween(blackListingPosition, head);

        Http.Download pdf = http.download("/api/v1/enterprises/" + BLACK + "/report?validAt=2024-06-01&format=pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.disposition()).contains("credit-report-" + BLACK + "-2024-06-01.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("安全生产信用报告", "嘉善县示例金属制品有限公司", "善应急罚〔2024〕9号");
            PDFont font = document.getPage(0)
                    .getResources()
                    .getFont(document.getPage(0)
                            .getResources()
                            .getFontNames()
                            .iterator()
                            .next());
            assertThat(font.isEmbedded()).as("the Chinese font is embedded").isTrue();
        }
        assertThat(pdf.body().length).as("a subset of the font, not all of it").isLessThan(500_000);
        assertThat(http.get("/api/v1/enterprises/" + BLACK + "/report?format=doc")
                        .status())
                .isEqualTo(400);
        assertThat(http.get("/api/v1/enterprises/" + code("91330421MA2WWWWWW") + "/report")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void staffFindEnterprisesByNameRegionAndStatus() {
        assertThat(found("q=平湖市")).containsExactlyInAnyOrder(RED, WATCH);
        assertThat(found("regionCode=330421")).containsExactly(BLACK);
        assertThat(found("regionCode=330400")).containsExactlyInAnyOrder(RED, BLACK, WATCH);
        assertThat(found("status=BLACK")).containsExactly(BLACK);
        JsonNode byCode =
                http.get("/api/v1/enterprises?q=" + RED.substring(0, 17)).json();
        assertThat(byCode.get("total").asInt()).isEqualTo(1);
        assertThat(byCode.get("items").get(0).get("uscc").asText()).isEqualTo(RED);
        assertThat(http.get("/api/v1/enterprises?size=0").status()).isEqualTo(400);
    }

    @Test
    void theProfileCarriesStatusGradeAndTheEvidencePositions() {
        JsonNode profile = http.get("/api/v1/enterprises/" + BLACK).json();
        assertThat(profile.get("name").asText()).isEqualTo("嘉善县示例金属制品有限公司");
        assertThat(profile.get("status").asText()).isEqualTo("BLACK");
        assertThat(profile.get("reasons").get(0).get("positions").get(0).asLong())
                .isEqualTo(blackListingPosition);
        assertThat(profile.get("grade").get("grade").asText()).isEqualTo("D");
        assertThat(profile.get("grade").get("modelLabel").asText()).contains("NOT an official");
        assertThat(http.get("/api/v1/enterprises/91330482MA2E0009XX").status()).isEqualTo(404);
    }

    @Test
    void statusAsOfAValidDate() {
        JsonNode watch = http.get("/api/v1/enterprises/" + WATCH + "/status?validAt=2024-06-01")
                .json();
        assertThat(watch.get("status").asText()).isEqualTo("WATCH");
        assertThat(watch.get("reasons").get(0).get("code").asText()).isEqualTo("ACCIDENT_LAST_12_MONTHS");
        assertThat(http.get("/api/v1/enterprises/" + WATCH + "/status?validAt=2025-05-01")
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("NORMAL");
        assertThat(http.get("/api/v1/enterprises/" + RED + "/status?validAt=2024-06-01")
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("RED");
        assertThat(http.get("/api/v1/enterprises/" + RED + "/status?validAt=yesterday")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void eligibilityForEveryAwardOfThePolicyWithItsReasons() {
        JsonNode eligibility = http.get("/api/v1/enterprises/" + RED + "/eligibility?policyYear=2022")
                .json();
        assertThat(eligibility.get("documentNo").asText()).isEqualTo("平政发〔2020〕55号");
        JsonNode level1 = null;
        for (JsonNode award : eligibility.get("awards")) {
            if (award.get("awardType").asText().equals("STANDARDIZATION_LEVEL_1")) {
                level1 = award;
            }
        }
        assertThat(level1.get("eligible").asBoolean()).isTrue();
        assertThat(level1.get("amountFen").asLong()).isEqualTo(300_000L * 100);
        assertThat(eligibility.get("awards")).hasSize(9);
        assertThat(http.get("/api/v1/enterprises/" + RED + "/eligibility?policyYear=2024")
                        .json()
                        .get("detail")
                        .asText())
                .contains("没有奖励政策适用于 2024 年度");
    }

    @Test
    void aCorrectionChangesAnswersKnownAfterItAndNotBefore() throws Exception {
        String enterprise = "/api/v1/enterprises/" + WATCH;
        String accident = post(
                        enterprise + "/accidents",
                        """
                {"occurredAt":"2023-02-01T09:00:00+08:00","deaths":1,"seriousInjuries":0,"personsEndangered":0,
                 "directLossYuan":0,"duringLevelOneResponse":false,"category":"PRODUCTION","reportNo":"误录-1"}""")
                .get("id")
                .asText();
        // as the ledger knew it when the accident was recorded: the retraction, recorded after, is unknown then
        String recordedAt = null;
        for (JsonNode event : http.await(enterprise + "/history?types=AccidentReported", r -> r.body()
                        .contains(accident))
                .json()
                .get("events")) {
            if (event.get("data").get("accidentId").asText().equals(accident)) {
                recordedAt = event.get("recordedAt").asText();
            }
        }
        post(enterprise + "/accidents/" + accident + "/retraction", "{\"reason\":\"录入错误，实为他企事故\"}");

        String asKnownBefore = http.get(enterprise + "/status?validAt=2023-03-01&knownAt=" + recordedAt)
                .json()
                .get("status")
                .asText();
        String asKnownNow = http.get(enterprise + "/status?validAt=2023-03-01")
                .json()
                .get("status")
                .asText();
        assertThat(asKnownBefore).isEqualTo("WATCH");
        assertThat(asKnownNow).isEqualTo("NORMAL");
        assertThat(http.get(enterprise + "/status?validAt=2023-03-01&knownAt=2019-01-01")
                        .status())
                .as("not yet registered as known then")
                .isEqualTo(404);
    }

    @Test
    void aReplayRebuildsTheSameReadModels() {
        awaitProjectionsCaughtUp();
        String black = http.get("/api/v1/lists/black?validAt=2024-06-01").body();
        String red = http.get("/api/v1/lists/red?validAt=2024-06-01").body();
        String history = http.get("/api/v1/enterprises/" + BLACK + "/history").body();
        String search = http.get("/api/v1/enterprises").body();

        for (String projection : List.of("profiles", "history")) {
            Http.Response started = http.post("/api/v1/admin/projections/" + projection + "/replay", "");
            assertThat(started.status()).isEqualTo(202);
        }
        awaitProjectionsCaughtUp();

        assertThat(http.get("/api/v1/lists/black?validAt=2024-06-01").body()).isEqualTo(black);
        assertThat(http.get("/api/v1/lists/red?validAt=2024-06-01").body()).isEqualTo(red);
        assertThat(http.get("/api/v1/enterprises/" + BLACK + "/history").body()).isEqualTo(history);
        assertThat(http.get("/api/v1/enterprises").body()).isEqualTo(search);
        assertThat(http.post("/api/v1/admin/projections/nope/replay", "").status())
                .isEqualTo(404);
    }
}

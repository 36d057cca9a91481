package com.safetycredit.ledger.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.server.Http;
import com.safetycredit.ledger.server.LedgerServerTest;
import com.safetycredit.ledger.server.TestUsccs;
import java.io.IOException;
import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The supervision pages' tables and the review queue's listings ending soon in a real browser, each with this test's own rows among whatever else the ledger
 * holds: a click on a heading sorts the whole table, and walking the pages keeps the sort and the page's filters.
 */
@LedgerServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionTablesBrowserTest {

    /** More than one page of the smallest size: 20. */
    static final int ROWS = 21;
    /** Characters whose pinyin order differs from the order they are recorded in. */
    static final String NAMES = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
    /** 嘉善县: few other tests register enterprises there. */
    static final String REGION = "330421";

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    /** The day the hazards and red-list candidates are looked at. */
    static final LocalDate ON = LocalDate.of(2019, 6, 1);

    @LocalServerPort
    int port;

    Browser browser;
    String marker;
    /** The enterprises with a major hazard open, and those that meet the red-list rules. */
    final List<String> hazardous = new ArrayList<>();

    final List<String> candidates = new ArrayList<>();
    final List<String> names = new ArrayList<>();

    @BeforeAll
    void registerAndOpen() throws IOException {
        Http http = new Http(port, "registrar");
        String first = TestUsccs.in(REGION);
        marker = "监管表格" + first.substring(10, 17);
        for (int i = 0; i < 2 * ROWS; i++) {
            String uscc = i == 0 ? first : TestUsccs.in(REGION);
            String name = marker + NAMES.charAt(i % ROWS) + (i < ROWS ? "机械" : "纺织") + "有限公司";
            names.add(name);
            Http.Response registered = http.post(
                    "/api/v1/enterprises",
                    """
                    {"uscc":"%s","name":"%s","industry":"MANUFACTURING","regionCode":"%s","registeredOn":"2018-03-01"}"""
                            .formatted(uscc, name, REGION));
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
            (i < ROWS ? hazardous : candidates).add(uscc);
        }
        for (int i = 0; i < ROWS; i++) {
            // found in 2019 on days in an order unlike the one recorded (8 is prime to 21), rectified since: open
            // on the day this test looks at, off today's pages other tests read
            String enterprise = "/api/v1/enterprises/" + hazardous.get(i);
            Http.Response found = http.post(
                    enterprise + "/hazards",
                    """
                    {"foundOn":"%s","description":"粉尘涉爆","major":true,"deadline":"2019-07-31"}"""
                            .formatted(ON.minusDays(1 + i * 8 % ROWS)));
            assertThat(found.status()).as(found.body()).isEqualTo(201);
            Http.Response rectified = http.post(
                    enterprise + "/hazards/" + found.json().get("id").asText() + "/rectification",
                    """
                    {"verifiedOn":"2019-07-20","verifiedBy":"嘉善县应急管理局"}""");
            assertThat(rectified.status()).as(rectified.body()).isEqualTo(200);
            // candidates for the red list in 2019, not today (the certificate has expired since)
            String candidate = candidates.get(i);
            assertThat(http.post(
                                    "/api/v1/enterprises/" + candidate + "/certifications",
                                    """
                    {"type":"STANDARDIZATION","level":"1","certificateNo":"AQB-%s","issuer":"应急管理部",
                     "issuedOn":"2019-01-02","expiresOn":"2019-12-31"}"""
                                            .formatted(candidate.substring(10)))
                            .status())
                    .isEqualTo(201);
            assertThat(http.post(
                                    "/api/v1/enterprises/" + candidate + "/commitments",
                                    """
                    {"madeOn":"2019-03-01","text":"本企业承诺守法经营","publishedAt":"2019-03-02T09:00:00+08:00"}""")
                            .status())
                    .isEqualTo(201);
        }
        http.await("/api/v1/supervision/hazards?validAt=" + ON, r -> hazardous.stream()
                .allMatch(r.body()::contains));
        http.await("/api/v1/lists/red/candidates?validAt=" + ON, r -> candidates.stream()
                .allMatch(r.body()::contains));
        browser = Browser.open(port);
        browser.login("reviewer");
    }

    @AfterAll
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theHazardsSortByTheDayFoundAcrossPages() {
        browser.go("/supervision/hazards?validAt=" + ON);
        browser.click(By.id("sort-foundOn"));
        assertThat(browser.text(By.id("sort-foundOn"))).endsWith("▲");
        List<String> found = walk("hazards-table", 3, "foundOn", "▲", row -> hazardous.contains(row.get(0)));
        assertThat(browser.driver.getCurrentUrl()).as("the day is kept").contains("validAt=" + ON);
        assertThat(found)
                .as("this test's hazards by the day found, across pages")
                .hasSize(ROWS)
                .isSorted();
    }

    @Test
    void theRedListCandidatesSortByName() {
        browser.go("/lists/red/candidates?validAt=" + ON);
        browser.click(By.id("sort-name"));
        browser.click(By.id("sort-name"));
        assertThat(browser.text(By.id("sort-name"))).endsWith("▼");
        List<String> shown = walk("candidates-table", 2, "name", "▼", row -> candidates.contains(row.get(0)));
        List<String> expected = new ArrayList<>(names.subList(ROWS, 2 * ROWS));
        expected.sort(Collator.getInstance(Locale.SIMPLIFIED_CHINESE).reversed());
        assertThat(shown).containsExactlyElementsOf(expected);
    }

    @Test
    void thePlanOfARegionSortsByNameAndPagesKeepingTheRegion() {
        browser.go("/supervision/plan?regionCode=" + REGION);
        browser.click(By.id("sort-name"));
        assertThat(browser.text(By.id("sort-name"))).endsWith("▲");
        List<String> shown =
                walk("plan-table", 2, "name", "▲", row -> row.get(1).startsWith(marker));
        assertThat(browser.driver.getCurrentUrl()).as("the region is kept").contains("regionCode=" + REGION);
        List<String> expected = new ArrayList<>(names);
        expected.sort(Collator.getInstance(Locale.SIMPLIFIED_CHINESE));
        assertThat(shown).containsExactlyElementsOf(expected);
    }

    @Test
    void theDrawsAndADrawsPoolSortAndPage() {
        Http reviewer = new Http(port, "reviewer");
        List<String> periods = new ArrayList<>();
        String last = null;
        for (int i = 0; i < ROWS; i++) {
            String period = marker + "第" + NAMES.charAt(i) + "轮";
            periods.add(period);
            Http.Response drawn = reviewer.post(
                    "/api/v1/supervision/draws",
                    """
                    {"year":%d,"period":"%s","regionCode":"%s","count":1,"seed":"seed-%d"}"""
                            .formatted(TODAY.getYear(), period, REGION, i));
            assertThat(drawn.status()).as(drawn.body()).isEqualTo(201);
            last = drawn.json().get("drawId").asText();
        }
        reviewer.await("/api/v1/supervision/draws", r -> periods.stream().allMatch(r.body()::contains));
        browser.go("/supervision/draws");
        browser.click(By.id("sort-period"));
        browser.click(By.id("sort-period"));
        assertThat(browser.text(By.id("sort-period"))).endsWith("▼");
        List<String> shown = walk("draws-table", 2, "period", "▼", row -> periods.contains(row.get(1)));
        periods.sort(Collator.getInstance(Locale.SIMPLIFIED_CHINESE).reversed());
        assertThat(shown).containsExactlyElementsOf(periods);

        // the pool holds every enterprise of the region: more than a page; each keeps its place in the pool
        browser.go("/supervision/draws/" + last);
        browser.click(By.id("sort-name"));
        assertThat(browser.text(By.id("sort-name"))).endsWith("▲");
        List<List<String>> pool = new ArrayList<>();
        while (true) {
            pool.addAll(rows("draw-candidates"));
            if (!browser.present(By.id("page-next"))) {
                break;
            }
            browser.click(By.id("page-next"));
            assertThat(browser.text(By.id("sort-name"))).as("the sort is kept").endsWith("▲");
        }
        assertThat(pool).as("more than one page").hasSizeGreaterThan(20);
        Collator chinese = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        assertThat(pool.stream().map(row -> row.get(2)).toList())
                .as("the whole pool by name, across pages")
                .isSortedAccordingTo(chinese::compare);
        List<List<String>> byPlace = new ArrayList<>(pool);
        byPlace.sort(Comparator.comparing(row -> Integer.valueOf(row.get(0))));
        assertThat(byPlace.stream().map(row -> row.get(1)))
                .as("the place in the pool is the place by USCC, whatever the sort")
                .isSorted();
    }

    @Test
    void theLevelOneResponsesSortByTheirFirstDayAcrossPages() {
        Http admin = new Http(port, "admin");
        List<String> documents = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            // long ago, in an order unlike the one recorded: no accident of the other tests falls in them
            LocalDate from = LocalDate.of(2001, 1, 1).plusDays(10L * (i * 8 % ROWS));
            String document = "嘉防指〔2001〕" + marker + i + "号";
            documents.add(document);
            Http.Response declared = admin.post(
                    "/api/v1/emergency-responses",
                    """
                    {"regionCode":"330424","from":"%s","to":"%s","documentNo":"%s"}"""
                            .formatted(from, from.plusDays(2), document));
            assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        }
        admin.await("/api/v1/emergency-responses", r -> documents.stream().allMatch(r.body()::contains));
        browser.go("/emergency-responses");
        browser.click(By.id("sort-from"));
        assertThat(browser.text(By.id("sort-from"))).endsWith("▲");
        List<String> from = walk("responses-table", 2, "from", "▲", row -> documents.contains(row.get(3)));
        assertThat(from).hasSize(ROWS).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void theListingsEndingSoonSortByTheirLastDayAndPageKeepingTheQueuesPlace() {
        Http http = new Http(port, "registrar");
        Http reviewer = new Http(port, "reviewer");
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            // 桐乡市: after the other tests' 平湖市 enterprises on today's black list, in USCC order
            String uscc = TestUsccs.in("330483");
            listed.add(uscc);
            String enterprise = "/api/v1/enterprises/" + uscc;
            assertThat(http.post(
                                    "/api/v1/enterprises",
                                    """
                    {"uscc":"%s","name":"%s","industry":"HAZARDOUS_CHEMICALS","regionCode":"%s","registeredOn":"2015-03-01"}"""
                                            .formatted(uscc, marker + "到期" + NAMES.charAt(i) + "化工有限公司", "330483"))
                            .status())
                    .isEqualTo(201);
            // three years of listing ending within the coming 60 days, in an order unlike the one recorded
            LocalDate decidedOn = TODAY.minusYears(3).plusDays(5 + i * 8 % ROWS);
            Http.Response penalty = http.post(
                    enterprise + "/penalties",
                    """
                    {"decisionNo":"罚-%d","decidedOn":"%s","violation":"未经许可储存危险化学品","fineYuan":300000,
                     "serious":true,"summaryProcedure":false,"permitViolation":"WITHOUT_PERMIT"}"""
                            .formatted(i, decidedOn.minusDays(30)));
            assertThat(penalty.status()).as(penalty.body()).isEqualTo(201);
            Http.Response listing = reviewer.post(
                    enterprise + "/listings",
                    """
                    {"basis":6,"penaltyDecisionNo":"罚-%d","authority":"桐乡市应急管理局","decisionNo":"桐应急失信-%d",
                     "decidedOn":"%s"}"""
                            .formatted(i, i, decidedOn));
            assertThat(listing.status()).as(listing.body()).isEqualTo(201);
        }
        reviewer.await("/api/v1/lists/black", r -> listed.stream().allMatch(r.body()::contains));

        browser.go("/queue?size=50");
        browser.click(By.id("ending-sort-until"));
        assertThat(browser.text(By.id("ending-sort-until"))).endsWith("▲");
        assertThat(browser.text(By.id("ending-page-of")))
                .startsWith("第 1 页 / 共 ")
                .isNotEqualTo("第 1 页 / 共 1 页");
        List<String> until = walk("ending-", "ending", 4, "until", "▲", row -> listed.contains(row.get(0)));
        assertThat(until)
                .as("this test's listings by their last day, across pages")
                .hasSize(ROWS)
                .isSorted()
                .doesNotHaveDuplicates();
        assertThat(browser.driver.getCurrentUrl())
                .as("paging the listings keeps the department shown and the applications' page size")
                .contains("department=")
                .contains("&size=50");
    }

    /**
     * Column {@code n} (from 1) of the rows {@code ours} picks, over every page from this one, checking on each page
     * that the sort by {@code column} is kept.
     */
    private List<String> walk(String table, int n, String column, String arrow, Predicate<List<String>> ours) {
        return walk("", table, n, column, arrow, ours);
    }

    /** The same for the table whose pager and headings are named {@code prefix}. */
    private List<String> walk(
            String prefix, String table, int n, String column, String arrow, Predicate<List<String>> ours) {
        List<String> values = new ArrayList<>();
        while (true) {
            rows(table).stream().filter(ours).map(row -> row.get(n - 1)).forEach(values::add);
            if (!browser.present(By.id(prefix + "page-next"))) {
                return values;
            }
            browser.click(By.id(prefix + "page-next"));
            assertThat(browser.text(By.id(prefix + "sort-" + column)))
                    .as("the sort is kept")
                    .endsWith(arrow);
        }
    }

    /** The cells' texts of each row of {@code table}, top to bottom. */
    private List<List<String>> rows(String table) {
        return browser.driver.findElements(By.cssSelector("#" + table + " tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .toList())
                .toList();
    }
}

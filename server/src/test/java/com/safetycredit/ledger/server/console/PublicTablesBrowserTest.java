package com.safetycredit.ledger.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.server.Http;
import com.safetycredit.ledger.server.LedgerServerTest;
import com.safetycredit.ledger.server.Spreadsheets;
import com.safetycredit.ledger.server.TestUsccs;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The agencies' evaluation (the staff's list and the public one) and the public disclosures in a real browser, the
 * public pages signed out: a click on a heading sorts the whole list, walking the pages keeps the sort and the year
 * or search.
 */
@LedgerServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicTablesBrowserTest {

    /** More than one page of the smallest size: 20. */
    static final int ROWS = 21;
    /** Characters whose pinyin order differs from the order they are recorded in. */
    static final String NAMES = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";

    static final int LAST_YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;

    @LocalServerPort
    int port;

    Browser browser;
    String marker;
    final List<String> agencies = new ArrayList<>();

    @BeforeAll
    void registerAndOpen() throws IOException {
        Http http = new Http(port, "registrar");
        String first = TestUsccs.in("330482");
        marker = "公示表格" + first.substring(10, 17);
        for (int i = 0; i < ROWS; i++) {
            String name = marker + NAMES.charAt(i) + "检测有限公司";
            agencies.add(name);
            Http.Response registered = http.post(
                    "/api/v1/agencies",
                    """
                    {"uscc":"%s","name":"%s","services":["TESTING"],"qualificationNo":"APJ-(浙)-031",
                     "qualificationValidUntil":"2029-12-31","regionCode":"330482","registeredOn":"%d-01-05"}"""
                            .formatted(i == 0 ? first : TestUsccs.in("330482"), name, LAST_YEAR));
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        }
        http.await("/api/v1/lists/agencies?year=" + LAST_YEAR, r -> agencies.stream()
                .allMatch(r.body()::contains));
        browser = Browser.open(port);
    }

    @AfterAll
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theEvaluationSortsByNameAndPagesKeepingTheYearForStaffAndForThePublic() {
        List<String> descending = new ArrayList<>(agencies);
        descending.sort(Collator.getInstance(Locale.SIMPLIFIED_CHINESE).reversed());

        signOut();
        browser.go("/public/agencies?year=" + LAST_YEAR);
        assertThat(browser.present(By.id("nav-agencies"))).as("signed out").isFalse();
        browser.click(By.id("sort-name"));
        browser.click(By.id("sort-name"));
        assertThat(walk("public-evaluation-table", 1)).containsExactlyElementsOf(descending);

        browser.login("auditor");
        browser.go("/lists/agencies?year=" + LAST_YEAR);
        browser.click(By.id("sort-name"));
        browser.click(By.id("sort-name"));
        assertThat(walk("evaluation-table", 2)).containsExactlyElementsOf(descending);
        signOut();
    }

    /** The evaluation list as Excel and CSV: a header row, the region and the grade by their labels. */
    @Test
    void theEvaluationExportsToExcelAndCsvWithLabelsNotCodes() throws IOException {
        browser.login("auditor");
        browser.go("/lists/agencies?year=" + LAST_YEAR);
        String xlsx = browser.driver.findElement(By.id("evaluation-xlsx")).getDomProperty("href");
        List<List<String>> rows = Spreadsheets.rows(browser.fetchBytes(xlsx));
        assertThat(rows.get(0))
                .containsExactly("年度", "统一社会信用代码", "机构名称", "区域", "基础管理", "服务质量", "执业实绩", "总分", "等级", "说明", "评价办法");
        List<String> ours = rows.stream()
                .filter(r -> r.get(2).equals(agencies.get(0)))
                .findFirst()
                .orElseThrow();
        assertThat(ours.get(0)).isEqualTo(String.valueOf(LAST_YEAR));
        assertThat(ours.get(3)).as("the region by its name").isEqualTo("平湖市");
        assertThat(ours.get(8)).as("the grade by its label").matches("未评级|(优秀|良好|合格|不合格)（[ABCD]）");
        String csv = browser.fetch(
                browser.driver.findElement(By.id("evaluation-csv")).getDomProperty("href"));
        assertThat(csv.lines()
                        .filter(l -> l.contains(agencies.get(0)))
                        .findFirst()
                        .orElseThrow())
                .contains("\"平湖市\"")
                .doesNotContain("\"330482\"");
        signOut();
    }

    private void signOut() {
        browser.go("/public");
        browser.driver.manage().deleteAllCookies();
    }

    @Test
    void theDisclosuresSortByTheDayDecidedAndPageKeepingTheSearchSignedOut() {
        Http http = new Http(port, "registrar");
        List<String> usccs = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String uscc = TestUsccs.in("330482");
            usccs.add(uscc);
            Http.Response registered = http.post(
                    "/api/v1/enterprises",
                    """
                    {"uscc":"%s","name":"%s","industry":"MANUFACTURING","regionCode":"330482","registeredOn":"2019-01-02"}"""
                            .formatted(uscc, marker + NAMES.charAt(i) + "制造有限公司"));
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
            // decided under the general procedure last year, on days in an order unlike the one recorded
            Http.Response penalty = http.post(
                    "/api/v1/enterprises/" + uscc + "/penalties",
                    """
                    {"decisionNo":"平应急罚〔%d〕公示%d号","decidedOn":"%s","violation":"未按规定开展隐患排查",
                     "fineYuan":50000,"serious":false,"summaryProcedure":false}"""
                            .formatted(
                                    LAST_YEAR, i, LocalDate.of(LAST_YEAR, 3, 2).plusDays(i * 8 % ROWS)));
            assertThat(penalty.status()).as(penalty.body()).isEqualTo(201);
        }
        String q = URLEncoder.encode(marker, StandardCharsets.UTF_8);
        http.await("/api/public/v1/disclosures?size=100&q=" + q, r -> usccs.stream()
                .allMatch(r.body()::contains));

        signOut();
        browser.go("/public?q=" + q);
        assertThat(browser.present(By.id("nav-search"))).as("signed out").isFalse();
        assertThat(browser.text(By.id("page-of"))).isEqualTo("第 1 页 / 共 2 页");
        browser.click(By.id("sort-decidedOn"));
        browser.click(By.id("sort-decidedOn"));
        assertThat(browser.text(By.id("sort-decidedOn"))).endsWith("▼");
        List<String> decided = walk("public-table", 7);
        assertThat(browser.driver.getCurrentUrl()).as("the search is kept").contains("q=");
        assertThat(decided)
                .as("every penalty published, the latest decided first, across pages")
                .hasSize(ROWS)
                .doesNotHaveDuplicates()
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    /** Column {@code n} (from 1) of this test's rows of {@code table}, over every page from this one. */
    private List<String> walk(String table, int n) {
        List<String> values = new ArrayList<>();
        String sortedBy = browser.driver.getCurrentUrl().replaceAll(".*[?&]sort=([A-Za-z]+).*", "$1");
        while (true) {
            browser.driver.findElements(By.cssSelector("#" + table + " tbody tr")).stream()
                    .map(row -> row.findElements(By.tagName("td")).stream()
                            .map(WebElement::getText)
                            .toList())
                    .filter(row -> row.stream().anyMatch(cell -> cell.startsWith(marker)))
                    .map(row -> row.get(n - 1))
                    .forEach(values::add);
            if (!browser.present(By.id("page-next"))) {
                return values;
            }
            browser.click(By.id("page-next"));
            assertThat(browser.text(By.id("sort-" + sortedBy)))
                    .as("the sort is kept")
                    .endsWith("▼");
        }
    }
}

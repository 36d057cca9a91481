package com.safetycredit.ledger.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.server.Http;
import com.safetycredit.ledger.server.LedgerServerTest;
import com.safetycredit.ledger.server.TestUsccs;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
 * The console's tables in a real browser: a click on a heading sorts the whole result (not only the page shown),
 * the pager counts pages in Chinese and keeps the sort, and the page size changes how many rows a page holds.
 */
@LedgerServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleTablesBrowserTest {

    /** More than one page of the smallest size: 20. */
    static final int ENTERPRISES = 25;
    /** Characters whose pinyin order differs from the order the enterprises are registered in. */
    static final String NAMES = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水";

    @LocalServerPort
    int port;

    Browser browser;
    final List<String> names = new ArrayList<>();
    final List<String> usccs = new ArrayList<>();
    final List<Long> registrations = new ArrayList<>();
    String marker;
    String firstName;

    @BeforeAll
    void registerAndOpen() throws IOException {
        Http http = new Http(port, "registrar");
        for (int i = 0; i < ENTERPRISES; i++) {
            String uscc = TestUsccs.in("330482");
            usccs.add(uscc);
            if (marker == null) {
                marker = "表格" + uscc.substring(10, 17);
            }
            String name = marker + NAMES.charAt(i) + "有限公司";
            names.add(name);
            Http.Response registered = http.post(
                    "/api/v1/enterprises",
                    """
                    {"uscc":"%s","name":"%s","industry":"LUGGAGE_MANUFACTURING","regionCode":"330482","registeredOn":"2019-05-01"}"""
                            .formatted(uscc, name));
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
            registrations.add(registered.json().get("position").asLong());
        }
        http.await(
                "/api/v1/enterprises?size=100&q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8),
                r -> r.json().get("items").size() == ENTERPRISES);
        firstName = names.get(0);
        names.sort(Collator.getInstance(Locale.SIMPLIFIED_CHINESE));
        browser = Browser.open(port);
        browser.login("registrar");
    }

    @AfterAll
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theSearchSortsTheWholeResultAndPagesThroughItKeepingTheSort() {
        browser.go("/");
        browser.type(By.id("q"), marker);
        browser.click(By.id("search-submit"));
        assertThat(browser.text(By.id("page-of"))).isEqualTo("第 1 页 / 共 2 页");
        assertThat(shownNames()).hasSize(20);
        assertThat(browser.present(By.id("page-previous"))).isFalse();

        browser.click(By.id("sort-name"));
        assertThat(browser.text(By.id("sort-name"))).endsWith("▲");
        assertThat(shownNames()).containsExactlyElementsOf(names.subList(0, 20));

        browser.click(By.id("sort-name"));
        assertThat(browser.text(By.id("sort-name"))).endsWith("▼");
        List<String> descending = new ArrayList<>(names);
        Collections.reverse(descending);
        assertThat(shownNames()).containsExactlyElementsOf(descending.subList(0, 20));

        browser.click(By.id("page-next"));
        assertThat(browser.text(By.id("page-of"))).isEqualTo("第 2 页 / 共 2 页");
        assertThat(browser.text(By.id("sort-name"))).as("the sort is kept").endsWith("▼");
        assertThat(shownNames()).containsExactlyElementsOf(descending.subList(20, ENTERPRISES));
        assertThat(browser.present(By.id("page-next"))).isFalse();
        assertThat(browser.driver.getCurrentUrl()).as("the search is kept").contains("q=");

        browser.click(By.id("page-previous"));
        assertThat(browser.text(By.id("page-of"))).isEqualTo("第 1 页 / 共 2 页");
        browser.click(By.id("page-2"));
        assertThat(browser.text(By.id("page-of"))).isEqualTo("第 2 页 / 共 2 页");

        browser.click(By.id("size-50"));
        assertThat(browser.text(By.id("page-of"))).isEqualTo("第 1 页 / 共 1 页");
        assertThat(browser.text(By.id("sort-name"))).endsWith("▼");
        assertThat(shownNames()).containsExactlyElementsOf(descending);
    }

    @Test
    void anEnterprisesHistorySortsByValidTimeAndPagesKeepingTheSort() {
        Http http = new Http(port, "registrar");
        String uscc = usccs.get(0);
        // profile changes effective in an order unlike the one they are recorded in (7 is prime to 22)
        int changes = 22;
        for (int i = 0; i < changes; i++) {
            Http.Response changed = http.post(
                    "/api/v1/enterprises/" + uscc + "/profile-changes",
                    "{\"address\":\"平湖市当湖街道%d号\",\"effectiveOn\":\"%s\"}"
                            .formatted(i + 1, LocalDate.of(2020, 1, 1).plusDays(i * 7 % changes)));
            assertThat(changed.status()).as(changed.body()).isEqualTo(201);
        }
        // the page reads the history's read model: wait until it holds every change
        http.await(
                "/api/v1/enterprises/" + uscc + "/history",
                r -> r.json().get("events").size() == changes + 1);
        browser.go("/enterprises/" + uscc);
        assertThat(browser.text(By.id("page-of"))).isEqualTo("第 1 页 / 共 2 页");
        assertThat(rowPositions()).as("newest first").hasSize(20).isSortedAccordingTo(Comparator.reverseOrder());

        browser.click(By.id("sort-validTime"));
        assertThat(browser.text(By.id("sort-validTime"))).endsWith("▲");
        List<Long> firstPage = rowPositions();
        List<String> validTimes = new ArrayList<>(column(3));
        assertThat(firstPage)
                .hasSize(20)
                .isNotEqualTo(firstPage.stream().sorted().toList());
        browser.click(By.id("page-next"));
        assertThat(browser.text(By.id("page-of"))).isEqualTo("第 2 页 / 共 2 页");
        assertThat(browser.text(By.id("sort-validTime"))).as("the sort is kept").endsWith("▲");
        assertThat(rowPositions()).hasSize(changes + 1 - 20).doesNotContainAnyElementsOf(firstPage);
        validTimes.addAll(column(3));
        assertThat(validTimes)
                .as("the whole history by valid time, across pages")
                .isSorted();
    }

    /** The texts of the history's column {@code n} (from 1), top to bottom. */
    private List<String> column(int n) {
        return browser.driver.findElements(By.cssSelector("#history-table tbody tr td:nth-child(" + n + ")")).stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void theWatchListSortsByNameAndPagesKeepingTheDate() {
        Http http = new Http(port, "registrar");
        // all but the first (whose history another test counts) are watched after an accident of May 2019
        for (String uscc : usccs.subList(1, ENTERPRISES)) {
            Http.Response reported = http.post(
                    "/api/v1/enterprises/" + uscc + "/accidents",
                    """
                    {"occurredAt":"2019-05-10T07:40:00+08:00","deaths":0,"seriousInjuries":2,"personsEndangered":1,
                     "directLossYuan":250000,"duringLevelOneResponse":false,"category":"ROAD_TRAFFIC","reportNo":"平应急事〔2019〕%s号"}"""
                            .formatted(uscc.substring(11, 17)));
            assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        }
        http.await(
                "/api/v1/lists/watch?validAt=2019-05-20&size=1000",
                r -> r.body().split(marker, -1).length > ENTERPRISES - 1);
        List<String> watched = names.stream().filter(n -> !n.equals(firstName)).toList();
        browser.go("/lists/watch?validAt=2019-05-20");
        browser.click(By.id("sort-name"));
        assertThat(browser.text(By.id("sort-name"))).endsWith("▲");
        assertThat(browser.text(By.id("page-of"))).startsWith("第 1 页 / 共 ").isNotEqualTo("第 1 页 / 共 1 页");
        List<String> ascending = new ArrayList<>(ours(listNames()));
        browser.click(By.id("sort-name"));
        assertThat(browser.text(By.id("sort-name"))).endsWith("▼");
        List<String> descending = new ArrayList<>(ours(listNames()));
        while (browser.present(By.id("page-next"))) {
            browser.click(By.id("page-next"));
            assertThat(browser.text(By.id("sort-name"))).as("the sort is kept").endsWith("▼");
            assertThat(browser.driver.getCurrentUrl()).as("the date is kept").contains("validAt=2019-05-20");
            descending.addAll(ours(listNames()));
        }
        assertThat(descending).hasSize(ENTERPRISES - 1);
        List<String> expected = new ArrayList<>(watched);
        Collections.reverse(expected);
        assertThat(descending).containsExactlyElementsOf(expected);
        assertThat(ascending).isNotEmpty().isEqualTo(watched.subList(0, ascending.size()));
    }

    @Test
    void theObjectionsSortByEnterpriseAndPageKeepingTheStatusChosen() {
        Http http = new Http(port, "registrar");
        // all but the first (whose history another test counts) object to their registration
        for (int i = 1; i < ENTERPRISES; i++) {
            Http.Response filed = http.post(
                    "/api/v1/objections",
                    "{\"uscc\":\"%s\",\"position\":%d,\"filedOn\":\"%s\",\"grounds\":\"登记信息有误\"}"
                            .formatted(usccs.get(i), registrations.get(i), ConsoleBrowserTest.TODAY));
            assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        }
        List<String> objecting = usccs.subList(1, ENTERPRISES);
        http.await("/api/v1/objections?status=OPEN", r -> objecting.stream().allMatch(r.body()::contains));
        browser.go("/objections?status=OPEN");
        assertThat(browser.text(By.id("page-of"))).startsWith("第 1 页 / 共 ").isNotEqualTo("第 1 页 / 共 1 页");
        browser.click(By.id("sort-uscc"));
        browser.click(By.id("sort-uscc"));
        assertThat(browser.text(By.id("sort-uscc"))).endsWith("▼");
        List<String> shown = new ArrayList<>(ourUsccs());
        while (browser.present(By.id("page-next"))) {
            browser.click(By.id("page-next"));
            assertThat(browser.text(By.id("sort-uscc"))).as("the sort is kept").endsWith("▼");
            assertThat(browser.driver.getCurrentUrl()).as("the status is kept").contains("status=OPEN");
            shown.addAll(ourUsccs());
        }
        List<String> expected = new ArrayList<>(objecting);
        expected.sort(Comparator.reverseOrder());
        assertThat(shown).containsExactlyElementsOf(expected);
    }

    /** This test's enterprises among the objections shown, top to bottom. */
    private List<String> ourUsccs() {
        return browser.driver.findElements(By.cssSelector("#objections-table tbody tr td:nth-child(1)")).stream()
                .map(WebElement::getText)
                .filter(usccs::contains)
                .toList();
    }

    /** This test's enterprises among {@code shown}. */
    private List<String> ours(List<String> shown) {
        return shown.stream().filter(n -> n.startsWith(marker)).toList();
    }

    /** The names in the list's table, top to bottom. */
    private List<String> listNames() {
        return browser.driver.findElements(By.cssSelector("#list-table tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The ledger positions of the history's rows, top to bottom. */
    private List<Long> rowPositions() {
        return browser.driver.findElements(By.cssSelector("#history-table tbody tr")).stream()
                .map(row -> Long.valueOf(row.getDomAttribute("id").substring("event-".length())))
                .toList();
    }

    /** The names in the result table, top to bottom. */
    private List<String> shownNames() {
        return browser.driver.findElements(By.cssSelector("#results tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText)
                .toList();
    }
}

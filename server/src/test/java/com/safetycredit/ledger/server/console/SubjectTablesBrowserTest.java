package com.safetycredit.ledger.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.server.Http;
import com.safetycredit.ledger.server.LedgerServerTest;
import com.safetycredit.ledger.server.TestPeople;
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
 * The agencies' and practitioners' tables in a real browser: a click on a heading sorts the whole result, the pager
 * keeps the sort and the search, and on a page of two tables paging one keeps the other where it was.
 */
@LedgerServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubjectTablesBrowserTest {

    /** More than one page of the smallest size: 20. */
    static final int ROWS = 25;
    /** Characters whose pinyin order differs from the order they are recorded in. */
    static final String NAMES = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水";

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void openBrowser() throws IOException {
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
    void theAgenciesSortByNameAndPageKeepingTheSortAndTheSearch() {
        Http http = new Http(port, "registrar");
        String first = TestUsccs.in("330482");
        String marker = "机构表格" + first.substring(10, 17);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String name = marker + NAMES.charAt(i) + "评价有限公司";
            names.add(name);
            agency(http, i == 0 ? first : TestUsccs.in("330482"), name);
        }
        http.await(
                "/api/v1/agencies?size=100&q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8),
                r -> r.json().get("total").asInt() == ROWS);
        names.sort(Collator.getInstance(Locale.SIMPLIFIED_CHINESE));
        List<String> descending = new ArrayList<>(names);
        Collections.reverse(descending);

        browser.go("/agencies");
        browser.type(By.id("q"), marker);
        browser.click(By.id("agency-search-submit"));
        assertThat(browser.text(By.id("page-of"))).isEqualTo("第 1 页 / 共 2 页");
        browser.click(By.id("sort-name"));
        assertThat(browser.text(By.id("sort-name"))).endsWith("▲");
        assertThat(column("agency-results", 2)).containsExactlyElementsOf(names.subList(0, 20));
        browser.click(By.id("sort-name"));
        assertThat(browser.text(By.id("sort-name"))).endsWith("▼");
        assertThat(column("agency-results", 2)).containsExactlyElementsOf(descending.subList(0, 20));

        browser.click(By.id("page-next"));
        assertThat(browser.text(By.id("page-of"))).isEqualTo("第 2 页 / 共 2 页");
        assertThat(browser.text(By.id("sort-name"))).as("the sort is kept").endsWith("▼");
        assertThat(column("agency-results", 2)).containsExactlyElementsOf(descending.subList(20, ROWS));
        assertThat(browser.driver.getCurrentUrl()).as("the search is kept").contains("q=");

        browser.click(By.id("size-50"));
        assertThat(browser.text(By.id("page-of"))).isEqualTo("第 1 页 / 共 1 页");
        assertThat(column("agency-results", 2)).containsExactlyElementsOf(descending);
    }

    @Test
    void anAgencysServicesSortByDateAndPageKeepingTheHistorysPlace() {
        Http http = new Http(port, "registrar");
        String agency = TestUsccs.in("330482");
        agency(http, agency, "平湖市服务表格" + agency.substring(11, 17) + "评价有限公司");
        String client = enterprise(http, "平湖市服务表格客户");
        // services begun in an order unlike the one they are recorded in (7 is prime to 22)
        int services = 22;
        for (int i = 0; i < services; i++) {
            LocalDate from = LocalDate.of(2025, 1, 1).plusDays(i * 7 % services);
            Http.Response recorded = http.post(
                    "/api/v1/agencies/" + agency + "/services",
                    """
                    {"clientUscc":"%s","serviceType":"SAFETY_ASSESSMENT","contractNo":"PJ-T-%02d","from":"%s",
                     "to":"%s","reportNo":"浙安评〔2025〕%03d号"}"""
                            .formatted(client, i, from, from.plusDays(30), i));
            assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        }
        http.await("/api/v1/agencies/" + agency + "/services", r -> r.json().size() == services);

        browser.go("/agencies/" + agency);
        assertThat(browser.text(By.id("history-page-of"))).isEqualTo("第 1 页 / 共 2 页");
        browser.click(By.id("history-page-next"));
        assertThat(browser.text(By.id("history-page-of"))).isEqualTo("第 2 页 / 共 2 页");
        assertThat(browser.text(By.id("services-page-of"))).isEqualTo("第 1 页 / 共 2 页");

        browser.click(By.id("services-sort-from"));
        assertThat(browser.text(By.id("services-sort-from"))).endsWith("▲");
        assertThat(browser.text(By.id("history-page-of")))
                .as("sorting the services keeps the history's page")
                .isEqualTo("第 2 页 / 共 2 页");
        List<String> begun = new ArrayList<>(column("services-table", 4));
        assertThat(begun).hasSize(20);
        browser.click(By.id("services-page-next"));
        assertThat(browser.text(By.id("services-page-of"))).isEqualTo("第 2 页 / 共 2 页");
        assertThat(browser.text(By.id("services-sort-from")))
                .as("the sort is kept")
                .endsWith("▲");
        assertThat(browser.text(By.id("history-page-of"))).isEqualTo("第 2 页 / 共 2 页");
        begun.addAll(column("services-table", 4));
        assertThat(begun)
                .as("every service by the day it began, across pages")
                .hasSize(services)
                .isSorted()
                .doesNotHaveDuplicates();
    }

    @Test
    void thePractitionersSortByTheDayQualifiedAndPageKeepingTheSearch() {
        Http http = new Http(port, "registrar");
        String employer = enterprise(http, "平湖市人员表格");
        String prefix = "TBL" + employer.substring(11, 17) + "-";
        for (int i = 0; i < ROWS; i++) {
            // qualified in an order unlike the one they are registered in (7 is prime to 25)
            Http.Response registered = http.post(
                    "/api/v1/practitioners",
                    """
                    {"registrationNo":"%s","qualification":"%s","qualifiedOn":"%s","name":"表格测试人",
                     "idNumber":"%s","employerUscc":"%s","employedFrom":"2022-01-03"}"""
                            .formatted(
                                    TestPeople.registrationNo(prefix),
                                    i % 2 == 0 ? "REGISTERED_SAFETY_ENGINEER" : "SAFETY_ASSESSOR",
                                    LocalDate.of(2020, 1, 1).plusDays(i * 7 % ROWS),
                                    TestPeople.idNumber(),
                                    employer));
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        }
        http.await("/api/v1/practitioners?q=" + prefix, r -> r.body().split(prefix, -1).length > ROWS);

        browser.go("/practitioners");
        browser.type(By.id("q"), prefix);
        browser.click(By.id("practitioner-search-submit"));
        assertThat(browser.text(By.id("page-of"))).isEqualTo("第 1 页 / 共 2 页");
        browser.click(By.id("sort-qualifiedOn"));
        browser.click(By.id("sort-qualifiedOn"));
        assertThat(browser.text(By.id("sort-qualifiedOn"))).endsWith("▼");
        List<String> qualified = new ArrayList<>(column("practitioner-results", 3));
        browser.click(By.id("page-next"));
        assertThat(browser.text(By.id("page-of"))).isEqualTo("第 2 页 / 共 2 页");
        assertThat(browser.text(By.id("sort-qualifiedOn")))
                .as("the sort is kept")
                .endsWith("▼");
        assertThat(browser.driver.getCurrentUrl()).as("the search is kept").contains("q=" + prefix);
        qualified.addAll(column("practitioner-results", 3));
        assertThat(qualified)
                .as("every practitioner found, the latest qualified first, across pages")
                .hasSize(ROWS)
                .doesNotHaveDuplicates()
                .isSortedAccordingTo(Comparator.reverseOrder());

        browser.click(By.id("sort-qualification"));
        assertThat(browser.text(By.id("page-of")))
                .as("a new sort starts at the first page")
                .startsWith("第 1 页");
        assertThat(column("practitioner-results", 2))
                .as("注册安全工程师 (zhù) after 安全评价师 (ān)")
                .startsWith("安全评价师")
                .endsWith("注册安全工程师");
    }

    @Test
    void aPractitionersHistorySortsByEventAndPagesKeepingTheEmploymentsSort() {
        Http http = new Http(port, "registrar");
        String registrationNo = TestPeople.registrationNo("TBH-");
        String path = "/api/v1/practitioners/" + registrationNo;
        Http.Response registered = http.post(
                "/api/v1/practitioners",
                """
                {"registrationNo":"%s","qualification":"SAFETY_ASSESSOR","qualifiedOn":"2015-03-01","name":"履历测试人",
                 "idNumber":"%s"}"""
                        .formatted(registrationNo, TestPeople.idNumber()));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        // eleven employments, each begun and ended: 23 entries in the history
        int employments = 11;
        for (int i = 0; i < employments; i++) {
            String employer = enterprise(http, "平湖市履历表格" + (char) ('甲' + i));
            LocalDate from = LocalDate.of(2016, 1, 1).plusMonths(i * 3L);
            Http.Response started = http.post(
                    path + "/employments", "{\"employerUscc\":\"%s\",\"from\":\"%s\"}".formatted(employer, from));
            assertThat(started.status()).as(started.body()).isEqualTo(201);
            Http.Response ended = http.post(
                    path + "/employments/" + started.json().get("id").asText() + "/end",
                    "{\"endedOn\":\"%s\"}".formatted(from.plusMonths(2)));
            assertThat(ended.status()).as(ended.body()).isIn(200, 201);
        }
        http.await(path, r -> r.json().get("history").size() == 1 + 2 * employments);

        browser.go("/practitioners/" + registrationNo);
        browser.click(By.id("employments-sort-from"));
        browser.click(By.id("employments-sort-from"));
        assertThat(browser.text(By.id("employments-sort-from"))).endsWith("▼");
        assertThat(column("employments-table", 2)).hasSize(employments).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(browser.text(By.id("history-page-of"))).isEqualTo("第 1 页 / 共 2 页");

        browser.click(By.id("history-sort-type"));
        assertThat(browser.text(By.id("history-sort-type"))).endsWith("▲");
        List<String> types = new ArrayList<>(column("history-table", 2));
        browser.click(By.id("history-page-next"));
        assertThat(browser.text(By.id("history-page-of"))).isEqualTo("第 2 页 / 共 2 页");
        assertThat(browser.text(By.id("history-sort-type")))
                .as("the sort is kept")
                .endsWith("▲");
        assertThat(browser.text(By.id("employments-sort-from")))
                .as("paging the history keeps the employments' sort")
                .endsWith("▼");
        types.addAll(column("history-table", 2));
        Collator chinese = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        assertThat(types)
                .as("the whole history by the event's name, across pages")
                .hasSize(1 + 2 * employments)
                .isSortedAccordingTo(chinese::compare);
        assertThat(types).as("cóng, lí, rèn").startsWith("从业人员登记", "离职").endsWith("任职（注册）");
    }

    private static String enterprise(Http http, String name) {
        String uscc = TestUsccs.in("330482");
        Http.Response registered = http.post(
                "/api/v1/enterprises",
                """
                {"uscc":"%s","name":"%s有限公司","industry":"HAZARDOUS_CHEMICALS","regionCode":"330482",
                 "registeredOn":"2014-01-02"}"""
                        .formatted(uscc, name));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return uscc;
    }

    private static void agency(Http http, String uscc, String name) {
        Http.Response registered = http.post(
                "/api/v1/agencies",
                """
                {"uscc":"%s","name":"%s","services":["SAFETY_ASSESSMENT"],"qualificationNo":"APJ-(浙)-021",
                 "qualificationValidUntil":"2028-12-31","regionCode":"330482","registeredOn":"2024-01-05"}"""
                        .formatted(uscc, name));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    }

    /** The texts of column {@code n} (from 1) of the table {@code id}, top to bottom. */
    private List<String> column(String id, int n) {
        return browser.driver.findElements(By.cssSelector("#" + id + " tbody tr td:nth-child(" + n + ")")).stream()
                .map(WebElement::getText)
                .toList();
    }
}

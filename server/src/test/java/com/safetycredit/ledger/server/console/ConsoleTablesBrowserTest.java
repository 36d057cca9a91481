package com.safetycredit.ledger.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.server.Http;
import com.safetycredit.ledger.server.LedgerServerTest;
import com.safetycredit.ledger.server.TestUsccs;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
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
    String marker;

    @BeforeAll
    void registerAndOpen() throws IOException {
        Http http = new Http(port, "registrar");
        for (int i = 0; i < ENTERPRISES; i++) {
            String uscc = TestUsccs.in("330482");
            if (marker == null) {
                marker = "表格" + uscc.substring(10, 17);
            }
            String name = marker + NAMES.charAt(i) + "有限公司";
            names.add(name);
            assertThat(http.post(
                                    "/api/v1/enterprises",
                                    """
                    {"uscc":"%s","name":"%s","industry":"LUGGAGE_MANUFACTURING","regionCode":"330482","registeredOn":"2019-05-01"}"""
                                            .formatted(uscc, name))
                            .status())
                    .isEqualTo(201);
        }
        http.await(
                "/api/v1/enterprises?size=100&q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8),
                r -> r.json().get("items").size() == ENTERPRISES);
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

    /** The names in the result table, top to bottom. */
    private List<String> shownNames() {
        return browser.driver.findElements(By.cssSelector("#results tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText)
                .toList();
    }
}

package com.safetycredit.ledger.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.safetycredit.ledger.query.export.Spreadsheet;
import com.safetycredit.ledger.server.Http;
import com.safetycredit.ledger.server.LedgerServerTest;
import com.safetycredit.ledger.server.Spreadsheets;
import com.safetycredit.ledger.server.TestUsccs;
import com.safetycredit.ledger.store.LedgerReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A large import in Chromium: the upload answers at once with the job's page, which shows the rows done of the
 * total (a progress bar and the numbers) and fetches itself again until the job has finished — by the HTTP
 * {@code Refresh} header, no script — then every row's result in a table sorted and paged like the others.
 */
@LedgerServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportJobBrowserTest {

    static final int ROWS = 600;

    @LocalServerPort
    int port;

    @Autowired
    LedgerReader store;

    Browser browser;
    Path file;

    @BeforeAll
    void registerAndOpen() throws IOException {
        Http http = new Http(port, "registrar");
        List<String> usccs =
                IntStream.range(0, 3).mapToObj(i -> TestUsccs.in("330482")).toList();
        List<String> enterpriseHeadings = List.of("统一社会信用代码", "企业名称", "行业", "区域");
        JsonNode registered = http.postFile(
                        "/api/v1/imports?kind=enterprises&dryRun=false",
                        Spreadsheet.MEDIA_TYPE,
                        sheet(
                                enterpriseHeadings,
                                usccs.stream()
                                        .map(u -> List.of(u, "平湖市进度示例企业" + u.substring(10), "MANUFACTURING", "330482"))
                                        .toList()))
                .json();
        assertThat(registered.get("written").asInt()).isEqualTo(3);
        List<String> headings = Spreadsheets.rows(http.download("/api/v1/imports/template?kind=certifications")
                        .body())
                .get(0);
        String series = "SF-WEB-" + usccs.get(0).substring(10);
        List<List<String>> rows = IntStream.range(0, ROWS)
                .mapToObj(i -> List.of(
                        usccs.get(i % 3),
                        "DUAL_PREVENTION",
                        "",
                        series + "-" + i,
                        "平湖市应急管理局",
                        "2024-02-01",
                        "2099-12-31"))
                .toList();
        file = Files.createTempFile("certificates", ".xlsx");
        Files.write(file, sheet(headings, rows));
        browser = Browser.open(port);
        browser.login("registrar");
    }

    static byte[] sheet(List<String> headings, List<List<String>> rows) {
        return Spreadsheet.of(
                "sheet",
                IntStream.range(0, headings.size())
                        .mapToObj(i -> new Spreadsheet.Column<List<String>>(headings.get(i), 20, row -> row.get(i)))
                        .toList(),
                rows);
    }

    @AfterAll
    void close() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    /** What the job's page shows at one moment: its status, and the progress bar's value and maximum. */
    record Seen(String status, int done, int total) {}

    @Test
    void aLargeFileShowsItsProgressThenEveryRowSortedAndPaged() {
        browser.go("/imports");
        browser.choose(By.id("kind"), "certifications");
        browser.upload(By.id("file"), file);
        browser.click(By.id("import-dry-run"));
        assertThat(browser.driver.getCurrentUrl()).contains("/imports/jobs/");
        assertThat(browser.text(By.id("import-summary"))).isEqualTo("共 600 行：通过检查 600 行，不通过 0 行；已写入 0 行。");

        long head = store.head().position();
        browser.check(By.id("mode-rows"));
        browser.click(By.id("import-commit"));
        List<Seen> seen = new ArrayList<>();
        new WebDriverWait(browser.driver, Duration.ofMinutes(3))
                .pollingEvery(Duration.ofMillis(100))
                .ignoring(WebDriverException.class)
                .until(d -> {
                    WebElement job = d.findElement(By.id("import-job"));
                    WebElement bar = d.findElement(By.id("import-progress"));
                    Seen now = new Seen(
                            job.getDomAttribute("data-status"),
                            Integer.parseInt(bar.getDomAttribute("value")),
                            Integer.parseInt(bar.getDomAttribute("max")));
                    seen.add(now);
                    return "FINISHED".equals(now.status());
                });
        assertThat(seen).allMatch(s -> s.total() == ROWS && s.done() >= 0 && s.done() <= ROWS);
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i).done())
                    .as("rows done only grow")
                    .isGreaterThanOrEqualTo(seen.get(i - 1).done());
        }
        assertThat(seen)
                .as("the page shows the job part way")
                .anyMatch(s -> "RUNNING".equals(s.status()) && s.done() < ROWS);
        assertThat(browser.text(By.id("import-progress-text"))).isEqualTo("已处理 600 / 600 行");
        assertThat(browser.text(By.id("import-summary"))).isEqualTo("共 600 行：通过检查 600 行，不通过 0 行；已写入 600 行。");
        assertThat(store.head().position()).isEqualTo(head + ROWS);

        // the result table: 20 rows a page, sorted by row number either way, the sort kept while paging
        assertThat(browser.text(By.id("page-of"))).isEqualTo("第 1 页 / 共 30 页");
        assertThat(rowNumbers()).hasSize(20).startsWith(2, 3, 4);
        browser.click(By.id("sort-row"));
        browser.click(By.id("sort-row"));
        assertThat(browser.text(By.id("sort-row"))).endsWith("▼");
        assertThat(rowNumbers()).startsWith(601, 600, 599);
        browser.click(By.id("page-next"));
        assertThat(rowNumbers()).startsWith(581);
        browser.click(By.id("size-100"));
        assertThat(browser.text(By.id("page-of"))).isEqualTo("第 1 页 / 共 6 页");
        assertThat(rowNumbers()).hasSize(100).startsWith(601);
        browser.click(By.id("sort-key"));
        assertThat(browser.text(By.id("sort-key"))).endsWith("▲");
        browser.click(By.id("sort-result"));
        assertThat(browser.text(By.id("import-rows"))).contains("已写入");
        assertThat(ChineseOnly.leftovers(browser.text(By.tagName("body")))).isEmpty();
    }

    private List<Integer> rowNumbers() {
        return browser.waitFor(d -> d.findElements(By.cssSelector("#import-rows tbody tr td:first-child")).stream()
                .map(cell -> Integer.parseInt(cell.getText()))
                .toList());
    }
}

package com.safetycredit.ledger.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.server.Http;
import com.safetycredit.ledger.server.LedgerApplication;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every page of the console, not only those the other browser tests walk through: a clerk with every role signs
 * in to a ledger holding the sample data and follows every link reachable from the navigation, an enterprise's,
 * an agency's and a practitioner's page, the forms, the lists and the public pages; each kind of page (its path
 * with identifiers taken out) is read at least twice with different data where the ledger has them. On each:
 * no code and no English in the rendered text ({@link ChineseOnly}) and no sideways scrolling at 390, 1366 and
 * 1920 pixels. The console's own error pages are read too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPageBrowserTest {

    /** Enough for every kind of page twice; a page kind past that is not read again. */
    private static final int PAGES_PER_KIND = 2;

    /** The subjects' pages differ most with their data: more of them are read. */
    private static final Map<String, Integer> MORE_OF =
            Map.of("/enterprises/*", 10, "/agencies/*", 4, "/practitioners/*", 4, "/enterprises/*/report", 4);

    private static final int MOST_PAGES = 220;

    /** Links that leave the console's Chinese pages: files, the API, the English switch, signing out. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(api|actuator|swagger-ui|v3|logout|css|js)(/.*)?$|\\.(csv|xlsx|pdf|json|png)$|/(csv|xlsx|export|template)$");

    /** Path segments that name a thing (a USCC, a number, an id) rather than a kind of page. */
    private static final Pattern IDENTIFIER = Pattern.compile(".*\\d.*|[0-9a-f-]{16,}");

    private ConfigurableApplicationContext ledger;
    private Browser browser;
    private int port;

    @BeforeAll
    void startLedgerWithSampleData() throws IOException {
        ledger = new SpringApplicationBuilder(LedgerApplication.class)
                .run(
                        "--server.port=0",
                        "--ledger.embedded.in-memory=true",
                        "--ledger.sample-data=true",
                        "--ledger.expiry.initial-delay=PT1H");
        port = ((WebServerApplicationContext) ledger).getWebServer().getPort();
        // the read side holds every sample enterprise before the first page is read
        new Http(port)
                .await(
                        "/api/v1/enterprises?size=100",
                        r -> r.json().get("total").asInt() == 68);
        browser = Browser.open(port);
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (ledger != null) {
            ledger.close();
        }
    }

    @Test
    void everyPageReachableFromTheNavigationIsChineseAndFitsEveryScreen() throws IOException {
        browser.login("tester");
        // a page that exists only once something was done: a random draw
        browser.go("/supervision/draws");
        browser.type(By.id("period"), "全页扫描");
        browser.choose(By.id("regionCode"), "330482");
        browser.type(By.id("count"), "3");
        browser.type(By.id("roster"), "ZJ-001\nZJ-002\nZJ-003");
        browser.click(By.id("draw-submit"));
        browser.waitFor(d -> d.getCurrentUrl().contains("/supervision/draws/drw-"));
        String draw = URI.create(browser.driver.getCurrentUrl()).getPath();
        Map<String, List<String>> problems = new TreeMap<>();
        Set<String> kinds = crawl(
                List.of(
                        "/",
                        "/public",
                        "/public/agencies",
                        "/queue",
                        "/objections",
                        "/audit",
                        "/users",
                        "/users/changes",
                        draw),
                problems);
        assertThat(problems).as("pages showing a code or English, or too wide").isEmpty();
        assertThat(kinds)
                .as("the crawl reached the kinds of page a clerk works with")
                .contains(
                        "/enterprises/*",
                        "/enterprises/*/report",
                        "/agencies/*",
                        "/practitioners/*",
                        "/lists/black",
                        "/lists/agencies",
                        "/users/changes",
                        "/practitioners",
                        "/agencies",
                        "/lists/red/candidates",
                        "/forms/penalty",
                        "/forms/listing",
                        "/supervision/hazards",
                        "/supervision/draws/*",
                        "/emergency-responses",
                        "/awards",
                        "/imports",
                        "/public");
    }

    @Test
    void theConsolesOwnErrorPagesAreChinese() {
        browser.login("tester");
        for (String missing : List.of("/no-such-page", "/enterprises/91330482MA0000000X", "/forms/no-such-form")) {
            browser.go(missing);
            String text = browser.text(By.tagName("body"));
            assertThat(text).as(missing).doesNotContain("Whitelabel", "\"status\"");
            assertThat(ChineseOnly.leftovers(text)).as(missing).isEmpty();
            assertThat(browser.fitsWidth(390)).as(missing + " at 390 px").isTrue();
        }
    }

    /** Reads every page reachable from {@code starts}; returns the kinds of page read, notes each problem found. */
    private Set<String> crawl(List<String> starts, Map<String, List<String>> problems) throws IOException {
        Deque<String> waiting = new ArrayDeque<>(starts);
        Set<String> seen = new LinkedHashSet<>(starts);
        Map<String, Integer> readPerKind = new HashMap<>();
        int read = 0;
        while (!waiting.isEmpty() && read < MOST_PAGES) {
            String page = waiting.poll();
            String kind = kindOf(page);
            if (readPerKind.merge(kind, 1, Integer::sum) > pagesOf(kind)) {
                continue;
            }
            read++;
            browser.go(page);
            List<String> found = check(page);
            if (!found.isEmpty()) {
                problems.put(page, found);
            }
            for (String link : links()) {
                if (seen.add(link) && readPerKind.getOrDefault(kindOf(link), 0) < pagesOf(kindOf(link))) {
                    waiting.add(link);
                }
            }
        }
        return new TreeSet<>(readPerKind.keySet());
    }

    private static int pagesOf(String kind) {
        return MORE_OF.getOrDefault(kind, PAGES_PER_KIND);
    }

    private List<String> check(String page) throws IOException {
        List<String> found = new ArrayList<>(ChineseOnly.leftovers(browser.text(By.tagName("body"))));
        if (!browser.fitsWidth()) {
            found.add("wider than 1366 px");
        }
        if (!browser.fitsWidth(390)) {
            found.add("wider than 390 px");
        }
        if (!browser.fitsWidth(1920)) {
            found.add("wider than 1920 px");
        }
        if (!found.isEmpty()) {
            browser.screenshot("every-page" + page.replaceAll("[^A-Za-z0-9]+", "-"));
        }
        return found;
    }

    /** The console pages this page links to, as paths with their query. */
    private List<String> links() {
        List<String> links = new ArrayList<>();
        for (WebElement a : browser.driver.findElements(By.cssSelector("a[href]"))) {
            String href = a.getDomProperty("href");
            if (href == null || !href.startsWith("http://localhost:" + port + "/")) {
                continue;
            }
            URI uri = URI.create(href);
            String path = uri.getRawPath();
            String query = uri.getRawQuery();
            if (NOT_A_PAGE.matcher(path).find() || (query != null && query.matches("(^|.*&)(lang|format)=.*"))) {
                continue;
            }
            links.add(query == null ? path : path + "?" + query);
        }
        return links;
    }

    /** A page's kind: its path with identifiers replaced by {@code *}, without the query. */
    static String kindOf(String page) {
        String path = page.contains("?") ? page.substring(0, page.indexOf('?')) : page;
        StringBuilder kind = new StringBuilder();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                kind.append('/').append(IDENTIFIER.matcher(segment).matches() ? "*" : segment);
            }
        }
        return kind.isEmpty() ? "/" : kind.toString();
    }
}

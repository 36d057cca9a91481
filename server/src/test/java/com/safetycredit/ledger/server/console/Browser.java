package com.safetycredit.ledger.server.console;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (the system's {@code chromium} and {@code chromedriver}) at 1366×768, as a
 * bureau's office screen. Without them the browser tests are skipped — unless
 * {@code LEDGER_BROWSER_TESTS=required} (CI installs them and sets it), where their absence fails.
 * Screenshots go to {@code target/console-screenshots}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("LEDGER_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("LEDGER_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    final WebDriver driver;
    private final String base;
    private final Path profile;

    private Browser(WebDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    static Browser open(int port) throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "required".equals(System.getenv("LEDGER_BROWSER_TESTS"))) {
            throw new IllegalStateException("LEDGER_BROWSER_TESTS=required but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing (Debian packages chromium and chromium-driver)");
        }
        Assumptions.assumeTrue(present, "no Chromium/ChromeDriver on this machine: browser tests skipped");
        Path profile = Files.createTempDirectory("ledger-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // without the background-networking switches Chromium keeps calling home, which a closed network refuses
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--window-size=1366,768",
                "--lang=zh-CN",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        Files.createDirectories(SCREENSHOTS);
        return new Browser(new ChromeDriver(service, options), "http://localhost:" + port, profile);
    }

    void go(String path) {
        driver.get(base + path);
    }

    void login(String user) {
        login(user, user + "-password");
    }

    void login(String user, String password) {
        go("/login");
        driver.manage().deleteAllCookies(); // a fresh session: whoever was logged in before is gone
        go("/login");
        type(By.id("username"), user);
        type(By.id("password"), password);
        click(By.id("login-submit"));
        waitFor(d -> !d.getCurrentUrl().contains("/login"));
    }

    void type(By by, String text) {
        WebElement element = driver.findElement(by);
        element.clear();
        element.sendKeys(text);
    }

    /** Date and time inputs take keys in the browser's locale format; set their ISO value directly instead. */
    void setValue(By by, String value) {
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].value = arguments[1];", driver.findElement(by), value);
    }

    void choose(By by, String value) {
        new Select(driver.findElement(by)).selectByValue(value);
    }

    /**
     * Clicks something that loads another page (a link, a submit button) and waits until the old page is gone,
     * so the next look-up cannot find an element of the page being left.
     */
    void click(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(by).click();
        waitFor(ExpectedConditions.stalenessOf(page)::apply);
        waitFor(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Clicks something that stays on the page (a radio button, a checkbox). */
    void check(By by) {
        driver.findElement(by).click();
    }

    /** The text of an element, waiting for it to appear (and looking it up again if the page changes under it). */
    String text(By by) {
        return waitFor(d -> d.findElement(by).getText());
    }

    boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /**
     * Waits until the condition holds. A look-up racing a page load can also fail with a stale element or with
     * chromedriver's "node does not belong to the document" (an unknown error): both are retried too; a
     * lasting failure still ends the wait with the last error as its cause.
     */
    <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(condition::apply);
    }

    /** Runs a fetch in the page, with the page's session cookie, and returns the response text. */
    String fetch(String path) {
        return (String) ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done);",
                        path);
    }

    /** The first bytes of a response, in hex: what {@code fetch} text would hide, such as a byte-order mark. */
    String fetchHead(String path, int bytes) {
        return (String) ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer()).then(b =>"
                                + " done(Array.from(new Uint8Array(b).slice(0, arguments[1]))"
                                + ".map(x => x.toString(16).padStart(2, '0')).join('')));",
                        path,
                        bytes);
    }

    /** A whole response as bytes (a workbook, a PDF), fetched with the page's session cookie. */
    byte[] fetchBytes(String path) {
        String base64 = (String) ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.blob())"
                                + ".then(b => { const f = new FileReader();"
                                + " f.onload = () => done(f.result.substring(f.result.indexOf(',') + 1));"
                                + " f.readAsDataURL(b); });",
                        path);
        return Base64.getDecoder().decode(base64);
    }

    /** Whether the page fits the window's width (no sideways scrolling on a 1366-pixel screen). */
    boolean fitsWidth() {
        Object fits = ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
        return Boolean.TRUE.equals(fits);
    }

    /** Whether the page fits a window of {@code width} pixels; the window is set back to the office screen after. */
    boolean fitsWidth(int width) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(2)).until(d -> fitsWidth() ? Boolean.TRUE : null);
        } catch (org.openqa.selenium.TimeoutException tooWide) {
            return false;
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        }
    }

    /** Chooses a file for an upload field. */
    void upload(By by, Path file) {
        driver.findElement(by).sendKeys(file.toAbsolutePath().toString());
    }

    void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

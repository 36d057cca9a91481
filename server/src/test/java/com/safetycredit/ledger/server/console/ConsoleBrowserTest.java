package com.safetycredit.ledger.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.query.export.Spreadsheet;
import com.safetycredit.ledger.server.LedgerServerTest;
import com.safetycredit.ledger.server.TestUsccs;
import com.safetycredit.ledger.store.LedgerReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The staff console in a real browser, as staff use it: a registrar registers an enterprise and reports an
 * accident and sees the status turn to WATCH; a reviewer lists it and finds it on the black list page and in
 * the CSV, and decides an award review from the queue; an auditor verifies the ledger. Each role sees only
 * what it may do. The main pages are saved as screenshots.
 */
@LedgerServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

    static final String USCC = TestUsccs.in("330482");
    /** The same code with another check character. */
    static final String MISTYPED = USCC.substring(0, 17) + (USCC.endsWith("X") ? "Y" : "X");
    /** The shared ledger holds other 示例化工 enterprises: this one's name is its own. */
    static final String SEARCHED = "示例化工" + USCC.substring(10, 17);

    static final String NAME = "平湖市" + SEARCHED + "有限公司";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    @Autowired
    LedgerReader store;

    Browser browser;

    @BeforeAll
    void openBrowser() throws IOException {
        browser = Browser.open(port);
    }

    @AfterAll
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    /** Saves the page as a screenshot and checks it fits the office screen without sideways scrolling. */
    private void page(String name) throws IOException {
        browser.screenshot(name);
        assertThat(browser.fitsWidth())
                .as(name + " fits a 1366-pixel-wide screen")
                .isTrue();
        if (!name.contains("english")) {
            assertThat(ChineseOnly.leftovers(browser.text(By.tagName("body"))))
                    .as(name + " shows no code and no English")
                    .isEmpty();
        }
        assertThat(browser.fitsWidth(390)).as(name + " fits a 390-pixel phone").isTrue();
        assertThat(browser.fitsWidth(1920))
                .as(name + " fits a 1920-pixel screen")
                .isTrue();
    }

    /** A page the README shows: saved under docs/screenshots when the build is asked to refresh them. */
    private void documented(String name) throws IOException {
        page(name);
        if (Boolean.getBoolean("ledger.docs.screenshots")) {
            Path docs = Path.of("..", "docs", "screenshots");
            Files.createDirectories(docs);
            Files.copy(
                    Browser.SCREENSHOTS.resolve(name + ".png"),
                    docs.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    @Order(1)
    void theConsoleAsksForALoginInChinese() throws IOException {
        browser.go("/");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("登录");
        page("01-login");
        browser.type(By.id("username"), "registrar");
        browser.type(By.id("password"), "wrong-password");
        browser.click(By.id("login-submit"));
        assertThat(browser.text(By.id("login-error"))).isEqualTo("用户名或密码错误，或账号已停用。");
    }

    @Test
    @Order(2)
    void aRegistrarSeesFieldErrorsInChineseAndNothingIsAppended() throws IOException {
        browser.login("registrar");
        assertThat(browser.present(By.id("nav-register"))).isTrue();
        assertThat(browser.present(By.id("nav-queue")))
                .as("a registrar has no review queue")
                .isFalse();
        assertThat(browser.present(By.id("nav-audit"))).isFalse();
        long head = store.head().position();

        browser.click(By.id("nav-register"));
        browser.type(By.id("f-uscc"), MISTYPED); // wrong check character
        browser.choose(By.id("f-industry"), "MANUFACTURING");
        browser.choose(By.id("f-regionCode"), "330482");
        browser.click(By.id("form-submit"));
        assertThat(browser.text(By.id("f-name-error"))).isEqualTo("必填");
        page("02-form-with-errors");

        browser.type(By.id("f-name"), NAME);
        browser.click(By.id("form-submit"));
        assertThat(browser.text(By.id("f-uscc-error"))).startsWith("统一社会信用代码无效");
        browser.type(By.id("f-uscc"), USCC);
        browser.setValue(By.id("f-registeredOn"), TODAY.plusDays(2).toString());
        browser.click(By.id("form-submit"));
        assertThat(browser.text(By.id("f-registeredOn-error"))).isEqualTo("不能晚于今天");
        assertThat(store.head().position()).as("refused forms append nothing").isEqualTo(head);
    }

    @Test
    @Order(3)
    void aRegistrarRegistersAndReportsAnAccidentAndTheStatusTurnsToWatch() throws IOException {
        browser.setValue(By.id("f-registeredOn"), "2019-01-02");
        browser.click(By.id("form-submit"));
        browser.waitFor(d -> d.getCurrentUrl().contains("/enterprises/" + USCC));
        assertThat(browser.text(By.id("enterprise-name"))).isEqualTo(NAME);
        assertThat(browser.text(By.id("enterprise-status"))).isEqualTo("正常");
        assertThat(browser.text(By.id("recorded"))).contains("已记录");
        assertThat(browser.present(By.id("action-listing")))
                .as("listing is a reviewer's decision")
                .isFalse();

        browser.click(By.id("action-accident"));
        LocalDateTime occurred =
                LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusDays(3).truncatedTo(ChronoUnit.MINUTES);
        browser.setValue(By.id("f-occurredAt"), occurred.toString());
        browser.choose(By.id("f-category"), "PRODUCTION");
        browser.type(By.id("f-deaths"), "0");
        browser.type(By.id("f-seriousInjuries"), "abc");
        browser.type(By.id("f-personsEndangered"), "2");
        browser.type(By.id("f-directLossYuan"), "800000");
        browser.type(By.id("f-reportNo"), "平应急事〔" + TODAY.getYear() + "〕5号");
        browser.click(By.id("form-submit"));
        assertThat(browser.text(By.id("f-seriousInjuries-error"))).isEqualTo("请输入整数");
        browser.type(By.id("f-seriousInjuries"), "10");
        browser.click(By.id("form-submit"));

        browser.waitFor(d -> d.getCurrentUrl().contains("/enterprises/" + USCC));
        assertThat(browser.text(By.id("recorded"))).contains("事故等级：较大事故");
        assertThat(browser.text(By.id("enterprise-status"))).isEqualTo("重点关注");
        assertThat(browser.text(By.id("status-reasons"))).contains("近12个月发生生产安全事故");
        // each reason links to the event it rests on, in the history on the same page
        String evidence = browser.driver
                .findElement(By.cssSelector("#status-reasons a.evidence"))
                .getDomProperty("href");
        String row = evidence.substring(evidence.indexOf('#') + 1);
        assertThat(browser.driver.findElement(By.id(row)).getDomAttribute("data-type"))
                .isEqualTo("AccidentReported");
        assertThat(browser.text(By.id(row)))
                .contains("registrar")
                .contains("登记员")
                .contains("平湖市应急管理局");
        documented("03-enterprise-watch");
        // the history reads as sentences: no keys, enum names or identifiers, times in Beijing time to the minute
        assertThat(browser.text(By.id(row)))
                .contains("发生工矿商贸生产安全事故，较大事故：死亡 0 人、重伤 10 人、涉险 2 人，直接经济损失 800,000.00 元")
                .contains(occurred.toLocalDate() + " " + occurred.toLocalTime())
                .doesNotContain("category", "PRODUCTION", "acc-");

        // the credit report of today: a page to print and its PDF
        browser.click(By.id("action-report"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("安全生产信用报告");
        assertThat(browser.text(By.id("report-status"))).isEqualTo("重点关注");
        assertThat(browser.text(By.id("report-accidents"))).contains("较大事故");
        assertThat(browser.text(By.id("report-head"))).matches("\\d+");
        documented("03c-credit-report");
        String pdf = browser.driver.findElement(By.id("report-pdf")).getDomProperty("href");
        assertThat(browser.fetchHead(pdf, 4)).as("a PDF").isEqualTo("25504446");
        browser.go("/enterprises/" + USCC);

        browser.click(By.id("action-penalty"));
        browser.type(By.id("f-decisionNo"), "平应急罚〔" + TODAY.getYear() + "〕3号");
        browser.setValue(By.id("f-decidedOn"), TODAY.minusDays(1).toString());
        browser.type(By.id("f-violation"), "未经许可储存危险化学品");
        // money is typed as a clerk writes it; a fine is recorded in whole yuan, so fen are refused, not dropped
        browser.type(By.id("f-fineYuan"), "300,000.50");
        browser.check(By.cssSelector("input[name=serious][value=true]"));
        browser.check(By.cssSelector("input[name=summaryProcedure][value=false]"));
        browser.choose(By.id("f-permitViolation"), "WITHOUT_PERMIT");
        long beforeFine = store.head().position();
        browser.click(By.id("form-submit"));
        assertThat(browser.text(By.id("f-fineYuan-error"))).isEqualTo("本项按整元记录，不能填写角、分");
        assertThat(store.head().position()).as("refused: nothing appended").isEqualTo(beforeFine);
        browser.type(By.id("f-fineYuan"), "300,000");
        browser.click(By.id("form-submit"));
        browser.waitFor(d -> d.getCurrentUrl().contains("/enterprises/" + USCC));
        standardizationLifecycle();

        // an application with nothing to ground it is refused on the form and appends nothing
        long head = store.head().position();
        browser.click(By.id("action-award-application"));
        browser.choose(By.id("f-awardType"), "DUAL_PREVENTION");
        browser.choose(By.id("f-policyYear"), "2021");
        browser.click(By.id("form-submit"));
        assertThat(browser.text(By.id("f-basisId-error"))).startsWith("没有可作为依据的证书或投入");
        assertThat(store.head().position()).isEqualTo(head);

        browser.go("/enterprises/" + USCC);
        browser.click(By.id("action-certification"));
        browser.choose(By.id("f-type"), "DUAL_PREVENTION");
        browser.type(By.id("f-certificateNo"), "七个一-2021-08");
        browser.type(By.id("f-issuer"), "平湖市应急管理局");
        browser.setValue(By.id("f-issuedOn"), "2021-02-01");
        browser.click(By.id("form-submit"));
        browser.waitFor(d -> d.getCurrentUrl().contains("/enterprises/" + USCC));
        browser.click(By.id("action-award-application"));
        browser.choose(By.id("f-awardType"), "DUAL_PREVENTION");
        browser.choose(By.id("f-policyYear"), "2021");
        // the basis is chosen among the enterprise's own certificates, named as the clerk knows them
        var basis = browser.driver.findElements(By.cssSelector("#f-basisId option")).stream()
                .filter(o -> o.getText().contains("七个一-2021-08"))
                .findFirst()
                .orElseThrow();
        assertThat(basis.getText()).contains("证书 七个一-2021-08").contains("2021-02-01");
        assertThat(basis.getDomProperty("value")).startsWith("cert-");
        basis.click();
        browser.click(By.id("form-submit"));
        browser.waitFor(d -> d.getCurrentUrl().contains("/enterprises/" + USCC));
        assertThat(browser.driver.findElements(By.cssSelector("tr[data-type=AwardApplied]")))
                .hasSize(1);
        assertThat(browser.text(By.cssSelector("tr[data-type=AwardApplied]"))).contains("七个一-2021-08");
    }

    /**
     * RULES.md §5 in the console: a standardization certificate is revoked by the ledger when the accident is found
     * reported late, a new one is refused within the year (beside its date, in Chinese), and a registrar revokes a
     * certificate obtained with false materials from its row in the history.
     */
    private void standardizationLifecycle() throws IOException {
        browser.click(By.id("action-certification"));
        browser.choose(By.id("f-type"), "STANDARDIZATION");
        browser.type(By.id("f-level"), "2");
        browser.type(By.id("f-certificateNo"), "AQBⅡ-示例-1");
        browser.type(By.id("f-issuer"), "嘉兴市应急管理局");
        browser.setValue(By.id("f-issuedOn"), TODAY.minusYears(1).toString());
        browser.click(By.id("form-submit"));
        browser.waitFor(d -> d.getCurrentUrl().contains("/enterprises/" + USCC));

        browser.click(By.cssSelector("tr[data-type=AccidentReported] a[href*='accident-reporting-violation']"));
        browser.choose(By.id("f-kind"), "LATE");
        browser.setValue(By.id("f-decidedOn"), TODAY.toString());
        browser.type(By.id("f-decisionNo"), "平应急认〔" + TODAY.getYear() + "〕1号");
        browser.click(By.id("form-submit"));
        browser.waitFor(d -> d.getCurrentUrl().contains("/enterprises/" + USCC));
        assertThat(browser.text(By.cssSelector("tr[data-type=AccidentReportingViolationFound]")))
                .contains("事故瞒报、谎报、迟报、漏报认定");
        assertThat(browser.text(By.cssSelector("tr[data-type=CertificationRevoked]")))
                .contains("撤销理由：事故瞒报、谎报、迟报或漏报")
                .contains("迟报")
                .doesNotContain("CONCEALED_ACCIDENT");
        assertThat(browser.text(By.id("status-reasons"))).contains("事故瞒报、谎报、迟报或漏报");
        page("03b-certificate-revoked-by-the-ledger");

        long head = store.head().position();
        browser.click(By.id("action-certification"));
        browser.choose(By.id("f-type"), "STANDARDIZATION");
        browser.type(By.id("f-level"), "1");
        browser.type(By.id("f-certificateNo"), "AQBⅠ-示例-2");
        browser.type(By.id("f-issuer"), "浙江省应急管理厅");
        browser.setValue(By.id("f-issuedOn"), TODAY.toString());
        browser.click(By.id("form-submit"));
        assertThat(browser.text(By.id("f-issuedOn-error")))
                .contains("满1年")
                .contains(TODAY.plusYears(1).toString());
        assertThat(store.head().position()).as("refused: nothing appended").isEqualTo(head);

        browser.choose(By.id("f-type"), "DUAL_PREVENTION");
        browser.driver.findElement(By.id("f-level")).clear();
        browser.type(By.id("f-certificateNo"), "七个一-示例-1");
        browser.click(By.id("form-submit"));
        browser.waitFor(d -> d.getCurrentUrl().contains("/enterprises/" + USCC));
        browser.click(By.cssSelector("a[href*='certification-revocation'][href*='cert-']"));
        browser.choose(By.id("f-ground"), "FALSE_MATERIALS");
        browser.type(By.id("f-reason"), "验收材料中的培训记录系伪造");
        browser.setValue(By.id("f-decidedOn"), TODAY.toString());
        browser.type(By.id("f-decisionNo"), "平应急撤〔" + TODAY.getYear() + "〕1号");
        browser.click(By.id("form-submit"));
        browser.waitFor(d -> d.getCurrentUrl().contains("/enterprises/" + USCC));
        assertThat(browser.text(By.cssSelector("tr[data-type=CertificationRevoked]")))
                .contains("撤销理由：提供虚假材料")
                .doesNotContain("FALSE_MATERIALS");
    }

    @Test
    @Order(4)
    void aReviewerListsTheEnterpriseAndFindsItOnTheBlackListAndInTheCsv() throws IOException {
        browser.login("reviewer");
        assertThat(browser.present(By.id("nav-register")))
                .as("a reviewer registers nothing")
                .isFalse();
        browser.type(By.id("q"), SEARCHED);
        browser.click(By.id("search-submit"));
        assertThat(browser.text(By.id("result-count"))).isEqualTo("共 1 家企业");
        page("04-search");
        browser.click(By.linkText(USCC));
        assertThat(browser.present(By.id("action-accident")))
                .as("reporting is a registrar's task")
                .isFalse();

        // the notice first (告知): basis 1 needs a 特别重大 or 重大 accident, the enterprise had a 较大 one — refused in
        // Chinese beside the basis, nothing recorded; basis 6 (the penalty punished operating without the permit)
        browser.click(By.id("action-listing-notice"));
        browser.choose(By.id("f-basis"), "1");
        // the enterprise's own penalty decisions are offered while typing, with their day and fine
        assertThat(browser.driver
                        .findElement(By.cssSelector(
                                "#f-penaltyDecisionNo-list option[value='平应急罚〔" + TODAY.getYear() + "〕3号']"))
                        .getDomAttribute("label"))
                .contains(TODAY.minusDays(1).toString())
                .contains("罚款 300,000.00 元")
                .contains("情节严重");
        browser.type(By.id("f-penaltyDecisionNo"), "平应急罚〔" + TODAY.getYear() + "〕3号");
        browser.type(By.id("f-authority"), "平湖市应急管理局");
        browser.type(By.id("f-noticeNo"), "平应急告〔" + TODAY.getYear() + "〕1号");
        browser.setValue(By.id("f-noticedOn"), TODAY.toString());
        browser.type(By.id("f-facts"), "未取得危险化学品经营许可证储存危险化学品");
        long head = store.head().position();
        browser.click(By.id("form-submit"));
        // basis 1 needs a 特别重大 or 重大 accident; the enterprise had a 较大 one: refused in Chinese, nothing recorded
        assertThat(browser.text(By.id("f-basis-error")))
                .contains("（一）特别重大、重大生产安全事故")
                .contains("特别重大或重大生产安全事故");
        assertThat(store.head().position()).isEqualTo(head);
        page("04-listing-refused");
        browser.choose(By.id("f-basis"), "6");
        browser.click(By.id("form-submit"));
        browser.waitFor(d -> d.getCurrentUrl().contains("/enterprises/" + USCC));
        assertThat(browser.text(By.id("open-notices")))
                .contains("平应急告〔" + TODAY.getYear() + "〕1号")
                .contains("期限未满");

        // a decision before the statement period ends is refused beside its date, nothing recorded
        browser.click(By.cssSelector("#open-notices .decide-listing-link"));
        browser.type(By.id("f-authority"), "平湖市应急管理局");
        browser.type(By.id("f-decisionNo"), "平应急列〔" + TODAY.getYear() + "〕1号");
        browser.setValue(By.id("f-decidedOn"), TODAY.toString());
        head = store.head().position();
        browser.click(By.id("form-submit"));
        assertThat(browser.text(By.id("f-decidedOn-error"))).contains("陈述、申辩期限至");
        assertThat(store.head().position()).isEqualTo(head);

        // the registrar records the enterprise's statement waiving the rest of its period
        browser.login("registrar");
        browser.go("/enterprises/" + USCC);
        browser.click(By.cssSelector("#open-notices .statement-link"));
        browser.setValue(By.id("f-receivedOn"), TODAY.toString());
        browser.type(By.id("f-summary"), "对违法事实无异议，书面放弃陈述申辩");
        browser.check(By.id("f-waivesStatementPeriod"));
        browser.click(By.id("form-submit"));
        browser.waitFor(d -> d.getCurrentUrl().contains("/enterprises/" + USCC));
        assertThat(browser.text(By.id("open-notices"))).contains("当事人已放弃");

        // the reviewer decides, answering the statement
        browser.login("reviewer");
        browser.go("/enterprises/" + USCC);
        browser.click(By.cssSelector("#open-notices .decide-listing-link"));
        assertThat(browser.driver.findElement(By.id("f-noticeId")).getDomProperty("value"))
                .as("the decision refers to its notice")
                .startsWith("ntc-");
        browser.type(By.id("f-authority"), "平湖市应急管理局");
        browser.type(By.id("f-decisionNo"), "平应急列〔" + TODAY.getYear() + "〕1号");
        browser.setValue(By.id("f-decidedOn"), TODAY.toString());
        browser.type(By.id("f-statementResponse"), "当事人放弃陈述申辩，依法列入");
        browser.click(By.id("form-submit"));
        browser.waitFor(d -> d.getCurrentUrl().contains("/enterprises/" + USCC));
        assertThat(browser.text(By.id("enterprise-status"))).isEqualTo("黑名单");
        // the timeline over valid time: watched since the accident, listed for three years from today, and what
        // follows without any command (watched for 12 months after the listing ends, then normal)
        String listedUntil = TODAY.plusYears(3).toString();
        assertThat(browser.text(By.id("timeline")))
                .contains("黑名单")
                .contains("重点关注")
                .contains("正常")
                .contains(listedUntil);

        browser.click(By.id("nav-black"));
        assertThat(browser.text(By.id("list-table"))).contains(USCC).contains(NAME);
        documented("05-black-list");
        String xlsxLink = browser.driver.findElement(By.id("xlsx-download")).getDomProperty("href");
        assertThat(browser.fetchHead(xlsxLink, 4))
                .as("an .xlsx workbook (a zip)")
                .isEqualTo("504b0304");
        // the list's columns sort and its pages have numbers
        browser.click(By.id("sort-name"));
        assertThat(browser.text(By.id("sort-name"))).endsWith("▲");
        assertThat(browser.present(By.id("size-20"))).isTrue();
        String csvLink = browser.driver.findElement(By.id("csv-download")).getDomProperty("href");
        assertThat(browser.fetchHead(csvLink, 3))
                .as("UTF-8 byte-order mark for spreadsheets")
                .isEqualTo("efbbbf");
        assertThat(browser.fetch(csvLink)).startsWith("统一社会信用代码").contains(USCC).contains(NAME);
        browser.click(By.id("nav-red"));
        assertThat(browser.text(By.id("list-count"))).startsWith("共 ");
        assertThat(browser.present(By.id("list-table")) ? browser.text(By.id("list-table")) : "")
                .as("a blacklisted enterprise is on no red list")
                .doesNotContain(USCC);
    }

    @Test
    @Order(5)
    void aReviewerDecidesAnAwardReviewFromTheQueue() throws IOException {
        browser.click(By.id("nav-queue"));
        browser.click(By.id("tab-EMERGENCY_MANAGEMENT"));
        // the newest application first: the queue holds other enterprises' applications, oldest first
        browser.click(By.id("sort-appliedOn"));
        browser.click(By.id("sort-appliedOn"));
        assertThat(browser.text(By.id("sort-appliedOn"))).endsWith("▼");
        assertThat(browser.text(By.id("department-EMERGENCY_MANAGEMENT"))).contains(USCC);
        // 待办: the navigation counts what waits for the reviewer's own department, as the queue's tab does
        String tab = browser.text(By.id("tab-EMERGENCY_MANAGEMENT"));
        int waitingHere = Integer.parseInt(tab.substring(tab.lastIndexOf('（') + 1, tab.lastIndexOf('）')));
        assertThat(Integer.parseInt(browser.text(By.id("todo-queue")))).isEqualTo(waitingHere);
        assertThat(browser.driver.findElement(By.id("todo-queue")).getDomAttribute("title"))
                .isEqualTo("待本部门审核的奖励申请 " + waitingHere + " 件");
        page("06-review-queue");
        // the queue holds other enterprises' applications too: this one's row
        browser.click(By.xpath("//*[@id='department-EMERGENCY_MANAGEMENT']//tr[contains(., '" + USCC
                + "')]//a[contains(@class, 'review-link')]"));
        // the review screen shows the application; the department is the reviewer's own, not chosen
        assertThat(browser.text(By.id("review-summary")))
                .contains(NAME)
                .contains(USCC)
                .contains("“七个一”标准化建设")
                .contains("2021 年度");
        assertThat(browser.text(By.id("review-earlier"))).isEqualTo("无");
        assertThat(browser.present(By.id("f-department"))).isFalse();
        page("06b-award-review");
        browser.choose(By.id("f-decision"), "VETO");
        browser.click(By.id("form-submit"));
        assertThat(browser.text(By.id("f-reason-error")))
                .as("a veto needs its reason")
                .isNotBlank();
        browser.type(By.id("f-reason"), "该企业已列入严重失信主体名单");
        browser.click(By.id("form-submit"));
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/queue"));
        assertThat(browser.text(By.id("recorded"))).contains("否决");
        browser.click(By.id("tab-FINANCE"));
        assertThat(browser.text(By.id("department-FINANCE"))).doesNotContain(USCC);
    }

    @Test
    @Order(6)
    void anAuditorVerifiesTheLedgerAndMayNotRecordFacts() throws IOException {
        browser.login("auditor");
        browser.click(By.id("nav-audit"));
        assertThat(browser.text(By.id("head-position")))
                .isEqualTo(String.valueOf(store.head().position()));
        browser.click(By.id("verify-start"));
        browser.waitFor(
                d -> d.findElement(By.id("verification-status")).getText().startsWith("校验通过"));
        assertThat(browser.text(By.id("verification-status")))
                .contains(store.head().position() + " 个事件");
        page("07-audit");
        assertThat(browser.fetch("/audit/export").lines().count())
                .isEqualTo(store.head().position());

        // the award money: the vetoed application with its reason, and every money check holds
        browser.click(By.id("nav-awards"));
        browser.click(By.id("money-check"));
        assertThat(browser.text(By.id("money-invariants"))).contains("全部成立");
        // the application list filtered to this enterprise, sorted by a column, with its page numbers in Chinese
        browser.type(By.id("uscc"), USCC);
        browser.click(By.id("awards-filter"));
        browser.click(By.id("sort-status"));
        assertThat(browser.text(By.id("sort-status"))).endsWith("▲");
        assertThat(browser.driver.getCurrentUrl()).contains("uscc=" + USCC).contains("sort=status");
        assertThat(browser.text(By.cssSelector("#award-list + nav.pages"))).startsWith("第 1 页 / 共 1 页");
        assertThat(browser.text(By.id("award-list")))
                .contains(USCC)
                .contains("未获奖励")
                .contains("平湖市应急管理局：否决（一票否决）（该企业已列入严重失信主体名单）");
        page("07b-award-money");
        String awardsXlsx = browser.driver.findElement(By.id("awards-xlsx")).getDomProperty("href");
        assertThat(browser.fetchHead(awardsXlsx, 4))
                .as("an Excel workbook (a zip)")
                .isEqualTo("504b0304");

        browser.go("/forms/register");
        assertThat(browser.text(By.id("problem-kind"))).isEqualTo("您的角色无权访问此页面或执行此操作。");
    }

    @Test
    @Order(7)
    void aRegistrarImportsLastMonthsPenaltiesFromASpreadsheet() throws IOException {
        browser.login("registrar");
        browser.click(By.id("nav-imports"));
        String template =
                browser.driver.findElement(By.id("template-penalties")).getDomProperty("href");
        assertThat(browser.fetchHead(template, 4)).isEqualTo("504b0304");
        String month = TODAY.minusMonths(1).withDayOfMonth(5).toString();
        List<String> headings = List.of("统一社会信用代码", "决定文号", "决定日期", "违法行为", "罚款（元）", "性质恶劣、情节严重", "简易程序");
        List<List<String>> rows = List.of(
                List.of(USCC, "平应急罚〔" + TODAY.getYear() + "〕201号", month, "未按规定组织应急演练", "20000", "否", "否"),
                List.of(USCC, "平应急罚〔" + TODAY.getYear() + "〕202号", month, "安全警示标志缺失", "一万", "否", "否"));
        Path file = Files.createTempFile("penalties", ".xlsx");
        List<Spreadsheet.Column<List<String>>> columns = IntStream.range(0, headings.size())
                .mapToObj(i -> new Spreadsheet.Column<List<String>>(headings.get(i), 20, r -> r.get(i)))
                .toList();
        Files.write(file, Spreadsheet.of("处罚", columns, rows));
        long head = store.head().position();

        browser.choose(By.id("kind"), "penalties");
        browser.upload(By.id("file"), file);
        browser.click(By.id("import-dry-run"));
        assertThat(browser.text(By.id("import-summary"))).isEqualTo("共 2 行：通过检查 1 行，不通过 1 行；已写入 0 行。");
        assertThat(browser.text(By.id("import-rows"))).contains("罚款（元）").contains("该格内容无法识别");
        assertThat(store.head().position()).as("a dry run appends nothing").isEqualTo(head);
        documented("09-import-dry-run");

        browser.check(By.id("mode-rows"));
        browser.click(By.id("import-commit"));
        assertThat(browser.text(By.id("import-summary"))).endsWith("已写入 1 行。");
        browser.driver.navigate().refresh();
        assertThat(store.head().position())
                .as("written once, and a reload sends nothing again")
                .isEqualTo(head + 1);
        Files.delete(file);
    }

    @Test
    @Order(8)
    void theConsoleSwitchesToEnglish() throws IOException {
        browser.go("/enterprises/" + USCC);
        browser.click(By.id("lang-switch"));
        assertThat(browser.text(By.id("nav-search"))).isEqualTo("Enterprises");
        assertThat(browser.text(By.id("enterprise-status"))).isEqualTo("Black list");
        page("08-enterprise-english");
        browser.click(By.id("lang-switch"));
        assertThat(browser.text(By.id("nav-search"))).isEqualTo("企业查询");
    }
}

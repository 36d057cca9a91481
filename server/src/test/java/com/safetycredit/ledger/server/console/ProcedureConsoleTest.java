package com.safetycredit.ledger.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.safetycredit.ledger.server.Http;
import com.safetycredit.ledger.server.LedgerServerTest;
import com.safetycredit.ledger.server.TestUsccs;
import com.safetycredit.ledger.store.LedgerReader;
import java.io.IOException;
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
 * The rest of the procedure around a listing in headless Chromium, on fixed dates the working-day calendar holds:
 * an objection filed from the history, marked 异议处理中 there and on the public page, overdue in the queue,
 * extended and rejected by the reviewer; credit repair applied for by the registrar, approved by the reviewer, and
 * reinstated when it turns out to be fraud. (Notice, statement and decision: {@link ConsoleBrowserTest}.)
 */
@LedgerServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProcedureConsoleTest {

    static final String USCC = TestUsccs.in("330482");

    @LocalServerPort
    int port;

    @Autowired
    LedgerReader store;

    Browser browser;
    long penaltyPosition;
    String listing;
    String commitment;

    @BeforeAll
    void setUp() throws IOException {
        browser = Browser.open(port);
        Http http = new Http(port);
        String enterprise = "/api/v1/enterprises/" + USCC;
        created(
                http,
                "/api/v1/enterprises",
                """
                {"uscc":"%s","name":"平湖市异议示例有限公司","industry":"MANUFACTURING","regionCode":"330482",
                 "registeredOn":"2019-01-02"}"""
                        .formatted(USCC));
        penaltyPosition = created(
                        http,
                        enterprise + "/penalties",
                        """
                {"decisionNo":"平应急罚〔2025〕71号","decidedOn":"2025-09-01","violation":"未经许可储存危险化学品",
                 "fineYuan":300000,"serious":true,"summaryProcedure":false,"permitViolation":"WITHOUT_PERMIT"}""")
                .get("position")
                .asLong();
        String notice = created(
                        http,
                        enterprise + "/listing-notices",
                        """
                {"basis":6,"penaltyDecisionNo":"平应急罚〔2025〕71号","authority":"平湖市应急管理局",
                 "noticeNo":"平应急告〔2025〕71号","noticedOn":"2025-09-26","facts":"无证储存甲醇"}""")
                .get("id")
                .asText();
        listing = created(
                        http,
                        enterprise + "/listings",
                        """
                {"basis":6,"penaltyDecisionNo":"平应急罚〔2025〕71号","authority":"平湖市应急管理局",
                 "decisionNo":"平应急失信〔2025〕71号","decidedOn":"2025-10-20","noticeId":"%s"}"""
                                .formatted(notice))
                .get("id")
                .asText();
        commitment = created(
                        http,
                        enterprise + "/commitments",
                        """
                {"madeOn":"2026-09-01","text":"本企业承诺依法依规开展生产经营"}""")
                .get("id")
                .asText();
    }

    @AfterAll
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    private static JsonNode created(Http http, String path, String body) {
        Http.Response response = http.post(path, body);
        assertThat(response.status()).as(path + " → " + response.body()).isBetween(200, 201);
        return response.json();
    }

    @Test
    @Order(1)
    void aRegistrarFilesAnObjectionFromTheHistoryAndTheFactIsMarkedThereAndInPublic() throws IOException {
        browser.login("registrar");
        browser.go("/enterprises/" + USCC);
        browser.click(By.cssSelector("#event-" + penaltyPosition + " .objection-link"));
        assertThat(browser.driver.findElement(By.id("f-position")).getDomProperty("value"))
                .isEqualTo(String.valueOf(penaltyPosition));
        browser.setValue(By.id("f-filedOn"), "2025-11-03");
        browser.type(By.id("f-grounds"), "该处罚决定已被复议机关撤销");
        browser.click(By.id("form-submit"));
        browser.waitFor(d -> d.getCurrentUrl().contains("/enterprises/" + USCC));
        assertThat(browser.text(By.id("event-" + penaltyPosition))).contains("异议处理中");
        assertThat(browser.text(By.id("open-objections")))
                .contains("2025-11-10")
                .contains("已逾期");
        browser.screenshot("10-objection-marked");

        browser.driver.manage().deleteAllCookies();
        browser.go("/public?q=" + USCC);
        assertThat(browser.text(By.id("public-table")))
                .contains("平湖市异议示例有限公司")
                .contains("平应急失信〔2025〕71号")
                .contains("平应急罚〔2025〕71号")
                .contains("异议处理中");
        assertThat(browser.present(By.id("nav-search")))
                .as("no staff navigation in public")
                .isFalse();
        browser.screenshot("11-public");
    }

    @Test
    @Order(2)
    void aReviewerSeesItOverdueInTheQueueExtendsItOnceAndRejectsIt() throws IOException {
        browser.login("reviewer");
        browser.click(By.id("nav-objections"));
        // other tests' objections share the queue: this enterprise's, found by its code, sorted by due date
        browser.type(By.id("uscc"), USCC);
        browser.click(By.id("objections-submit"));
        browser.click(By.id("sort-dueOn"));
        assertThat(browser.text(By.id("sort-dueOn"))).endsWith("▲");
        assertThat(browser.text(By.cssSelector("nav.pages"))).startsWith("第 1 页 / 共 1 页");
        String row = browser.text(By.cssSelector("tr[id^=objection-]:has(a[href*='" + USCC + "'])"));
        assertThat(row).contains("2025-11-10").contains("已逾期");
        // 待办: the navigation counts the open objections, marked when one is overdue
        assertThat(Integer.parseInt(browser.text(By.id("todo-objections")))).isPositive();
        assertThat(browser.driver.findElement(By.id("todo-objections")).getDomAttribute("class"))
                .contains("count-overdue");
        assertThat(browser.driver.findElement(By.id("todo-objections")).getDomAttribute("title"))
                .startsWith("处理中的异议 ")
                .contains("其中逾期");
        browser.screenshot("12-objection-queue");
        browser.click(By.cssSelector("tr[id^=objection-]:has(a[href*='" + USCC + "']) .extend-link"));
        browser.setValue(By.id("f-extendedOn"), "2025-11-05");
        browser.type(By.id("f-reason"), "需向复议机关核实");
        browser.click(By.id("form-submit"));
        browser.waitFor(d -> d.getCurrentUrl().contains("/enterprises/" + USCC));
        // extended to 20 working days after filing: 2025-12-01
        assertThat(browser.text(By.id("open-objections"))).contains("2025-12-01");

        browser.go("/objections?uscc=" + USCC);
        browser.click(By.cssSelector("tr[id^=objection-]:has(a[href*='" + USCC + "']) .decide-link"));
        browser.choose(By.id("f-decision"), "REJECTED");
        browser.setValue(By.id("f-decidedOn"), "2025-11-20");
        browser.type(By.id("f-reason"), "复议机关维持原处罚决定");
        browser.click(By.id("form-submit"));
        browser.waitFor(d -> d.getCurrentUrl().contains("/enterprises/" + USCC));
        assertThat(browser.present(By.id("open-objections"))).isFalse();
        assertThat(browser.text(By.id("event-" + penaltyPosition))).doesNotContain("异议处理中");
    }

    @Test
    @Order(3)
    void repairIsAppliedForApprovedAndReinstatedWhenObtainedByFraud() throws IOException {
        browser.login("registrar");
        browser.go("/enterprises/" + USCC);
        browser.click(By.cssSelector("tr[data-type=EnterpriseBlacklisted] .repair-link"));
        browser.setValue(By.id("f-appliedOn"), "2026-10-19");
        browser.check(By.cssSelector("#f-penaltyExecuted input[value=true]"));
        browser.type(By.id("f-rectificationReportNo"), "整改〔2026〕71号");
        // the commitment is chosen among the enterprise's own, by the day it was made
        assertThat(browser.text(By.cssSelector("#f-commitmentId option[value='" + commitment + "']")))
                .endsWith("作出的信用承诺");
        browser.choose(By.id("f-commitmentId"), commitment);
        long head = store.head().position();
        browser.click(By.id("form-submit"));
        assertThat(browser.text(By.id("f-appliedOn-error"))).contains("最早 2026-10-20");
        assertThat(store.head().position()).as("nothing appended").isEqualTo(head);
        browser.setValue(By.id("f-appliedOn"), "2026-10-20");
        browser.click(By.id("form-submit"));
        browser.waitFor(d -> d.getCurrentUrl().contains("/enterprises/" + USCC));
        assertThat(browser.text(By.id("pending-repairs"))).contains("2026-10-20");

        browser.login("reviewer");
        browser.go("/enterprises/" + USCC);
        browser.click(By.cssSelector("#pending-repairs .repair-decision-link"));
        assertThat(browser.text(By.cssSelector("main p.muted")))
                .as("the decision's form names the application by its day, from the history")
                .contains("对象：2026-10-20 的信用修复申请");
        browser.choose(By.id("f-decision"), "APPROVE");
        browser.setValue(By.id("f-decidedOn"), "2026-10-26");
        browser.type(By.id("f-decisionNo"), "平应急修〔2026〕71号");
        browser.click(By.id("form-submit"));
        browser.waitFor(d -> d.getCurrentUrl().contains("/enterprises/" + USCC));
        assertThat(browser.text(By.id("history"))).contains("信用修复决定").contains("黑名单提前移出");

        browser.click(By.cssSelector("tr[data-type=EnterpriseBlacklisted] .reinstatement-link"));
        browser.setValue(By.id("f-decidedOn"), "2026-11-02");
        browser.type(By.id("f-decisionNo"), "平应急恢〔2026〕71号");
        browser.type(By.id("f-reason"), "整改报告系伪造");
        browser.click(By.id("form-submit"));
        browser.waitFor(d -> d.getCurrentUrl().contains("/enterprises/" + USCC));
        assertThat(browser.text(By.cssSelector("tr[data-type=ListingReinstated]")))
                .contains("2028-10-27");
        assertThat(browser.text(By.id("timeline"))).contains("2028-10-27");
        browser.screenshot("13-reinstated");
    }
}

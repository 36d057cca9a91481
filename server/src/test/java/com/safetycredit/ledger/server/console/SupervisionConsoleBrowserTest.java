package com.safetycredit.ledger.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.server.Http;
import com.safetycredit.ledger.server.LedgerServerTest;
import com.safetycredit.ledger.server.TestUsccs;
import com.safetycredit.ledger.store.LedgerReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
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
 * Graded supervision in a real browser, in Chinese: a registrar records a major hazard past its deadline and
 * finds the enterprise under 重点关注 with the deduction on its grade, on the hazards page and on the watch list; a
 * reviewer finds a red-list candidate, is refused a decision for an enterprise that misses a criterion (nothing
 * appended) and decides the candidate; a reviewer makes a 双随机 draw and reads its proof; the plan and the
 * calendar of level-one responses show.
 */
@LedgerServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisionConsoleBrowserTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final String HAZARDOUS = TestUsccs.in("330482");
    static final String CANDIDATE = TestUsccs.in("330482");
    static final String UNCOMMITTED = TestUsccs.in("330482");

    @LocalServerPort
    int port;

    @Autowired
    LedgerReader store;

    Browser browser;

    @BeforeAll
    void openBrowser() throws IOException {
        browser = Browser.open(port);
        Http http = new Http(port);
        for (String uscc : new String[] {HAZARDOUS, CANDIDATE, UNCOMMITTED}) {
            assertThat(http.post(
                                    "/api/v1/enterprises",
                                    """
                    {"uscc":"%s","name":"平湖市示例分级监管%s有限公司","industry":"MANUFACTURING",
                     "regionCode":"330482","registeredOn":"2018-03-01"}"""
                                            .formatted(uscc, uscc.substring(11)))
                            .status())
                    .isEqualTo(201);
        }
        for (String uscc : new String[] {CANDIDATE, UNCOMMITTED}) {
            http.post(
                    "/api/v1/enterprises/" + uscc + "/certifications",
                    """
                    {"type":"STANDARDIZATION","level":"1","certificateNo":"AQB-%s","issuer":"应急管理部",
                     "issuedOn":"2025-02-01","expiresOn":"2028-01-31"}"""
                            .formatted(uscc.substring(10)));
        }
        http.post(
                "/api/v1/enterprises/" + CANDIDATE + "/commitments",
                """
                {"madeOn":"%s","text":"本企业承诺守法经营","publishedAt":"%sT09:00:00+08:00"}"""
                        .formatted(TODAY.minusDays(30), TODAY.minusDays(29)));
    }

    @AfterAll
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    private void page(String name) throws IOException {
        browser.screenshot(name);
        assertThat(browser.fitsWidth())
                .as(name + " fits a 1366-pixel-wide screen")
                .isTrue();
    }

    @Test
    @Order(1)
    void aRegistrarRecordsAnOverdueMajorHazardAndSeesItWithoutAskingForIt() throws IOException {
        browser.login("registrar");
        browser.go("/enterprises/" + HAZARDOUS);
        browser.click(By.id("action-hazard"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("记录事故隐患");
        // every wrong field at once: a day still to come, a deadline before it, no description
        browser.setValue(By.id("f-foundOn"), TODAY.plusDays(1).toString());
        browser.setValue(By.id("f-deadline"), TODAY.minusDays(2).toString());
        browser.check(By.cssSelector("#f-major input[value='true']"));
        browser.click(By.id("form-submit"));
        assertThat(browser.text(By.id("f-foundOn-error"))).isNotBlank();
        assertThat(browser.text(By.id("f-deadline-error"))).isNotBlank();
        assertThat(browser.text(By.id("f-description-error"))).isEqualTo("必填");
        browser.setValue(By.id("f-foundOn"), TODAY.minusDays(40).toString());
        browser.type(By.id("f-description"), "液氨储罐区紧急切断装置失效");
        browser.check(By.cssSelector("#f-major input[value='true']"));
        browser.type(By.id("f-supervisionNo"), "平安委挂牌〔2026〕" + HAZARDOUS.substring(12) + "号");
        browser.setValue(By.id("f-deadline"), TODAY.minusDays(2).toString());
        browser.click(By.id("form-submit"));
        browser.waitFor(d -> d.getCurrentUrl().contains("/enterprises/" + HAZARDOUS));
        assertThat(browser.text(By.id("status-badge"))).isEqualTo("重点关注");
        assertThat(browser.text(By.id("status-reasons"))).contains("重大事故隐患逾期未整改");
        assertThat(browser.text(By.id("grade-deductions"))).contains("扣 15 分");
        assertThat(browser.text(By.id("grade-model"))).contains("第 2 版");
        page("20-enterprise-with-hazard");
        browser.click(By.cssSelector("a.rectify"));
        assertThat(browser.text(By.cssSelector("main p.muted")))
                .as("the rectification form names its hazard by its day and what was found")
                .contains("对象：" + TODAY.minusDays(40) + " 发现的事故隐患（液氨储罐区紧急切断装置失效）");
        browser.go("/enterprises/" + HAZARDOUS);

        browser.click(By.id("nav-hazards"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("未销号的重大事故隐患");
        assertThat(browser.text(By.id("hazards-table"))).contains(HAZARDOUS).contains("逾期未销号");
        page("21-hazards");
        browser.click(By.id("nav-watch"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("重点关注名单");
        assertThat(browser.text(By.id("list-table"))).contains(HAZARDOUS);
    }

    @Test
    @Order(2)
    void aReviewerIsRefusedADecisionTheCriteriaDoNotSupportAndDecidesACandidate() throws IOException {
        browser.login("reviewer");
        long head = store.head().position();
        browser.go("/forms/red-list-decision?uscc=" + UNCOMMITTED);
        browser.setValue(By.id("f-decidedOn"), TODAY.toString());
        browser.type(By.id("f-decisionNo"), "平应急信〔2026〕" + UNCOMMITTED.substring(12) + "号");
        browser.type(By.id("f-authority"), "平湖市应急管理局");
        browser.click(By.id("form-submit"));
        assertThat(browser.text(By.tagName("main"))).contains("信用承诺").doesNotContain("NO_PUBLIC_COMMITMENT");
        assertThat(store.head().position())
                .as("a refused decision appends nothing")
                .isEqualTo(head);

        browser.click(By.id("nav-candidates"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("红名单候选");
        browser.waitFor(d -> {
            d.navigate().refresh();
            return d.findElement(By.tagName("main")).getText().contains(CANDIDATE);
        });
        assertThat(browser.text(By.id("candidates-table"))).contains("已向社会公开作出安全生产信用承诺");
        page("22-red-list-candidates");
        browser.go("/forms/red-list-decision?uscc=" + CANDIDATE);
        browser.setValue(By.id("f-decidedOn"), TODAY.toString());
        browser.type(By.id("f-decisionNo"), "平应急信〔2026〕" + CANDIDATE.substring(12) + "号");
        browser.type(By.id("f-authority"), "平湖市应急管理局");
        browser.click(By.id("form-submit"));
        browser.waitFor(d -> d.getCurrentUrl().contains("/enterprises/" + CANDIDATE));
        assertThat(browser.text(By.id("status-badge"))).isEqualTo("红名单");
        assertThat(browser.text(By.id("grade"))).isEqualTo("A级（守信）");
    }

    @Test
    @Order(3)
    void aReviewerDrawsAndReadsTheProof() throws IOException {
        browser.click(By.id("nav-draws"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("双随机抽取");
        browser.type(By.id("period"), "浏览器" + UUID.randomUUID().toString().substring(0, 6));
        browser.choose(By.id("regionCode"), "330482");
        browser.type(By.id("count"), "2");
        browser.type(By.id("seed"), "browser-seed");
        browser.type(By.id("roster"), "ZJ-001\nZJ-002\nZJ-003");
        browser.click(By.id("draw-submit"));
        browser.waitFor(d -> d.getCurrentUrl().contains("/supervision/draws/drw-"));
        assertThat(browser.text(By.id("draw-proof-result"))).isEqualTo("重算一致");
        assertThat(browser.text(By.id("draw-seed"))).isEqualTo("browser-seed");
        assertThat(browser.text(By.id("drawn-list"))).contains("检查人员：");
        page("23-draw-with-proof");

        browser.click(By.id("nav-plan"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("分级分类监管计划");
        assertThat(browser.text(By.id("plan-summary"))).contains("家企业").contains("计划检查");
        assertThat(browser.text(By.id("plan-table"))).contains("B级（基本守信）");
        page("24-plan");
    }

    @Test
    @Order(4)
    void anAdministratorEntersALevelOneResponse() throws IOException {
        browser.login("admin");
        browser.click(By.id("nav-responses"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("一级应急响应期间");
        browser.click(By.id("response-new"));
        browser.choose(By.id("f-regionCode"), "330402");
        browser.setValue(By.id("f-from"), "2008-06-10");
        browser.setValue(By.id("f-to"), "2008-06-12");
        browser.type(By.id("f-documentNo"), "嘉防指〔2008〕浏览器1号");
        browser.click(By.id("form-submit"));
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/emergency-responses"));
        // the calendar is paged: the newest first day on the first page
        browser.click(By.id("sort-from"));
        browser.click(By.id("sort-from"));
        assertThat(browser.text(By.id("responses-table")))
                .contains("嘉防指〔2008〕浏览器1号")
                .contains("2008-06-10");
        page("25-level-one-responses");
    }
}

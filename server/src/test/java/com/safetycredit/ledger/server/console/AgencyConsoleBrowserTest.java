package com.safetycredit.ledger.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.server.Http;
import com.safetycredit.ledger.server.LedgerServerTest;
import com.safetycredit.ledger.server.TestPeople;
import com.safetycredit.ledger.server.TestUsccs;
import com.safetycredit.ledger.store.LedgerReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * An intermediary agency's whole life in the console (RULES.md §13), in a real browser: a registrar registers it,
 * records a service to an enterprise, a failed spot check and a penalty for a false report; a reviewer lists it on
 * basis 7 (basis 8 without the reviewer's statement is refused); the evaluation list grades it D; a practitioner is registered with
 * an identity number that must pass its check character, and an administrator erases the person's data.
 * Every refusal appends nothing. All of it last year, so the evaluation list (last year by default) holds it.
 */
@LedgerServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgencyConsoleBrowserTest {

    static final String AGENCY = TestUsccs.in("330482");
    static final String NAME = "平湖市示例评价" + AGENCY.substring(11, 17) + "有限公司";
    static final int LAST_YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
    static final String PERSON = "浏览器测试人";
    static final String REGISTRATION_NO = TestPeople.registrationNo("ZAQ-B");

    @LocalServerPort
    int port;

    @Autowired
    LedgerReader store;

    Browser browser;
    String client;

    @BeforeAll
    void openBrowser() throws IOException {
        browser = Browser.open(port);
        client = TestUsccs.in("330482");
        Http.Response registered = new Http(port)
                .post(
                        "/api/v1/enterprises",
                        """
                        {"uscc":"%s","name":"平湖市浏览器示例化工有限公司","industry":"HAZARDOUS_CHEMICALS",
                         "regionCode":"330482","registeredOn":"2019-01-02"}"""
                                .formatted(client));
        assertThat(registered.status()).isEqualTo(201);
    }

    @AfterAll
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    private String day(String monthDay) {
        return LAST_YEAR + "-" + monthDay;
    }

    private void submitAndReturnTo(String page) {
        browser.click(By.id("form-submit"));
        browser.waitFor(d -> d.getCurrentUrl().contains(page));
    }

    @Test
    @Order(1)
    void aRegistrarRegistersAnAgencyAndRecordsAServiceAFailedSpotCheckAndAPenalty() throws IOException {
        browser.login("registrar");
        browser.click(By.id("nav-agencies"));
        browser.click(By.id("agency-register"));
        long head = store.head().position();
        browser.type(By.id("f-uscc"), AGENCY.substring(0, 17) + (AGENCY.endsWith("X") ? "Y" : "X"));
        browser.type(By.id("f-name"), NAME);
        browser.check(By.cssSelector("input[name=services][value=SAFETY_ASSESSMENT]"));
        browser.type(By.id("f-qualificationNo"), "APJ-(浙)-0999");
        browser.choose(By.id("f-regionCode"), "330482");
        browser.setValue(By.id("f-registeredOn"), day("01-05"));
        browser.click(By.id("form-submit"));
        assertThat(browser.text(By.id("f-uscc-error"))).startsWith("统一社会信用代码无效");
        assertThat(store.head().position()).as("refused: nothing appended").isEqualTo(head);
        browser.type(By.id("f-uscc"), AGENCY);
        submitAndReturnTo("/agencies/" + AGENCY);
        assertThat(browser.text(By.id("agency-name"))).isEqualTo(NAME);
        assertThat(browser.text(By.id("agency-status"))).isEqualTo("正常");
        assertThat(browser.text(By.id("agency-services"))).isEqualTo("安全评价");

        // a service to an enterprise the ledger does not know is refused beside the field
        browser.click(By.id("action-agency-service"));
        assertThat(browser.text(By.cssSelector("main p.muted"))).startsWith("中介机构：");
        String unknown = TestUsccs.in("330482");
        browser.type(By.id("f-clientUscc"), unknown);
        browser.choose(By.id("f-serviceType"), "SAFETY_ASSESSMENT");
        browser.type(By.id("f-contractNo"), "PJ-B-017");
        browser.setValue(By.id("f-from"), day("03-01"));
        browser.setValue(By.id("f-to"), day("04-30"));
        browser.type(By.id("f-reportNo"), "浙安评〔" + LAST_YEAR + "〕017号");
        head = store.head().position();
        browser.click(By.id("form-submit"));
        assertThat(browser.text(By.id("f-clientUscc-error"))).contains(unknown).contains("已登记的企业");
        assertThat(store.head().position()).as("refused: nothing appended").isEqualTo(head);
        browser.type(By.id("f-clientUscc"), client);
        submitAndReturnTo("/agencies/" + AGENCY);
        assertThat(browser.text(By.id("agency-service-records")))
                .contains("平湖市浏览器示例化工有限公司")
                .contains("安全评价")
                .contains("PJ-B-017");

        // the spot check of that service, from its row
        browser.click(By.cssSelector("#agency-service-records a[href*='agency-check']"));
        assertThat(browser.text(By.cssSelector("#f-serviceId option:checked")))
                .as("the service of the row is chosen, named by its kind, client and contract")
                .contains("安全评价")
                .contains("平湖市浏览器示例化工有限公司")
                .contains("PJ-B-017");
        browser.setValue(By.id("f-checkedOn"), day("06-10"));
        browser.choose(By.id("f-result"), "FAILED");
        browser.type(By.id("f-findings"), "现场检测数据与评价报告不符");
        submitAndReturnTo("/agencies/" + AGENCY);
        assertThat(browser.text(By.cssSelector("tr[data-type=AgencyQualityChecked]")))
                .contains("质量抽查");

        browser.click(By.id("action-agency-penalty"));
        browser.type(By.id("f-decisionNo"), "平应急罚〔" + LAST_YEAR + "〕91号");
        browser.setValue(By.id("f-decidedOn"), day("07-15"));
        browser.type(By.id("f-violation"), "出具虚假安全评价报告");
        browser.type(By.id("f-fineYuan"), "100000");
        browser.check(By.cssSelector("input[name=serious][value=true]"));
        browser.choose(By.id("f-misconduct"), "FALSE_REPORT");
        submitAndReturnTo("/agencies/" + AGENCY);
        browser.screenshot("20-agency-penalised");
        assertThat(browser.fitsWidth()).isTrue();
        assertThat(browser.present(By.id("action-agency-listing")))
                .as("listing is a reviewer's decision")
                .isFalse();
    }

    @Test
    @Order(2)
    void aReviewerListsTheAgencyOnBasisSevenAfterABasisWithoutItsGroundsIsRefused() throws IOException {
        browser.login("reviewer");
        browser.go("/agencies?q=" + AGENCY);
        assertThat(browser.text(By.id("agency-results"))).contains(NAME);
        browser.click(By.linkText(AGENCY));
        browser.click(By.id("action-agency-listing"));
        // basis 8 rests on a fact outside the ledger: without the reviewer's statement it is refused
        browser.choose(By.id("f-basis"), "8");
        assertThat(browser.driver
                        .findElement(
                                By.cssSelector("#f-penaltyDecisionNo-list option[value='平应急罚〔" + LAST_YEAR + "〕91号']"))
                        .getDomAttribute("label"))
                .as("the agency's own penalty offered while typing")
                .contains(day("07-15"))
                .contains("罚款 100,000.00 元");
        browser.type(By.id("f-penaltyDecisionNo"), "平应急罚〔" + LAST_YEAR + "〕91号");
        browser.type(By.id("f-authority"), "平湖市应急管理局");
        browser.type(By.id("f-decisionNo"), "平应急失信〔" + LAST_YEAR + "〕9号");
        browser.setValue(By.id("f-decidedOn"), day("08-01"));
        long head = store.head().position();
        browser.click(By.id("form-submit"));
        assertThat(browser.text(By.id("f-groundsOverride-reason-error")))
                .contains("（八）拒不执行处罚决定")
                .contains("审核人员");
        assertThat(store.head().position()).as("refused: nothing appended").isEqualTo(head);
        browser.choose(By.id("f-basis"), "7");
        submitAndReturnTo("/agencies/" + AGENCY);
        assertThat(browser.text(By.id("agency-status"))).isEqualTo("黑名单");
        assertThat(browser.text(By.id("agency-reasons"))).contains("第 7 项");
        assertThat(browser.text(By.id("history")))
                .as("the agency's history in sentences, earlier facts by their names")
                .contains("列入安全生产严重失信主体名单，依据（七）")
                .contains("质量抽查")
                .doesNotContain("AgencyBlacklisted")
                .doesNotContain("FAILED");
        browser.screenshot("21-agency-listed");
    }

    @Test
    @Order(3)
    void theEvaluationListGradesTheListedAgencyDAndOffersACsv() throws IOException {
        browser.click(By.id("nav-agencies"));
        browser.click(By.id("agency-evaluation-link"));
        assertThat(browser.text(By.id("evaluation-model"))).contains("基础管理、服务质量、执业实绩");
        String row = browser.text(By.cssSelector("#evaluation-table tr[data-uscc='" + AGENCY + "']"));
        assertThat(row).contains(NAME).contains("不合格（D）").contains("质量抽查不合格");
        browser.screenshot("22-agency-evaluation");
        assertThat(browser.fitsWidth()).isTrue();
        String csv = browser.driver.findElement(By.id("evaluation-csv")).getDomProperty("href");
        assertThat(browser.fetch(csv)).contains(AGENCY).contains(NAME);
    }

    /** 十四: the results are published — on the public page, without sign-in, with no deduction shown. */
    @Test
    @Order(4)
    void theEvaluationIsPublishedWithoutSignInGradesOnly() throws IOException {
        browser.driver.manage().deleteAllCookies();
        browser.go("/public?kind=AGENCY_LISTING&q=" + AGENCY);
        assertThat(browser.text(By.id("public-table")))
                .as("the agency's listing is published like an enterprise's")
                .contains(NAME)
                .contains("中介机构严重失信主体名单")
                .contains("第7项");
        browser.click(By.id("public-agencies-link"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("中介服务机构信用评价结果公示");
        assertThat(browser.text(By.id("public-evaluation-intro")))
                .contains("年度")
                .contains("不列扣分依据");
        String row = browser.text(By.cssSelector("#public-evaluation-table tr[data-uscc='" + AGENCY + "']"));
        assertThat(row).contains(NAME).contains("不合格（D）").doesNotContain("质量抽查不合格");
        assertThat(browser.driver.findElements(By.id("nav-agencies")))
                .as("not signed in")
                .isEmpty();
        browser.screenshot("22b-agency-evaluation-public");
        assertThat(browser.fitsWidth()).isTrue();
    }

    @Test
    @Order(5)
    void aRegistrarRegistersAPractitionerWhoseIdentityNumberMustPassItsCheck() throws IOException {
        browser.login("registrar");
        browser.click(By.id("nav-practitioners"));
        browser.click(By.id("practitioner-register"));
        String idNumber = TestPeople.idNumber();
        browser.type(By.id("f-registrationNo"), REGISTRATION_NO);
        browser.choose(By.id("f-qualification"), "SAFETY_ASSESSOR");
        browser.setValue(By.id("f-qualifiedOn"), day("01-02"));
        browser.type(By.id("f-name"), PERSON);
        browser.type(By.id("f-idNumber"), TestPeople.withWrongCheck(idNumber));
        browser.type(By.id("f-employerUscc"), AGENCY);
        browser.setValue(By.id("f-employedFrom"), day("02-01"));
        long head = store.head().position();
        browser.click(By.id("form-submit"));
        assertThat(browser.text(By.id("f-idNumber-error"))).contains("校验码").contains("GB 11643");
        assertThat(store.head().position()).as("refused: nothing appended").isEqualTo(head);
        browser.type(By.id("f-idNumber"), idNumber);
        submitAndReturnTo("/practitioners/" + REGISTRATION_NO);
        assertThat(browser.text(By.id("practitioner-person-name"))).isEqualTo(PERSON);
        assertThat(browser.text(By.id("practitioner-id")))
                .doesNotContain(idNumber.substring(6, 14))
                .startsWith(idNumber.substring(0, 4));
        assertThat(browser.text(By.id("practitioner-employments"))).contains(NAME);
        browser.click(By.cssSelector("#practitioner-employments a[href*='practitioner-employment-end']"));
        assertThat(browser.text(By.cssSelector("main p.muted")))
                .as("the employment ended is named by its first day and employer")
                .contains("对象：" + day("02-01") + " 起在 " + NAME + " 的任职");
        browser.go("/practitioners/" + REGISTRATION_NO);
        assertThat(browser.text(By.id("history")))
                .as("the history shows the sealed values, never the person")
                .doesNotContain(PERSON)
                .doesNotContain(idNumber)
                .as("the history in sentences, not codes")
                .contains("登记为安全评价师")
                .doesNotContain("SAFETY_ASSESSOR");
        assertThat(browser.present(By.id("action-erasure")))
                .as("erasure is an administrator's")
                .isFalse();
        browser.go("/agencies/" + AGENCY);
        assertThat(browser.text(By.id("agency-staff"))).contains(REGISTRATION_NO);
    }

    @Test
    @Order(6)
    void anAdministratorErasesThePersonsDataAndThePageShowsItErased() throws IOException {
        browser.login("admin");
        browser.go("/practitioners/" + REGISTRATION_NO);
        browser.click(By.id("action-erasure"));
        browser.type(By.id("f-requestNo"), "平应急删〔" + LAST_YEAR + "〕9号");
        browser.type(By.id("f-reason"), "本人依法申请删除个人信息");
        submitAndReturnTo("/practitioners/" + REGISTRATION_NO);
        assertThat(browser.text(By.id("practitioner-person-name"))).isEqualTo("已删除");
        assertThat(browser.text(By.id("practitioner-id"))).isEqualTo("已删除");
        assertThat(browser.text(By.id("practitioner-erased"))).contains("依法删除");
        assertThat(browser.present(By.id("action-erasure"))).isFalse();
        browser.screenshot("23-practitioner-erased");
        assertThat(browser.fitsWidth()).isTrue();
        assertThat(browser.text(By.tagName("body"))).doesNotContain(PERSON);
    }
}

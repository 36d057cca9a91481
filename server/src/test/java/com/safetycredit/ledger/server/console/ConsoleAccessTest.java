package com.safetycredit.ledger.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.server.Http;
import com.safetycredit.ledger.server.LedgerServerTest;
import com.safetycredit.ledger.server.TestUsccs;
import com.safetycredit.ledger.store.LedgerReader;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console's doors over plain HTTP (no browser needed): a login first, CSRF tokens on every write, each
 * form only for its role, refusals shown on the form with nothing appended — and the REST API unchanged
 * beside it.
 */
@LedgerServerTest
class ConsoleAccessTest {

    static final String USCC = TestUsccs.in("330482");
    private static final AtomicBoolean REGISTERED = new AtomicBoolean();

    @LocalServerPort
    int port;

    @Autowired
    LedgerReader store;

    @BeforeEach
    void registered() {
        Http api = new Http(port);
        if (REGISTERED.compareAndSet(false, true)) {
            String registration = "{\"uscc\":\"" + USCC + "\",\"name\":\"平湖市示例化工有限公司\","
                    + "\"industry\":\"HAZARDOUS_CHEMICALS\",\"regionCode\":\"330482\",\"registeredOn\":\"2019-01-02\"}";
            assertThat(api.post("/api/v1/enterprises", registration).status()).isEqualTo(201);
        }
    }

    @Test
    void everyPageNeedsALogin() throws Exception {
        ConsoleSession anonymous = new ConsoleSession(port);
        for (String page : new String[] {
            "/", "/enterprises/" + USCC, "/lists/black", "/forms/register", "/queue", "/audit", "/users"
        }) {
            HttpResponse<String> response = anonymous.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(page).hasValueSatisfying(l -> assertThat(l)
                    .endsWith("/login"));
        }
        assertThat(anonymous.get("/login").body())
                .contains("<html lang=\"zh-CN\">")
                .contains("登录");
        assertThat(anonymous.get("/login?lang=en").body())
                .contains("<html lang=\"en\">")
                .contains("Log in");
    }

    @Test
    void aWriteWithoutTheFormsCsrfTokenIsRefusedAndAppendsNothing() throws Exception {
        ConsoleSession registrar = new ConsoleSession(port).login("registrar");
        long head = store.head().position();
        HttpResponse<String> forged = registrar.post(
                "/forms/penalty",
                Map.of(
                        "_uscc",
                        USCC,
                        "decisionNo",
                        "伪造〔2024〕1号",
                        "decidedOn",
                        "2024-03-01",
                        "violation",
                        "x",
                        "fineYuan",
                        "1",
                        "serious",
                        "true",
                        "summaryProcedure",
                        "false"),
                null);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(store.head().position()).isEqualTo(head);
    }

    @Test
    void eachFormIsOnlyForItsRole() throws Exception {
        ConsoleSession registrar = new ConsoleSession(port).login("registrar");
        long head = store.head().position();
        assertThat(registrar.get("/forms/listing?uscc=" + USCC).statusCode()).isEqualTo(403);
        HttpResponse<String> listing = registrar.post(
                "/forms/listing",
                Map.of(
                        "_uscc",
                        USCC,
                        "basis",
                        "1",
                        "penaltyDecisionNo",
                        "x",
                        "authority",
                        "x",
                        "decisionNo",
                        "x",
                        "decidedOn",
                        "2024-03-01"),
                "/");
        assertThat(listing.statusCode()).isEqualTo(403);
        assertThat(listing.body()).contains("您的角色无权访问此页面或执行此操作");
        assertThat(registrar.get("/queue").statusCode()).isEqualTo(403);
        assertThat(registrar.get("/audit").statusCode()).isEqualTo(403);
        assertThat(registrar.get("/awards").statusCode())
                .as("award money is for auditors and reviewers")
                .isEqualTo(403);
        assertThat(registrar.get("/users").statusCode()).isEqualTo(403);

        ConsoleSession agency = new ConsoleSession(port).login("agency-a");
        assertThat(agency.get("/").statusCode())
                .as("agencies use the feed, not the console")
                .isEqualTo(403);

        ConsoleSession reviewer = new ConsoleSession(port).login("reviewer");
        assertThat(reviewer.get("/forms/accident?uscc=" + USCC).statusCode()).isEqualTo(403);
        assertThat(reviewer.get("/queue").statusCode()).isEqualTo(200);
        assertThat(reviewer.get("/awards").statusCode()).isEqualTo(200);
        assertThat(store.head().position()).isEqualTo(head);
    }

    @Test
    void theAwardListTakesAnyPagingParametersAndFiltersByEnterprise() throws Exception {
        ConsoleSession reviewer = new ConsoleSession(port).login("reviewer");
        // an unknown column, a negative page and a size not offered: the page still answers, sorted as stored
        HttpResponse<String> odd = reviewer.get("/awards?sort=secret&dir=sideways&page=-3&size=7");
        assertThat(odd.statusCode()).isEqualTo(200);
        assertThat(odd.body()).doesNotContain("▲").doesNotContain("▼");
        // an enterprise with no application: nothing listed, no pager, the filter kept in the form
        String none = reviewer.get("/awards?uscc=" + USCC + "&sort=amount").body();
        assertThat(none).contains("value=\"" + USCC + "\"").doesNotContain("id=\"award-list\"");
        assertThat(none).doesNotContain("class=\"pages\"");
    }

    @Test
    void theObjectionQueueKeepsItsFiltersInTheSortLinks() throws Exception {
        ConsoleSession reviewer = new ConsoleSession(port).login("reviewer");
        HttpResponse<String> page =
                reviewer.get("/objections?status=ALL&overdue=true&uscc=" + USCC + "&page=9&size=500");
        assertThat(page.statusCode()).isEqualTo(200);
        // this enterprise has no objection: none counted, the filter shown in the form
        assertThat(page.body()).contains("value=\"" + USCC + "\"").doesNotContain("id=\"objections-table\"");
        HttpResponse<String> unknown = reviewer.get("/objections?sort=grounds&dir=up");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).doesNotContain("▲").doesNotContain("▼");
    }

    @Test
    void aDecisionOutOfOrderIsExplainedOnTheFormAndAppendsNothing() throws Exception {
        ConsoleSession registrar = new ConsoleSession(port).login("registrar");
        long head = store.head().position();
        // a conclusion for an accident the ledger does not have
        HttpResponse<String> response = registrar.post(
                "/forms/accident-conclusion",
                Map.of(
                        "_uscc",
                        USCC,
                        "_item",
                        "acc-unknown",
                        "liable",
                        "true",
                        "concludedOn",
                        "2024-03-01",
                        "replyNo",
                        "平政复〔2024〕1号"),
                "/forms/accident-conclusion?uscc=" + USCC + "&item=acc-unknown");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"form-problem\"").contains("账本拒绝了这次记录，未写入任何内容");
        // impossible numbers are refused beside their field, in Chinese
        HttpResponse<String> impossible = registrar.post(
                "/forms/accident",
                Map.of(
                        "_uscc",
                        USCC,
                        "occurredAt",
                        "2024-03-01T10:00",
                        "category",
                        "PRODUCTION",
                        "deaths",
                        "-1",
                        "seriousInjuries",
                        "0",
                        "personsEndangered",
                        "0",
                        "directLossYuan",
                        "0",
                        "reportNo",
                        "x"),
                "/forms/accident?uscc=" + USCC);
        assertThat(impossible.body()).contains("id=\"f-deaths-error\">不能为负数<");
        assertThat(store.head().position()).isEqualTo(head);
    }

    @Test
    void anAdministratorCreatesAnAccountThatCanLogIn() throws Exception {
        ConsoleSession admin = new ConsoleSession(port).login("admin");
        HttpResponse<String> tooShort = admin.post(
                "/forms/account", Map.of("name", "clerk", "password", "short", "roles", "REGISTRAR"), "/forms/account");
        assertThat(tooShort.body()).contains("id=\"f-password-error\"").doesNotContain("value=\"short\"");
        HttpResponse<String> created = admin.post(
                "/forms/account",
                Map.of("name", "clerk", "password", "clerk-password", "roles", "REGISTRAR", "department", "平湖市应急管理局"),
                "/forms/account");
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(admin.get("/users").body()).contains("clerk").contains("登记员");
        ConsoleSession clerk = new ConsoleSession(port).login("clerk");
        assertThat(clerk.get("/forms/register").statusCode()).isEqualTo(200);

        HttpResponse<String> again = admin.post(
                "/forms/account",
                Map.of("name", "clerk", "password", "someone-elses-pass", "roles", "ADMIN"),
                "/forms/account");
        assertThat(again.statusCode()).as("a new account never replaces one").isEqualTo(200);
        assertThat(admin.get("/users").body()).doesNotContain("管理员</span></td><td>平湖");
        HttpResponse<String> changed = admin.post(
                "/forms/account-update",
                Map.of("_item", "clerk", "roles", "REVIEWER", "department", "平湖市应急管理局"),
                "/forms/account-update?item=clerk");
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(admin.get("/users").body()).contains("审核员");
        assertThat(new ConsoleSession(port).login("clerk").get("/forms/listing").statusCode())
                .as("the password is kept when none is given")
                .isNotEqualTo(403);
    }

    @Test
    void theApiStaysStatelessBesideTheConsole() {
        Http api = new Http(port);
        Http.Response response = api.get("/api/v1/enterprises/" + USCC);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
    }
}

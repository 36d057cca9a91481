package com.safetycredit.ledger.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.safetycredit.ledger.server.Http;
import com.safetycredit.ledger.server.LedgerServerTest;
import com.safetycredit.ledger.server.TestPeople;
import com.safetycredit.ledger.server.TestUsccs;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A client's or an employer's code is chosen by the name a clerk knows: typing part of the name offers the
 * ledger's enterprises and agencies, and the subject's own clients or employers so far are offered first.
 */
@LedgerServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubjectSuggestionsBrowserTest {

    /** A name part no other test's subjects share. */
    private static final String MARK = "联想" + TestUsccs.in("330482").substring(12, 17);

    @LocalServerPort
    int port;

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

    @Test
    void anAgencysClientAndAPractitionersEmployerAreFoundByName() {
        Http http = new Http(port);
        String client = TestUsccs.in("330482");
        created(
                http,
                "/api/v1/enterprises",
                """
                {"uscc":"%s","name":"平湖市%s化工有限公司","industry":"HAZARDOUS_CHEMICALS","regionCode":"330482",
                 "registeredOn":"2019-01-02"}"""
                        .formatted(client, MARK));
        String agency = TestUsccs.in("330482");
        created(
                http,
                "/api/v1/agencies",
                """
                {"uscc":"%s","name":"平湖市%s安全评价有限公司","services":["SAFETY_ASSESSMENT"],
                 "qualificationNo":"APJ-(浙)-088","qualificationValidUntil":"2028-12-31","regionCode":"330482",
                 "registeredOn":"2024-01-05"}"""
                        .formatted(agency, MARK));

        browser.login("registrar");
        browser.go("/forms/agency-service?uscc=" + agency);
        assertThat(offered("f-clientUscc"))
                .as("a new agency has served no one yet")
                .isEmpty();
        browser.type(By.id("f-clientUscc"), MARK);
        browser.waitFor(d -> offered("f-clientUscc").contains(client) ? true : null);
        assertThat(labelOf("f-clientUscc", client)).isEqualTo("平湖市" + MARK + "化工有限公司 · 平湖市 · " + client);
        assertThat(offered("f-clientUscc"))
                .as("the agency itself is found too (it is a subject of the ledger)")
                .contains(agency);
        // choosing the offer puts its code in the field
        browser.setValue(By.id("f-clientUscc"), client);
        browser.choose(By.id("f-serviceType"), "SAFETY_ASSESSMENT");
        browser.type(By.id("f-contractNo"), "PJ-S-001");
        browser.setValue(By.id("f-from"), "2025-03-01");
        browser.click(By.id("form-submit"));
        browser.waitFor(d -> d.getCurrentUrl().contains("/agencies/" + agency) ? true : null);
        JsonNode services = http.await("/api/v1/agencies/" + agency + "/services", r -> r.body()
                        .contains(client))
                .json();
        assertThat(services.get(0).get("clientUscc").asText()).isEqualTo(client);

        // the next service of this agency offers its client first, by name, before anything is typed
        browser.go("/forms/agency-service?uscc=" + agency);
        assertThat(offered("f-clientUscc")).containsExactly(client);
        assertThat(labelOf("f-clientUscc", client)).isEqualTo("平湖市" + MARK + "化工有限公司 · " + client);

        // a practitioner's employer: the agency found by name; the employer so far offered first
        String registrationNo = TestPeople.registrationNo("评价");
        created(
                http,
                "/api/v1/practitioners",
                """
                {"registrationNo":"%s","qualification":"SAFETY_ASSESSOR","qualifiedOn":"2021-03-01","name":"联想测试人",
                 "idNumber":"%s","employerUscc":"%s","employedFrom":"2021-06-01"}"""
                        .formatted(registrationNo, TestPeople.idNumber(), client));
        http.await("/api/v1/practitioners/" + registrationNo, r -> r.status() == 200);
        browser.go("/forms/practitioner-employment?uscc=" + registrationNo);
        browser.waitFor(d -> offered("f-employerUscc").contains(client) ? true : null);
        browser.type(By.id("f-employerUscc"), MARK + "安全");
        browser.waitFor(d -> offered("f-employerUscc").contains(agency) ? true : null);
        assertThat(labelOf("f-employerUscc", agency)).contains("平湖市" + MARK + "安全评价有限公司", "中介机构");

        // fewer than two characters ask nothing; the suggestions need a staff sign-in
        assertThat(browser.fetch("/suggest/subjects?q=" + MARK.charAt(0))).isEqualTo("[]");
    }

    private List<String> offered(String field) {
        return browser.driver.findElements(By.cssSelector("#" + field + "-list option")).stream()
                .map(o -> o.getDomProperty("value"))
                .toList();
    }

    private String labelOf(String field, String value) {
        return browser.driver
                .findElement(By.cssSelector("#" + field + "-list option[value='" + value + "']"))
                .getDomProperty("label");
    }

    private static void created(Http http, String path, String body) {
        Http.Response response = http.post(path, body);
        assertThat(response.status()).as(path + " → " + response.body()).isEqualTo(201);
    }
}

package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Accounts over HTTP: create and edit are separate (a create never replaces, an edit never creates); an
 * administrator disables, enables and gives new passwords, each recorded without the secret; a disabled
 * account or an old password is refused at once, even when the sign-in was remembered a moment ago.
 */
@LedgerServerTest
class AccountAdminApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Test
    void createNeverReplacesAndEditNeverCreates() {
        Http admin = new Http(port, "admin");
        String user = "{\"name\":\"twice\",\"password\":\"twice-password\",\"roles\":[\"AUDITOR\"]}";
        assertThat(admin.post("/api/v1/admin/users", user).status()).isEqualTo(201);
        Http.Response again = admin.post(
                "/api/v1/admin/users", "{\"name\":\"twice\",\"password\":\"someone-elses\",\"roles\":[\"ADMIN\"]}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("errors").get(0).get("code").asText()).isEqualTo("account-exists");
        assertThat(again.json().get("detail").asText()).contains("已有名为 twice 的账号");
        assertThat(basic("twice", "twice-password", "/api/v1/ledger/head")).isEqualTo(200);
        assertThat(basic("twice", "someone-elses", "/api/v1/ledger/head")).isEqualTo(401);

        Http.Response ghost = admin.put("/api/v1/admin/users/ghost", "{\"roles\":[\"AUDITOR\"]}");
        assertThat(ghost.status()).isEqualTo(404);
        assertThat(ghost.json().get("detail").asText()).isEqualTo("没有名为 ghost 的账号");
        assertThat(admin.get("/api/v1/admin/users").body()).doesNotContain("\"ghost\"");
    }

    @Test
    void aDisabledAccountIsRefusedAtOnceEvenWhenItsSignInWasRemembered() {
        Http admin = new Http(port, "admin");
        create("leaver");
        assertThat(basic("leaver", "leaver-password", "/api/v1/ledger/head")).isEqualTo(200);
        assertThat(basic("leaver", "leaver-password", "/api/v1/ledger/head"))
                .as("remembered")
                .isEqualTo(200);

        Http.Response disabled = admin.post("/api/v1/admin/users/leaver/disable", "");
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertThat(basic("leaver", "leaver-password", "/api/v1/ledger/head")).isEqualTo(401);
        assertThat(admin.get("/api/v1/admin/users").json()).anySatisfy(a -> {
            assertThat(a.get("name").asText()).isEqualTo("leaver");
            assertThat(a.get("enabled").asBoolean()).isFalse();
        });

        Http.Response enabled = admin.post("/api/v1/admin/users/leaver/enable", "");
        assertThat(enabled.json().get("enabled").asBoolean()).isTrue();
        assertThat(basic("leaver", "leaver-password", "/api/v1/ledger/head")).isEqualTo(200);

        assertThat(admin.post("/api/v1/admin/users/nobody-here/disable", "").status())
                .isEqualTo(404);
        Http.Response own = admin.post("/api/v1/admin/users/admin/disable", "");
        assertThat(own.status()).isEqualTo(409);
        assertThat(own.json().get("errors").get(0).get("code").asText()).isEqualTo("own-account");
        assertThat(own.json().get("detail").asText()).contains("不能停用自己正在使用的账号");
        assertThat(new Http(port, "admin").get("/api/v1/admin/users").status()).isEqualTo(200);
        assertThat(new Http(port, "registrar")
                        .post("/api/v1/admin/users/leaver/disable", "")
                        .status())
                .as("administrators only")
                .isEqualTo(403);
    }

    @Test
    void aChangeMadeByAnotherServerIsSeenAtOnceToo() {
        create("elsewhere");
        assertThat(basic("elsewhere", "elsewhere-password", "/api/v1/ledger/head"))
                .isEqualTo(200);
        // another server sharing the store disables it: this server's memory of the sign-in is not emptied
        database.getCollection("ledger_users").updateOne(Filters.eq("_id", "elsewhere"), Updates.set("disabled", true));
        assertThat(basic("elsewhere", "elsewhere-password", "/api/v1/ledger/head"))
                .isEqualTo(401);
        database.getCollection("ledger_users").updateOne(Filters.eq("_id", "elsewhere"), Updates.unset("disabled"));
        assertThat(basic("elsewhere", "elsewhere-password", "/api/v1/ledger/head"))
                .isEqualTo(200);
        // … or gives it another password (any other hash)
        database.getCollection("ledger_users")
                .updateOne(
                        Filters.eq("_id", "elsewhere"),
                        Updates.set(
                                "password", "{bcrypt}$2a$10$abcdefghijklmnopqrstuuWxyzWxyzWxyzWxyzWxyzWxyzWxyzWxy"));
        assertThat(basic("elsewhere", "elsewhere-password", "/api/v1/ledger/head"))
                .isEqualTo(401);
    }

    @Test
    void aNewPasswordEndsTheOldOneAndIsRecordedWithoutTheSecret() {
        Http admin = new Http(port, "admin");
        create("forgetful");
        assertThat(basic("forgetful", "forgetful-password", "/api/v1/ledger/head"))
                .isEqualTo(200);

        Http.Response tooShort = admin.post("/api/v1/admin/users/forgetful/password", "{\"password\":\"short\"}");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().get("errors").get(0).get("field").asText()).isEqualTo("password");
        assertThat(basic("forgetful", "forgetful-password", "/api/v1/ledger/head"))
                .isEqualTo(200);
        assertThat(admin.post("/api/v1/admin/users/nobody-here/password", "{\"password\":\"a-new-password-1\"}")
                        .status())
                .isEqualTo(404);

        Http.Response reset =
                admin.post("/api/v1/admin/users/forgetful/password", "{\"password\":\"forgetful-new-password\"}");
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.body()).doesNotContain("forgetful-new-password");
        assertThat(basic("forgetful", "forgetful-password", "/api/v1/ledger/head"))
                .as("the old password, remembered a moment ago")
                .isEqualTo(401);
        assertThat(basic("forgetful", "forgetful-new-password", "/api/v1/ledger/head"))
                .isEqualTo(200);

        admin.post("/api/v1/admin/users/forgetful/disable", "");
        admin.post("/api/v1/admin/users/forgetful/enable", "");
        String changes = admin.get("/api/v1/admin/account-changes").body();
        assertThat(changes)
                .contains(
                        "\"action\":\"PASSWORD_RESET\",\"subject\":\"forgetful\"",
                        "\"action\":\"DISABLED\",\"subject\":\"forgetful\"",
                        "\"action\":\"ENABLED\",\"subject\":\"forgetful\"")
                .doesNotContain("forgetful-new-password", "forgetful-password", "bcrypt");
    }

    /** A reviewer's department must take part in the joint review, a partner's must be a partner department. */
    @Test
    void anAccountsDepartmentMustLetItsRolesWork() {
        Http admin = new Http(port, "admin");
        Http.Response reviewer = admin.post(
                "/api/v1/admin/users",
                "{\"name\":\"lost-reviewer\",\"password\":\"lost-reviewer-pw\",\"roles\":[\"REVIEWER\"],"
                        + "\"department\":\"平湖市教育局\"}");
        assertThat(reviewer.status()).isEqualTo(400);
        assertThat(reviewer.json().get("errors").get(0).get("code").asText()).isEqualTo("department-not-reviewing");
        assertThat(reviewer.json().get("detail").asText()).contains("平湖市教育局", "平湖市财政局");
        assertThat(admin.get("/api/v1/admin/users").body()).doesNotContain("lost-reviewer");

        Http.Response partner = admin.post(
                "/api/v1/admin/users",
                "{\"name\":\"lost-partner\",\"password\":\"lost-partner-pw1\",\"roles\":[\"PARTNER\"],"
                        + "\"department\":\"平湖市教育局\"}");
        assertThat(partner.status()).isEqualTo(400);
        assertThat(partner.json().get("errors").get(0).get("code").asText()).isEqualTo("department-not-partner");
        assertThat(partner.json().get("detail").asText()).contains("税务局");

        // by its name or its code, a joint-review department is accepted; a registrar's office is free text
        assertThat(admin.post(
                                "/api/v1/admin/users",
                                "{\"name\":\"finance-reviewer\",\"password\":\"finance-reviewer-pw\","
                                        + "\"roles\":[\"REVIEWER\"],\"department\":\"平湖市财政局\"}")
                        .status())
                .isEqualTo(201);
        Http.Response edit = admin.put(
                "/api/v1/admin/users/finance-reviewer",
                "{\"roles\":[\"REVIEWER\",\"REGISTRAR\"],\"department\":\"嘉兴市审计局\"}");
        assertThat(edit.status()).isEqualTo(400);
        assertThat(admin.put(
                                "/api/v1/admin/users/finance-reviewer",
                                "{\"roles\":[\"REGISTRAR\"],\"department\":\"嘉兴市审计局\"}")
                        .status())
                .isEqualTo(200);
        assertThat(admin.put(
                                "/api/v1/admin/users/finance-reviewer",
                                "{\"roles\":[\"REVIEWER\"],\"department\":\"FINANCE\"}")
                        .status())
                .isEqualTo(200);
        assertThat(admin.post(
                                "/api/v1/admin/users",
                                "{\"name\":\"tax-partner\",\"password\":\"tax-partner-pw1\","
                                        + "\"roles\":[\"PARTNER\"],\"department\":\"国家税务总局平湖市税务局\"}")
                        .status())
                .isEqualTo(201);
    }

    private void create(String name) {
        assertThat(new Http(port, "admin")
                        .post(
                                "/api/v1/admin/users",
                                "{\"name\":\"" + name + "\",\"password\":\"" + name
                                        + "-password\",\"roles\":[\"AUDITOR\"]}")
                        .status())
                .isEqualTo(201);
    }

    private int basic(String name, String password, String path) {
        String credentials =
                Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                    .header("Authorization", "Basic " + credentials)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .statusCode();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

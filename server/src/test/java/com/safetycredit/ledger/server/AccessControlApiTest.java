package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/** Each role allowed and denied on each endpoint group; 401 without credentials, 403 without the role; nothing appended. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ledger.embedded.in-memory=true",
            "ledger.expiry.initial-delay=PT1H",
            "ledger.webhooks.allow-http=true",
            "ledger.webhooks.allowed-hosts=127.0.0.1"
        })
@DirtiesContext
class AccessControlApiTest {

    static final String USCC = ReadSideApiTest.code("91330482MA2G00011");
    static final List<String> ROLES = List.of("registrar", "reviewer", "auditor", "agency-a", "admin");

    @LocalServerPort
    int port;

    private record Call(String method, String path, String body, Set<String> allowed) {}

    private long head() {
        return new Http(port).get("/api/v1/ledger/head").json().get("position").asLong();
    }

    @Test
    void everyEndpointGroupAdmitsItsRolesOnly() {
        new Http(port).post("/api/v1/enterprises", EnterpriseRegistrationApiTest.registration(USCC));
        String enterprise = "/api/v1/enterprises/" + USCC;
        List<Call> calls = List.of(
                new Call("POST", "/api/v1/enterprises", "{}", Set.of("registrar")),
                new Call("POST", enterprise + "/penalties", "{}", Set.of("registrar")),
                new Call("POST", enterprise + "/listings", "{}", Set.of("reviewer")),
                new Call("POST", "/api/v1/award-applications", "{}", Set.of("registrar")),
                new Call("POST", "/api/v1/award-applications/awd-x/reviews", "{}", Set.of("reviewer")),
                new Call("GET", enterprise, null, Set.of("registrar", "reviewer", "auditor", "admin")),
                new Call("GET", "/api/v1/lists/black", null, Set.of("registrar", "reviewer", "auditor", "admin")),
                new Call("GET", "/api/v1/feed", null, Set.of("registrar", "reviewer", "auditor", "agency-a", "admin")),
                new Call("GET", "/api/v1/subscriptions", null, Set.of("agency-a", "admin")),
                new Call("GET", "/api/v1/ledger/head", null, Set.of("auditor", "admin")),
                new Call("GET", "/api/v1/ledger/export?from=1&to=1", null, Set.of("auditor", "admin")),
                new Call("POST", "/api/v1/ledger/digests", "", Set.of("admin")),
                new Call("GET", "/api/v1/admin/projections", null, Set.of("admin")),
                new Call("GET", "/actuator/metrics", null, Set.of("admin")),
                new Call("GET", "/api/v1/nothing-here", null, Set.of()));
        long before = head();
        for (Call call : calls) {
            Http.Response anonymous = send(new Http(port, null), call);
            assertThat(anonymous.status()).as("anonymous " + call).isEqualTo(401);
            assertThat(anonymous.contentType()).startsWith("application/problem+json");
            for (String role : ROLES) {
                Http.Response answer = send(new Http(port, role), call);
                if (call.allowed().contains(role)) {
                    assertThat(answer.status()).as(role + " " + call).isNotIn(401, 403);
                } else {
                    assertThat(answer.status()).as(role + " " + call).isEqualTo(403);
                    assertThat(answer.json().get("title").asText()).isEqualTo("无权操作");
                    assertThat(answer.json().get("errors").get(0).get("code").asText())
                            .isEqualTo("forbidden");
                }
            }
        }
        // the only write that could succeed was the admin's digest; the rest were refused or invalid bodies
        assertThat(head()).isEqualTo(before + 1);
        assertThat(new Http(port, "admin").get("/actuator/health").status()).isEqualTo(200);
        assertThat(new Http(port, null).get("/actuator/health").status()).isEqualTo(200);
    }

    private static Http.Response send(Http http, Call call) {
        return call.method().equals("GET") ? http.get(call.path()) : http.post(call.path(), call.body());
    }

    @Test
    void anAdministratorCreatesAccountsThatWorkAtOnce() {
        Http admin = new Http(port, "admin");
        assertThat(admin.post(
                                "/api/v1/admin/users",
                                "{\"name\":\"newcomer\",\"password\":\"newcomer-password\","
                                        + "\"roles\":[\"AUDITOR\"],\"department\":\"嘉兴市审计局\"}")
                        .status())
                .isEqualTo(201);
        assertThat(admin.get("/api/v1/admin/users").body())
                .contains("newcomer")
                .doesNotContain("newcomer-password", "bcrypt");
        assertThat(new Http(port, "newcomer").get("/api/v1/ledger/head").status())
                .isEqualTo(200);
        assertThat(new Http(port, "newcomer").get("/api/v1/admin/users").status())
                .isEqualTo(403);
        assertThat(admin.post(
                                "/api/v1/admin/users",
                                "{\"name\":\"x\",\"password\":\"long-enough-pass\",\"roles\":[\"KING\"]}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aCreateNeverReplacesAnAccountAndEveryChangeIsRecorded() {
        Http admin = new Http(port, "admin");
        Http.Response replace = admin.post(
                "/api/v1/admin/users",
                "{\"name\":\"admin\",\"password\":\"taken-over-pass\"," + "\"roles\":[\"ADMIN\"]}");
        assertThat(replace.status()).isEqualTo(409);
        assertThat(replace.contentType()).startsWith("application/problem+json");
        assertThat(new Http(port, "admin").get("/api/v1/admin/users").status())
                .as("the old password still works")
                .isEqualTo(200);
        assertThat(admin.post(
                                "/api/v1/admin/users",
                                "{\"name\":\"changer\",\"password\":\"changer-password\"," + "\"roles\":[\"AUDITOR\"]}")
                        .status())
                .isEqualTo(201);
        Http.Response updated = admin.put(
                "/api/v1/admin/users/changer",
                "{\"password\":\"changer-password-2\","
                        + "\"roles\":[\"AUDITOR\",\"REGISTRAR\"],\"department\":\"平湖市应急管理局\"}");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(admin.put("/api/v1/admin/users/nobody", "{\"roles\":[\"AUDITOR\"]}")
                        .status())
                .isEqualTo(404);
        assertThat(admin.delete("/api/v1/admin/users/changer")).isEqualTo(204);
        String changes = admin.get("/api/v1/admin/account-changes").body();
        assertThat(changes)
                .contains(
                        "\"actor\":\"admin\"",
                        "\"action\":\"CREATED\"",
                        "\"action\":\"UPDATED\"",
                        "\"action\":\"DELETED\"",
                        "\"subject\":\"changer\"",
                        "\"passwordChanged\":true")
                .doesNotContain("changer-password", "bcrypt");
        assertThat(admin.post("/api/v1/admin/api-keys", "{\"agency\":\"嘉兴市公共信用平台\"}")
                        .status())
                .isEqualTo(201);
        assertThat(admin.get("/api/v1/admin/account-changes").body())
                .contains("KEY_ISSUED")
                .doesNotContain("lk_");
    }

    @Test
    void wrongPasswordsAre401() {
        HttpResponse<String> response = raw(
                "/api/v1/feed", "Basic " + Base64.getEncoder().encodeToString("registrar:wrong".getBytes()), Map.of());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void anAgencyManagesItsOwnSubscriptionsOnly() {
        Http agencyA = new Http(port, "agency-a");
        Http agencyB = new Http(port, "agency-b");
        String id = agencyA.post(
                        "/api/v1/subscriptions",
                        "{\"url\":\"http://127.0.0.1:9/hook\",\"secret\":\"" + AgencyApiTest.SECRET + "\"}")
                .json()
                .get("id")
                .asText();
        assertThat(agencyA.get("/api/v1/subscriptions").body()).contains(id);
        assertThat(agencyB.get("/api/v1/subscriptions").body()).doesNotContain(id);
        assertThat(agencyB.get("/api/v1/subscriptions/" + id).status()).isEqualTo(404);
        assertThat(agencyB.post("/api/v1/subscriptions/" + id + "/pause", "").status())
                .isEqualTo(404);
        assertThat(agencyB.delete("/api/v1/subscriptions/" + id)).isEqualTo(404);
        assertThat(new Http(port, "admin").get("/api/v1/subscriptions/" + id).status())
                .isEqualTo(200);
        assertThat(agencyA.delete("/api/v1/subscriptions/" + id)).isEqualTo(204);
    }

    @Test
    void agencyApiKeysAreIssuedOnceUsedForTheFeedAndRevocable() {
        Http admin = new Http(port, "admin");
        var issued = admin.post("/api/v1/admin/api-keys", "{\"agency\":\"嘉兴市公共信用平台\"}")
                .json();
        String key = issued.get("key").asText();
        assertThat(admin.get("/api/v1/admin/api-keys").body()).doesNotContain(key);
        assertThat(raw("/api/v1/feed", null, Map.of("X-Api-Key", key)).statusCode())
                .isEqualTo(200);
        assertThat(raw("/api/v1/enterprises", null, Map.of("X-Api-Key", key)).statusCode())
                .isEqualTo(403);
        assertThat(admin.delete("/api/v1/admin/api-keys/" + issued.get("id").asText()))
                .isEqualTo(204);
        assertThat(raw("/api/v1/feed", null, Map.of("X-Api-Key", key)).statusCode())
                .isEqualTo(401);
        assertThat(raw("/api/v1/feed", null, Map.of("X-Api-Key", "lk_made-up")).statusCode())
                .isEqualTo(401);
    }

    private HttpResponse<String> raw(String path, String authorization, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

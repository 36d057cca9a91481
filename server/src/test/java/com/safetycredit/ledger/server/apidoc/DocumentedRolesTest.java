package com.safetycredit.ledger.server.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.safetycredit.ledger.server.Http;
import com.safetycredit.ledger.server.LedgerServerTest;
import com.safetycredit.ledger.server.security.OperationRoles;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The roles the description names for each operation are the roles the server lets through: every operation is
 * called anonymously and as an account of each single role — a role the description names is never answered
 * 403, any other always is, and nobody signed out gets past 401. Bodies are empty objects and identifiers
 * unknown, so what passes is refused as invalid or unknown (only a digest and background checks run).
 */
@LedgerServerTest
class DocumentedRolesTest {

    /** Test accounts of config/application.yml holding one role each. */
    static final Map<String, String> ACCOUNTS = Map.of(
            "REGISTRAR",
            "registrar",
            "REVIEWER",
            "reviewer",
            "AUDITOR",
            "auditor",
            "AGENCY",
            "agency-a",
            "ADMIN",
            "admin",
            "PARTNER",
            "partner-tax");

    @LocalServerPort
    int port;

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theDescribedRolesAreTheEnforcedRoles() throws Exception {
        JsonNode openApi = Descriptions.openApi(new Http(port, null));
        assertThat(new TreeSet<>(ACCOUNTS.keySet()))
                .as("one test account per grantable role")
                .isEqualTo(new TreeSet<>(OperationRoles.grantable()));
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, JsonNode> operation :
                Descriptions.operations(openApi).entrySet()) {
            String method = operation.getKey().substring(0, operation.getKey().indexOf(' '));
            String path = operation.getKey().substring(method.length() + 1).replaceAll("\\{[^}]+}", "unknown-id");
            boolean body = operation.getValue().has("requestBody");
            Set<String> documented = documentedRoles(operation.getValue());
            boolean open = operation.getValue().path("security").isEmpty();
            int anonymous = status(method, path, body, null);
            assertThat(anonymous == 401)
                    .as("anonymous " + operation.getKey() + " answered " + anonymous)
                    .isEqualTo(!open);
            for (Map.Entry<String, String> account : ACCOUNTS.entrySet()) {
                int status = status(method, path, body, account.getValue());
                assertThat(status == 403)
                        .as(account.getKey() + " on " + operation.getKey() + " answered " + status
                                + "; described roles " + documented)
                        .isEqualTo(!open && !documented.contains(account.getKey()));
            }
            checked.add(operation.getKey());
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(50);
    }

    private static Set<String> documentedRoles(JsonNode operation) {
        Set<String> roles = new TreeSet<>();
        operation.path("security").forEach(requirement -> requirement
                .properties()
                .forEach(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
        return roles;
    }

    /**
     * The status only. A stream that lets the caller in would run on (its headers go out with its first event):
     * an unreadable {@code Last-Event-ID} makes it refuse at once; no other operation reads that header.
     */
    private int status(String method, String path, boolean body, String account)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Last-Event-ID", "not-a-position")
                .method(method, body ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
        if (body) {
            request.header("Content-Type", "application/json");
        }
        if (account != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (account + ":" + account + "-password").getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response.statusCode();
    }
}

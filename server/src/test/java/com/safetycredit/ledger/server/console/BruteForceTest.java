package com.safetycredit.ledger.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.server.security.VerifiedCredentials;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Password guessing is throttled per account and per address, over HTTP Basic and the console's login form
 * alike, before any bcrypt is computed; a client signing in correctly pays one bcrypt, not one per request.
 * The hashes here are real (cost 10) so that the time a refusal takes shows whether a hash was checked.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ledger.embedded.in-memory=true",
            "ledger.expiry.initial-delay=PT1H",
            "ledger.security.bcrypt-strength=10",
            "ledger.security.login.failures-per-account=5",
            "ledger.security.login.failures-per-address=30"
        })
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BruteForceTest {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> basic(String user, String password) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/ledger/head"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void guessingOnePasswordIsStoppedBeforeAnyHashIsChecked() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            statuses.add(basic("auditor", "guess-" + i).statusCode());
        }
        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(statuses.subList(5, 40)).containsOnly(429);
        HttpResponse<String> throttled = basic("auditor", "guess-x");
        assertThat(throttled.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(basic("auditor", "auditor-password").statusCode())
                .as("even the right password waits")
                .isEqualTo(429);

        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            basic("auditor", "guess-again-" + i);
        }
        double msPerRefusal = (System.nanoTime() - start) / 20 / 1e6;
        assertThat(msPerRefusal)
                .as("a throttled attempt computes no bcrypt (~50 ms at cost 10)")
                .isLessThan(25);

        assertThat(basic("tester", "tester-password").statusCode())
                .as("other accounts still sign in")
                .isEqualTo(200);
        // the console's form counts against the same account
        ConsoleSession console = new ConsoleSession(port);
        HttpResponse<String> login =
                console.post("/login", Map.of("username", "auditor", "password", "auditor-password"), "/login");
        assertThat(login.headers().firstValue("Location").orElse("")).contains("/login?throttled");
    }

    @Test
    void theConsoleFormIsThrottledToo() throws Exception {
        ConsoleSession console = new ConsoleSession(port);
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            outcomes.add(console.post("/login", Map.of("username", "reviewer", "password", "wrong-" + i), "/login")
                    .headers()
                    .firstValue("Location")
                    .orElse(""));
        }
        assertThat(outcomes.subList(0, 5)).allMatch(location -> location.endsWith("/login?error"));
        assertThat(outcomes.subList(5, 8)).allMatch(location -> location.endsWith("/login?throttled"));
        assertThat(console.get("/login?throttled").body()).contains("login-throttled");
        assertThat(basic("reviewer", "reviewer-password").statusCode())
                .as("over Basic as well")
                .isEqualTo(429);
    }

    @Test
    @Order(Integer.MAX_VALUE) // uses up the address's failures, which every other test shares
    void manyNamesFromOneAddressAreThrottledByAddress() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            statuses.add(basic("made-up-" + i, "x").statusCode());
        }
        assertThat(statuses).contains(401, 429);
        assertThat(statuses.indexOf(429))
                .as("after the address's 30 failures are used up")
                .isBetween(1, 30);
        assertThat(statuses.subList(statuses.indexOf(429), 40)).containsOnly(429);
    }

    @Test
    void aVerifiedClientPaysOneBcryptNotOnePerRequest() throws Exception {
        assertThat(basic("registrar", "registrar-password").statusCode()).isIn(200, 403);
        long start = System.nanoTime();
        for (int i = 0; i < 30; i++) {
            assertThat(client.send(
                                    HttpRequest.newBuilder(URI.create(
                                                    "http://127.0.0.1:" + port + "/api/v1/feed?after=0&limit=1"))
                                            .header(
                                                    "Authorization",
                                                    "Basic "
                                                            + Base64.getEncoder()
                                                                    .encodeToString("registrar:registrar-password"
                                                                            .getBytes(StandardCharsets.UTF_8)))
                                            .GET()
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .isEqualTo(200);
        }
        double msPerRequest = (System.nanoTime() - start) / 30 / 1e6;
        assertThat(msPerRequest)
                .as("a bcrypt at cost 10 takes ~50 ms; a remembered verification none")
                .isLessThan(25);
        VerifiedCredentials cache = new VerifiedCredentials(Duration.ofMinutes(1));
        assertThat(cache.find("registrar", "registrar-password"))
                .as("each process has its own key")
                .isEmpty();
    }
}

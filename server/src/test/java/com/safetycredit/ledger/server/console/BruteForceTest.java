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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Password guessing is throttled per account and per address, over HTTP Basic and the console's login form
 * alike, before any bcrypt is computed; a client signing in correctly pays one bcrypt, not one per request.
 * The hashes here are real (cost 10); every hash checked is counted, so the test says how many bcrypts a
 * request cost — not how long it took, which a loaded machine would blur.
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

    /** Counts each password hash the server checks, around the ledger's own encoder. */
    @TestConfiguration
    static class CountedHashes {
        static final AtomicInteger CHECKED = new AtomicInteger();

        @Bean
        @Primary
        PasswordEncoder countingPasswordEncoder(@Qualifier("passwordEncoder") PasswordEncoder ledgers) {
            return new PasswordEncoder() {
                @Override
                public String encode(CharSequence raw) {
                    return ledgers.encode(raw);
                }

                @Override
                public boolean matches(CharSequence raw, String encoded) {
                    CHECKED.incrementAndGet();
                    return ledgers.matches(raw, encoded);
                }
            };
        }
    }

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
        int first = CountedHashes.CHECKED.get();
        for (int i = 0; i < 40; i++) {
            statuses.add(basic("auditor", "guess-" + i).statusCode());
        }
        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(statuses.subList(5, 40)).containsOnly(429);
        assertThat(CountedHashes.CHECKED.get() - first)
                .as("of 40 guesses only the 5 before the throttle reach a hash")
                .isEqualTo(5);
        HttpResponse<String> throttled = basic("auditor", "guess-x");
        assertThat(throttled.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(basic("auditor", "auditor-password").statusCode())
                .as("even the right password waits")
                .isEqualTo(429);

        int before = CountedHashes.CHECKED.get();
        for (int i = 0; i < 20; i++) {
            basic("auditor", "guess-again-" + i);
        }
        assertThat(CountedHashes.CHECKED.get() - before)
                .as("a throttled attempt computes no bcrypt")
                .isZero();

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
        int before = CountedHashes.CHECKED.get();
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
        assertThat(CountedHashes.CHECKED.get() - before)
                .as("30 requests after one verified sign-in check no hash")
                .isZero();
        VerifiedCredentials cache = new VerifiedCredentials(Duration.ofMinutes(1));
        assertThat(cache.find("registrar", "registrar-password"))
                .as("each process has its own key")
                .isEmpty();
    }
}

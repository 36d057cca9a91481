package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server process is killed (SIGKILL, no shutdown hook runs) under a stream of writes and started again on
 * its data folder: it recognises its own claims on the read models' segments and takes them back at once, so
 * the read side catches up in seconds instead of freezing until the claims expire (5 minutes); readiness
 * stays DOWN until it has; the projections endpoint shows the stored progress, not 0 %, right after start.
 */
class CrashRestartTest {

    @TempDir
    Path data;

    @Test
    void afterAKillTheReadSideCatchesUpAtOnce() throws Exception {
        int port = freePort();
        Process first = start(port, "first");
        List<String> registered = new ArrayList<>();
        Http http = new Http(port);
        for (int i = 0; i < 20; i++) {
            String uscc = AgencyApiTest.newUscc();
            assertThat(http.post("/api/v1/enterprises", EnterpriseRegistrationApiTest.registration(uscc))
                            .status())
                    .isEqualTo(201);
            registered.add(uscc);
        }
        http.await("/api/v1/enterprises/" + registered.get(19) + "/history", r -> r.status() == 200);
        // the embedded store writes the ledger's commits to its file at once and everything else (the read models'
        // entries and tokens) about once a second, or with the next commit: once the history's token has reached
        // the head, one more acknowledged commit takes that token to the file, so at most this last event is redone
        long noted = http.get("/api/v1/ledger/head").json().get("position").asLong();
        new Http(port, "admin")
                .await(
                        "/api/v1/admin/projections/history",
                        r -> r.json().get("position").asLong() == noted);
        assertThat(http.post("/api/v1/enterprises", EnterpriseRegistrationApiTest.registration(AgencyApiTest.newUscc()))
                        .status())
                .isEqualTo(201);
        long headBefore = http.get("/api/v1/ledger/head").json().get("position").asLong();
        first.destroyForcibly(); // SIGKILL: no claim is released, nothing is flushed but what was acknowledged
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

        Instant restart = Instant.now();
        Process second = start(port, "second");
        try {
            Duration started = Duration.between(restart, Instant.now());
            Http admin = new Http(port, "admin");
            var progress = admin.get("/api/v1/admin/projections/history").json();
            assertThat(progress.get("position").asLong())
                    .as("stored progress, not 0 %: " + progress)
                    .isBetween(noted, headBefore);
            assertThat(progress.get("percent").asInt()).isGreaterThanOrEqualTo(75);
            await(
                    () -> new Http(port, null).get("/actuator/health/readiness").status() == 200,
                    Duration.ofSeconds(180));
            Duration ready = Duration.between(restart, Instant.now());

            Instant write = Instant.now();
            String uscc = AgencyApiTest.newUscc();
            assertThat(http.post("/api/v1/enterprises", EnterpriseRegistrationApiTest.registration(uscc))
                            .status())
                    .isEqualTo(201);
            await(
                    () -> http.get("/api/v1/enterprises/" + uscc + "/history").status() == 200
                            && http.get("/api/v1/enterprises?q=" + uscc).body().contains(uscc),
                    Duration.ofSeconds(30));
            Duration caughtUp = Duration.between(write, Instant.now());
            System.out.printf(
                    "crash-restart: process up %d ms after start, readiness UP %d ms, a new write on the"
                            + " read side %d ms after it was acknowledged%n",
                    started.toMillis(), ready.toMillis(), caughtUp.toMillis());
            // ready soon after the process answers: the read side resumes from its stored positions at once. The
            // process's own start (a JVM and Spring on a loaded machine: up to a minute) is not the read side's, so
            // it is not counted here; the whole restart stays well inside the 5-minute claim timeout.
            assertThat(ready.minus(started))
                    .as("readiness after the process answers")
                    .isLessThan(Duration.ofSeconds(45));
            assertThat(ready).as("not the 5-minute claim timeout").isLessThan(Duration.ofMinutes(3));
            assertThat(caughtUp).as("not the 5-minute claim timeout").isLessThan(Duration.ofSeconds(10));
            assertThat(http.get("/api/v1/ledger/verify").json().get("ok").asBoolean())
                    .isTrue();
        } finally {
            second.destroy();
            second.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private Process start(int port, String name) throws Exception {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                LedgerApplication.class.getName(),
                "--server.port=" + port,
                "--ledger.mongo.uri=",
                "--ledger.mongo.database=ledger",
                "--ledger.embedded.data-dir=" + data,
                "--ledger.expiry.initial-delay=PT1H");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(data.resolveSibling(data.getFileName() + "-" + name + ".log")
                        .toFile())
                .start();
        Http anonymous = new Http(port, null);
        await(
                () -> {
                    if (!process.isAlive()) {
                        throw new AssertionError("the server stopped during start-up");
                    }
                    try {
                        return anonymous.get("/actuator/health/liveness").status() == 200;
                    } catch (AssertionError notYet) {
                        return false;
                    }
                },
                Duration.ofMinutes(2));
        return process;
    }

    private static void await(BooleanSupplier condition, Duration limit) {
        Awaitility.await().atMost(limit).pollInterval(Duration.ofMillis(100)).until(condition::getAsBoolean);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

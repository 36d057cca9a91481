package com.safetycredit.ledger.server.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The server as it is deployed: its own JVM from the packaged jar, on the benchmark's MongoDB, with one
 * account holding every role. A sampler reads the process's resident size from {@code /proc} ten times a
 * second; the peak is kept per phase (the kernel's own high-water mark cannot be reset between phases).
 */
final class ServerProcess implements AutoCloseable {

    static final String USER = "bench";
    private static final String PASSWORD = "bench-password";

    private final Process process;
    private final int port;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String authorization =
            "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    private final Map<String, Long> peaks = new LinkedHashMap<>();
    private final Map<String, Instant[]> phases = new LinkedHashMap<>();
    private final Thread sampler;
    private volatile String phase = "start-up";
    private volatile long phasePeak;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
        phases.put(phase, new Instant[] {Instant.now(), null});
        this.sampler = new Thread(this::sample, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    static ServerProcess start(
            Path jar,
            String mongoUri,
            String database,
            Path logFile,
            Path jfrFile,
            String heap,
            List<String> jvmOptions)
            throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap));
        command.addAll(jvmOptions);
        // settings of the server to try without changing its defaults, e.g. -Dledger.store.recent-messages=50000
        String extra = System.getProperty("benchmark.server-options", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of(
                "-XX:StartFlightRecording=filename=" + jfrFile + ",settings=profile,dumponexit=true",
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                // the read side, as in a split deployment: every measured phase (catch-up, replay, queries,
                // feed, verification, export) is the query role's; the command side's policies would append
                // events of their own while the ledger is measured
                "--spring.profiles.active=query",
                "--ledger.mongo.uri=" + mongoUri,
                "--ledger.mongo.database=" + database,
                "--ledger.security.users[0].name=" + USER,
                "--ledger.security.users[0].password={noop}" + PASSWORD,
                "--ledger.security.users[0].roles=REGISTRAR,REVIEWER,AUDITOR,AGENCY,ADMIN",
                "--ledger.security.users[0].department=嘉兴市应急管理局",
                // the production cost: a verified HTTP Basic credential is remembered (VerifiedCredentials), so a
                // query pays no bcrypt — the server's profile says how much of each phase was bcrypt after all
                "--ledger.security.bcrypt-strength=10",
                "--ledger.limits.writes-per-second=1000000",
                "--ledger.limits.feed-per-second=1000000",
                // the daily expiry sweep would append events in the middle of a phase
                "--ledger.expiry.initial-delay=PT24H"));
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .start();
        ServerProcess server = new ServerProcess(process, port);
        server.awaitHealthy(Duration.ofMinutes(5), logFile);
        return server;
    }

    private void awaitHealthy(Duration limit, Path logFile) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped during start-up; see " + logFile);
            }
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(uri("/actuator/health/liveness"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The server did not start within " + limit + "; see " + logFile);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path))
                .header("Authorization", authorization)
                .timeout(Duration.ofMinutes(10));
    }

    /** GET; fails on any status but 200. */
    String get(String path) throws Exception {
        HttpResponse<String> response = http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws Exception {
        return http.send(request, handler);
    }

    /** Ends the current phase and starts the next; each keeps its own peak resident size. */
    synchronized void phase(String next) {
        peaks.merge(phase, phasePeak, Math::max);
        phases.get(phase)[1] = Instant.now();
        phase = next;
        phasePeak = 0;
        phases.put(next, new Instant[] {Instant.now(), null});
    }

    /** Peak resident megabytes per phase, in phase order. */
    synchronized Map<String, Long> peaks() {
        return new LinkedHashMap<>(peaks);
    }

    /** When each phase began and ended, for reading the profile by phase. */
    synchronized Map<String, Instant[]> phases() {
        return new LinkedHashMap<>(phases);
    }

    /**
     * The CPU time the server has used so far, in seconds: on a machine shared with other work, what a phase cost
     * the server, whatever share of the cores it got.
     */
    double cpuSeconds() {
        return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
    }

    private void sample() {
        while (process.isAlive()) {
            long rss = Rss.of(process.pid());
            synchronized (this) {
                phasePeak = Math.max(phasePeak, rss);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        phase("stopped");
        process.destroy(); // SIGTERM: Spring stops cleanly and the flight recording is written
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

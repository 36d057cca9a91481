package com.safetycredit.ledger.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.store.VerifiedAggregateCache;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

/** What the running server is asked to do, phase by phase, over real HTTP. */
final class ServerPhases {

    /** The read models a full replay rebuilds (the command side's policies are not read models). */
    static final List<String> READ_MODELS = List.of("history", "profiles", "award-queue", "digests");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String backend;
    private final ServerProcess server;
    private final Stores stores;
    private final WorkloadEvents workload;
    private final Report report;
    private final int requests;
    private final Random random = new Random(8);

    ServerPhases(
            String backend, ServerProcess server, Stores stores, WorkloadEvents workload, Report report, int requests) {
        this.backend = backend;
        this.server = server;
        this.stores = stores;
        this.workload = workload;
        this.report = report;
        this.requests = requests;
    }

    /**
     * The read models built from the ledger: first the catch-up the server does by itself after its start (on
     * the largest ledger this is nearly the whole ledger, and stands for the full replay there: a second pass
     * would double the run's longest phase); then, if asked, a reset of every read model and a full replay.
     */
    void replay(boolean resetAndReplay) throws Exception {
        server.phase("start-up catch-up");
        long head = stores.ledger.reader().head().position();
        long from = minimumPosition();
        double[] deserialisedBefore = {0, 0, 0, 0}; // since the server's start, which began the catch-up
        double[] cpuBefore = cpu();
        long start = System.nanoTime();
        awaitProjections(head, Duration.ofMinutes(60));
        double catchUpSeconds = (System.nanoTime() - start) / 1e9;
        printCpu("catch-up", cpuBefore, head - from);
        printDeserialised("catch-up", deserialisedBefore, head - from);
        if (head > from) {
            double perSecond = (head - from) / catchUpSeconds;
            System.out.printf(
                    "%s: catch-up after start, %,d → %,d in %.1f s: %,.0f events/s%n",
                    backend, from, head, catchUpSeconds, perSecond);
            report.projections.add(new Report.Projection(
                    backend, head, "catch-up after start", head - from, perSecond, catchUpSeconds, -1, -1, -1, -1));
        }
        orderedScan(head);
        if (!resetAndReplay) {
            return;
        }
        // a replay is asked of a server that has been running: first replays that warm it up (its code was compiled
        // only as far as one catch-up of the smallest ledger needed; benchmark.replay-warm-ups, 2 by default, not
        // counted — the first of them cost two to three times the CPU of the later ones), then benchmark.replays (3)
        // measured and their median reported: one replay of the smallest ledger lasts a few seconds, too short for
        // one figure
        int warmUps = Math.max(0, Integer.getInteger("benchmark.replay-warm-ups", 2));
        int replays = Math.max(1, Integer.getInteger("benchmark.replays", 3));
        if (warmUps > 0) {
            server.phase("full replay, warm-up");
        }
        for (int i = 1; i <= warmUps; i++) {
            fullReplay(head, "full replay, warm-up " + i + " of " + warmUps);
        }
        server.phase("full replay");
        List<Double> seconds = new ArrayList<>();
        for (int i = 1; i <= replays; i++) {
            seconds.add(fullReplay(head, "full replay " + i + " of " + replays));
        }
        double median = seconds.stream().sorted().toList().get(seconds.size() / 2);
        double replayPerSecond = head / median;
        System.out.printf(
                "%s: full replay of %,d events, median of %d: %.1f s, %,.0f events/s%n",
                backend, head, replays, median, replayPerSecond);
        report.projections.add(new Report.Projection(
                backend,
                head,
                "reset and full replay (median of " + replays + ", after " + warmUps + " to warm up)",
                head,
                replayPerSecond,
                median,
                -1,
                -1,
                -1,
                -1));
    }

    /**
     * Every read model reset at once, timed from before the resets until each has applied the head. Until
     * 2026-12-01 they were reset one after the other and timed from the last reset: a read model reset first had
     * replayed while the next ones were stopped and reset, so the rate counted only what was left (the third run
     * of that day: 12,954 events/s with 21 + 7 CPU ms per 1,000 events, most of the work untimed).
     */
    private double fullReplay(long head, String phase) throws Exception {
        double[] deserialisedBefore = deserialised();
        double[] cpuBefore = cpu();
        long start = System.nanoTime();
        ExecutorService resets = Executors.newFixedThreadPool(READ_MODELS.size());
        try {
            List<Future<HttpResponse<String>>> replays = new ArrayList<>();
            for (String name : READ_MODELS) {
                replays.add(resets.submit(() -> server.send(
                        server.request("/api/v1/admin/projections/" + name + "/replay")
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString())));
            }
            for (Future<HttpResponse<String>> replay : replays) {
                if (replay.get().statusCode() != 202) {
                    throw new IllegalStateException(
                            "A replay was refused: " + replay.get().body());
                }
            }
        } finally {
            resets.shutdownNow();
        }
        awaitProjections(head, Duration.ofMinutes(30));
        double seconds = (System.nanoTime() - start) / 1e9;
        printCpu(phase, cpuBefore, head);
        printDeserialised(phase, deserialisedBefore, head);
        System.out.printf(
                "%s: %s, %,d events in %.1f s: %,.0f events/s%n", backend, phase, head, seconds, head / seconds);
        return seconds;
    }

    /**
     * The limit a catch-up is measured against: the same store read in order by position, 1,000 events a
     * question, as the processors read it, without any read model (a reader of its own, so nothing comes from a
     * cache of recent events). Taken while the server is idle, in the benchmark process that holds the store.
     */
    private void orderedScan(long head) {
        var reader = stores.newLedgerEngine().reader();
        long start = System.nanoTime();
        long read = 0;
        while (read < head) {
            int got = reader.readStoredEvents(read, 1_000).size();
            if (got == 0) {
                break;
            }
            read += got;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "%s: ordered scan of %,d events in %.1f s: %,.0f events/s%n", backend, read, seconds, read / seconds);
        report.projections.add(new Report.Projection(
                backend, head, "ordered scan of the store (the limit)", read, read / seconds, seconds, -1, -1, -1, -1));
    }

    /** CPU seconds used so far by the server and by this process (which holds the embedded store). */
    private double[] cpu() {
        return new double[] {
            server.cpuSeconds(),
            ProcessHandle.current()
                    .info()
                    .totalCpuDuration()
                    .map(d -> d.toNanos() / 1e9)
                    .orElse(0.0)
        };
    }

    /**
     * What a phase cost in CPU, per 1,000 events: a figure that holds on a machine shared with other work, where the
     * events per second follow the share of the cores the processes got. The store's figure includes the polling.
     */
    private void printCpu(String phase, double[] before, long events) {
        double[] after = cpu();
        System.out.printf(
                "%s: %s cost the server %.1f CPU s (%.0f ms per 1,000 events) and the store's process %.1f CPU s"
                        + " (%.0f ms per 1,000 events); load average %.1f%n",
                backend,
                phase,
                after[0] - before[0],
                1000 * 1000 * (after[0] - before[0]) / Math.max(events, 1),
                after[1] - before[1],
                1000 * 1000 * (after[1] - before[1]) / Math.max(events, 1),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
    }

    /**
     * What the server's processors have deserialised so far: payloads, metadata ({@code ledger.store.deserialised});
     * how long they waited for one another; how many events they read from the store.
     */
    private double[] deserialised() throws Exception {
        return new double[] {
            gauge("ledger.store.deserialised?tag=part:payload"),
            gauge("ledger.store.deserialised?tag=part:metadata"),
            gauge("ledger.store.catch-up-wait"),
            gauge("ledger.store.read-for-processors")
        };
    }

    /** The server's gauge of that name (and tag), as its metrics endpoint answers it. */
    private double gauge(String name) throws Exception {
        return JSON.readTree(server.get("/actuator/metrics/" + name))
                .path("measurements")
                .path(0)
                .path("value")
                .asDouble();
    }

    /** Whether each event read was deserialised once for all read models (1.0 per event), or more often. */
    private void printDeserialised(String phase, double[] before, long events) throws Exception {
        double[] after = deserialised();
        System.out.printf(
                "%s: %s deserialised %,.0f payloads and %,.0f metadata for %,d events: %.2f and %.2f per event;"
                        + " read models waited %.1f s in all for slower ones; read from the store %.2f times per event%n",
                backend,
                phase,
                after[0] - before[0],
                after[1] - before[1],
                events,
                (after[0] - before[0]) / Math.max(events, 1),
                (after[1] - before[1]) / Math.max(events, 1),
                (after[2] - before[2]) / 1000,
                (after[3] - before[3]) / Math.max(events, 1));
    }

    private void awaitProjections(long head, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (minimumPosition() < head) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The read models did not reach position " + head + " within " + limit);
            }
            Thread.sleep(200);
        }
    }

    /** The lowest position any read model has applied. */
    private long minimumPosition() throws Exception {
        JsonNode all = JSON.readTree(server.get("/api/v1/admin/projections"));
        long minimum = Long.MAX_VALUE;
        for (JsonNode progress : all) {
            if (READ_MODELS.contains(progress.get("name").asText())) {
                minimum = Math.min(minimum, progress.get("position").asLong());
            }
        }
        return minimum;
    }

    void queries() throws Exception {
        server.phase("queries");
        if (workload.refused() > 0) {
            report.notes.add(Report.f(
                    "%s: the generator's aggregates refused %,d of its commands (nothing was "
                            + "appended for them); queries ask only about registered enterprises.",
                    backend, workload.refused()));
        }
        long head = stores.ledger.reader().head().position();
        // "as the ledger knew it" half-way through the ledger's recording
        // (after the 10,000 registrations, so that every enterprise asked about was known by then)
        long knownAtPosition = Math.min(head, Math.max(head / 2, 10_001));
        String knownAt = stores.ledger
                .reader()
                .readStoredEvent(knownAtPosition)
                .map(StoredEvent::timestamp)
                .orElseThrow();
        measure(head, "profile", requests, i -> "/api/v1/enterprises/" + someEnterprise());
        measure(head, "history", requests, i -> "/api/v1/enterprises/" + someEnterprise() + "/history");
        int blackListed =
                JSON.readTree(server.get("/api/v1/lists/black")).get("count").asInt();
        report.notes.add(Report.f(
                "%s: the black list at %,d events holds %,d enterprises (whole region, today).",
                backend, head, blackListed));
        measure(head, "black list, whole (JSON, unpaged)", Math.max(10, requests / 10), i -> "/api/v1/lists/black");
        measure(head, "black list, first page of 100 (JSON)", requests, i -> "/api/v1/lists/black?size=100");
        measure(
                head,
                "black list, page of 100 after a random USCC (JSON)",
                requests,
                i -> "/api/v1/lists/black?size=100&after=" + someEnterprise());
        measure(
                head,
                "black list, whole, CSV streamed",
                Math.max(10, requests / 10),
                i -> "/api/v1/lists/black?format=csv");
        measure(
                head,
                "eligibility, policy year 2021",
                requests,
                i -> "/api/v1/enterprises/" + someEnterprise() + "/eligibility?policyYear=2021");
        measure(
                head,
                "bitemporal status (validAt 2021-06-01, knownAt mid-ledger)",
                requests,
                i -> "/api/v1/enterprises/" + someEnterprise() + "/status?validAt=2021-06-01&knownAt="
                        + URLEncoder.encode(knownAt, StandardCharsets.UTF_8));
        measure(
                head,
                "feed page of 100 from a cursor in the second half",
                requests,
                i -> "/api/v1/feed?limit=100&after=" + (head / 2 + (long) (random.nextDouble() * (head / 2 - 100))));
    }

    private String someEnterprise() {
        List<String> registered = workload.registered();
        return registered.get(random.nextInt(registered.size()));
    }

    private void measure(long head, String name, int count, IntFunction<String> path) throws Exception {
        for (int i = 0; i < Math.min(20, count); i++) {
            server.get(path.apply(i)); // warm-up, not counted
        }
        long[][] nanos = new long[1][count];
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String p = path.apply(i);
            long t = System.nanoTime();
            server.get(p);
            nanos[0][i] = System.nanoTime() - t;
        }
        Latencies l = Latencies.of(nanos, (System.nanoTime() - start) / 1e9, count);
        report.queries.add(new Report.Query(backend, head, name, count, l.p50(), l.p99()));
        System.out.printf("%s: %s at %,d: p50 %.1f ms, p99 %.1f ms%n", backend, name, head, l.p50(), l.p99());
    }

    /**
     * Commands from a second command-side instance (this process) for {@code duration} with 8 clients, while
     * the server's read models follow; the lag is sampled five times a second.
     */
    void lagUnderLoad() throws Exception {
        server.phase("projection lag under load");
        Duration duration = Duration.ofSeconds(Long.getLong("benchmark.lag-seconds", 30));
        List<WorkloadEvents.Step> steps =
                workload.nextEnterpriseCommands(Integer.getInteger("benchmark.lag-commands", 40_000));
        List<Long> lags = new ArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        var engine = stores.newLedgerEngine();
        long before = stores.ledger.reader().head().position();
        Thread sampler = new Thread(() -> {
            while (writing.get()) {
                try {
                    long head = engine.reader().head().position();
                    lags.add(Math.max(0, head - minimumPosition()));
                    Thread.sleep(200);
                } catch (Exception e) {
                    return;
                }
            }
        });
        Latencies written;
        try (CommandPath path =
                new CommandPath(engine, new VerifiedAggregateCache(engine.reader(), BackendRun.AGGREGATE_CACHE))) {
            sampler.start();
            written = path.send(steps, 8, duration, new boolean[steps.size()]);
        } finally {
            writing.set(false);
            sampler.join();
        }
        long head = engine.reader().head().position();
        long stopped = System.nanoTime();
        awaitProjections(head, Duration.ofMinutes(10));
        double catchUp = (System.nanoTime() - stopped) / 1e9;
        long[] sorted = lags.stream().mapToLong(Long::longValue).sorted().toArray();
        double writesPerSecond = (head - before) / written.seconds();
        long p50 = sorted.length == 0 ? 0 : sorted[sorted.length / 2];
        long max = sorted.length == 0 ? 0 : sorted[sorted.length - 1];
        System.out.printf(
                "%s: lag under %,.0f events/s for %.0f s: p50 %,d, max %,d events; caught up %.1f s after%n",
                backend, writesPerSecond, written.seconds(), p50, max, catchUp);
        report.projections.add(new Report.Projection(
                backend,
                before,
                "live, under load",
                head - before,
                writesPerSecond,
                written.seconds(),
                writesPerSecond,
                p50,
                max,
                catchUp));
        // writes the generator planned but the window did not send are dropped: nothing later depends on them
        // being stored, as this is the last phase that appends
    }

    void audit() throws Exception {
        long head = stores.ledger.reader().head().position();
        server.phase("verification");
        long start = System.nanoTime();
        JsonNode verification = JSON.readTree(server.get("/api/v1/ledger/verify"));
        double verifySeconds = (System.nanoTime() - start) / 1e9;
        boolean ok = verification.get("ok").asBoolean();
        long checked = verification.get("checked").asLong();
        server.phase("export");
        start = System.nanoTime();
        HttpResponse<InputStream> response =
                server.send(server.request("/api/v1/ledger/export").build(), HttpResponse.BodyHandlers.ofInputStream());
        long lines = 0;
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            while (reader.readLine() != null) {
                lines++;
            }
        }
        double exportSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "%s: verified %,d events in %.1f s (ok: %s); exported %,d in %.1f s%n",
                backend, checked, verifySeconds, ok, lines, exportSeconds);
        report.audits.add(new Report.Audit(backend, head, checked / verifySeconds, lines / exportSeconds, ok));
    }

    /** The profile's top frames per phase, for the note on what limits each figure. */
    void profile(Path jfr) {
        try {
            report.profiles.add(Profiles.topFramesByPhase(jfr, server.phases(), backend, 8));
        } catch (Exception e) {
            report.notes.add("The profile " + jfr.getFileName() + " could not be read: " + e.getMessage());
        }
    }
}

package com.safetycredit.ledger.server.bench;

import com.mongodb.client.MongoClient;
import com.safetycredit.ledger.server.mongo.EmbeddedMongo;
import com.safetycredit.ledger.server.mongo.MongoClientFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * The whole benchmark in one command (see docs/benchmarks.md): on each backend — the embedded MongoDB in
 * memory, on an H2 file, and a real MongoDB when a URI is given — the ledger is grown in bulk to 10,000,
 * 100,000 and 1,000,000 events; at each size the three contestants append through the command path; at the
 * smallest and the largest size the packaged server runs as its own process and is measured over HTTP.
 * The tables are printed and written into docs/benchmarks.md between its generated-section markers.
 *
 * <p>Settings (system properties): {@code benchmark.backends} (memory,h2), {@code benchmark.mongo-uri} or
 * the environment's {@code LEDGER_BENCH_MONGO_URI} (adds a real MongoDB), {@code benchmark.sizes}
 * (10000,100000,1000000; on H2 10000,100000) or {@code benchmark.sizes.<backend>}, {@code benchmark.window} (commands per append window, 2000),
 * {@code benchmark.peer-seconds} (longest peer window, 20), {@code benchmark.peer-up-to} (100000),
 * {@code benchmark.requests} (per query, 200), {@code benchmark.out} (the Markdown file), {@code benchmark.group-commit}
 * (true: the contestant ledger writes concurrent commits as groups, as the server does).
 */
public final class LedgerBenchmark {

    static final String BEGIN = "<!-- benchmark:begin (written by LedgerBenchmark; edits here are overwritten) -->";
    static final String END = "<!-- benchmark:end -->";
    static final Phases PHASES = new Phases();

    public static void main(String[] args) throws Exception {
        Instant started = Instant.now();
        Path root = projectRoot();
        Path workDir = root.resolve("server/target/benchmark");
        Files.createDirectories(workDir);
        Path jar = root.resolve("server/target/safety-credit-ledger.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Package the server first: " + jar + " is missing");
        }
        BackendRun.Settings settings = new BackendRun.Settings(
                sizes("memory"),
                Integer.getInteger("benchmark.window", 2000),
                Duration.ofSeconds(Long.getLong("benchmark.peer-seconds", 20)),
                Long.getLong("benchmark.peer-up-to", 100_000),
                jar,
                workDir,
                // what the 1,000,000-event catch-up holds (~620 MB live) with room to collect: the server's peak
                // resident size follows the heap it is allowed, and a larger one is only filled with garbage
                System.getProperty("benchmark.server-heap", "1100m"),
                Integer.getInteger("benchmark.requests", 200));
        List<String> backends = new ArrayList<>(Arrays.asList(
                System.getProperty("benchmark.backends", "memory,h2").split(",")));
        String uri =
                System.getProperty("benchmark.mongo-uri", System.getenv().getOrDefault("LEDGER_BENCH_MONGO_URI", ""));
        if (!uri.isBlank()) {
            backends.add("mongodb");
        }
        Report report = new Report();
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.start();
        for (String backend : backends) {
            Instant backendStarted = Instant.now();
            runOn(backend.strip(), uri, workDir, settings.withSizes(sizes(backend.strip())), report);
            report.notes.add(Report.f(
                    "%s: all phases took %d min.",
                    backend, Duration.between(backendStarted, Instant.now()).toMinutes()));
            // written after every backend, so a run stopped later still leaves what it measured
            write(out(root), header(Duration.between(started, Instant.now()), settings) + report.markdown());
        }
        Path benchJfr = workDir.resolve("benchmark-process.jfr");
        recording.dump(benchJfr);
        recording.close();
        report.profiles.add(Profiles.topFramesByPhase(
                benchJfr, PHASES.spans(), "benchmark process (embedded store, contestants)", 6));
        Duration total = Duration.between(started, Instant.now());
        String section = header(total, settings) + report.markdown();
        System.out.println(section);
        Path out = out(root);
        write(out, section);
        System.out.println("Written to " + out);
    }

    private static Path out(Path root) {
        return Path.of(System.getProperty(
                "benchmark.out", root.resolve("docs/benchmarks.md").toString()));
    }

    /**
     * The ledger sizes for a backend: {@code benchmark.sizes.<backend>}, else {@code benchmark.sizes}, else
     * 10,000, 100,000 and 1,000,000 — but only up to 100,000 on the H2 file, whose bulk load and catch-up
     * alone would take the whole half hour at 1,000,000 on two cores.
     */
    static long[] sizes(String backend) {
        String fallback = "h2".equals(backend) ? "10000,100000" : "10000,100000,1000000";
        String sizes = firstGiven(
                System.getProperty("benchmark.sizes." + backend),
                firstGiven(System.getProperty("benchmark.sizes"), fallback));
        return Arrays.stream(sizes.split(","))
                .mapToLong(size -> Long.parseLong(size.strip()))
                .toArray();
    }

    private static String firstGiven(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static void runOn(String backend, String uri, Path workDir, BackendRun.Settings settings, Report report)
            throws Exception {
        switch (backend) {
            case "memory" -> {
                try (EmbeddedMongo mongo = EmbeddedMongo.inMemory();
                        MongoClient client = MongoClientFactory.create(mongo.connectionString())) {
                    new BackendRun(backend, client, mongo.connectionString(), () -> {}, settings, report).run();
                }
            }
            case "h2" -> {
                Path data = workDir.resolve("h2");
                deleteRecursively(data);
                try (EmbeddedMongo mongo = EmbeddedMongo.onDisk(data, 0);
                        MongoClient client = mongo.client()) {
                    // the ledger flushed after every commit, as the server does: durable per commit, as PostgreSQL
                    BackendRun run = new BackendRun(
                                    backend, client, mongo.connectionString(), mongo::flush, settings, report)
                            .withServerJvmOptions(lockedStoreKeys(data));
                    if (Boolean.parseBoolean(System.getProperty("benchmark.postgres", "true"))) {
                        PostgresPeer.start(workDir, report).ifPresent(run::withPostgres);
                    }
                    run.run();
                }
            }
            case "mongodb" -> {
                try (MongoClient client = MongoClientFactory.create(uri)) {
                    new BackendRun(backend, client, uri, () -> {}, settings, report).run();
                }
            }
            default -> throw new IllegalArgumentException("Unknown backend " + backend + ": memory, h2 or mongodb");
        }
    }

    /**
     * The file store speaks only mutual TLS (EmbeddedCertificates): the server, as a second process, presents the
     * client key made for this data folder and trusts its authority, through the JVM's standard TLS settings.
     */
    private static List<String> lockedStoreKeys(Path data) throws Exception {
        Path tls = data.toAbsolutePath().normalize().resolve("tls");
        String password = Files.readString(tls.resolve("keystore-password")).strip();
        return List.of(
                "-Djavax.net.ssl.keyStore=" + tls.resolve("client.p12"),
                "-Djavax.net.ssl.keyStoreType=PKCS12",
                "-Djavax.net.ssl.keyStorePassword=" + password,
                "-Djavax.net.ssl.trustStore=" + tls.resolve("trust.p12"),
                "-Djavax.net.ssl.trustStoreType=PKCS12",
                "-Djavax.net.ssl.trustStorePassword=" + password);
    }

    private static String header(Duration total, BackendRun.Settings settings) throws Exception {
        return Report.f(
                "Measured %s on %s. The whole run took %d min %d s.%n%n",
                Instant.now()
                        .truncatedTo(ChronoUnit.MINUTES)
                        .atOffset(ZoneOffset.UTC)
                        .toLocalDate(),
                Machine.describe(),
                total.toMinutes(),
                total.toSecondsPart());
    }

    static void write(Path out, String section) throws Exception {
        String document = Files.exists(out) ? Files.readString(out) : "# Benchmarks\n\n" + BEGIN + "\n" + END + "\n";
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        if (begin < 0 || end < begin) {
            document = document + "\n" + BEGIN + "\n" + END + "\n";
            begin = document.indexOf(BEGIN);
            end = document.indexOf(END);
        }
        Files.writeString(
                out, document.substring(0, begin + BEGIN.length()) + "\n" + section + document.substring(end));
    }

    static Path projectRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("server")) ? here : here.getParent();
    }

    private static void deleteRecursively(Path path) throws Exception {
        if (!Files.exists(path)) {
            return;
        }
        try (var files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

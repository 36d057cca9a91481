package com.safetycredit.ledger.server.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;

/**
 * The second peer: Axon's own {@code JdbcEventStorageEngine} on PostgreSQL, which most Axon users without Axon
 * Server run. The PostgreSQL is the benchmark's own ({@code server/benchmark/postgres.sh}: installed from Debian's
 * packages if missing and run as root, started in a folder of its own on loopback, durable per commit); its
 * connections come from a pool, each append one JDBC batch in one transaction, as Axon's engine does it.
 */
final class PostgresPeer implements AutoCloseable {

    static final String NAME = "axon-jdbc (PostgreSQL)";

    final JdbcEventStorageEngine engine;
    final String version;
    private final HikariDataSource pool;
    private final Path folder;
    long events;

    private PostgresPeer(Path folder, int port, String version) {
        this.folder = folder;
        this.version = version;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + port + "/bench");
        config.setUsername("bench");
        config.setMaximumPoolSize(16);
        this.pool = new HikariDataSource(config);
        this.engine = JdbcEventStorageEngine.builder()
                .connectionProvider(
                        new UnitOfWorkAwareConnectionProviderWrapper(new DataSourceConnectionProvider(pool)))
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(Stores.eventSerializer())
                .snapshotSerializer(Stores.snapshotSerializer())
                .build();
        engine.createSchema(PostgresEventTableFactory.INSTANCE);
    }

    /** Started, or empty with the reason in the report's notes (no PostgreSQL here, and none installable). */
    static Optional<PostgresPeer> start(Path workDir, Report report) {
        Path folder = workDir.resolve("postgres").toAbsolutePath();
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Result started = script("start", folder.toString(), String.valueOf(port));
            if (started.status != 0) {
                report.notes.add("The PostgreSQL peer was skipped: " + started.output.strip());
                return Optional.empty();
            }
            List<String> lines = started.output.strip().lines().toList();
            PostgresPeer peer = new PostgresPeer(folder, port, lines.isEmpty() ? "" : lines.get(lines.size() - 1));
            // a run that fails half-way must not leave its PostgreSQL running
            Runtime.getRuntime().addShutdownHook(new Thread(peer::stopQuietly));
            return Optional.of(peer);
        } catch (Exception e) {
            report.notes.add("The PostgreSQL peer was skipped: " + e.getMessage());
            return Optional.empty();
        }
    }

    private record Result(int status, String output) {}

    private static Result script(String... args) throws IOException, InterruptedException {
        Path script = LedgerBenchmark.projectRoot().resolve("server/benchmark/postgres.sh");
        List<String> command = new ArrayList<>(List.of("sh", script.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Result(-1, "postgres.sh " + args[0] + " did not finish within 10 minutes");
        }
        return new Result(process.exitValue(), output);
    }

    private boolean stopped;

    @Override
    public synchronized void close() throws IOException {
        if (stopped) {
            return;
        }
        stopped = true;
        pool.close();
        try {
            script("stop", folder.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping PostgreSQL", e);
        }
    }

    private void stopQuietly() {
        try {
            close();
        } catch (IOException e) {
            System.err.println("Could not stop the benchmark's PostgreSQL: " + e.getMessage());
        }
    }
}

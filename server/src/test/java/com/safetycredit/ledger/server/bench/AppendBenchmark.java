package com.safetycredit.ledger.server.bench;

import com.mongodb.client.MongoClient;
import com.safetycredit.ledger.server.mongo.EmbeddedMongo;
import com.safetycredit.ledger.server.mongo.MongoClientFactory;
import com.safetycredit.ledger.store.MongoLedgerStorageEngine;
import com.safetycredit.ledger.store.testing.TestEvents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Store-level append rate: one-event commits straight into the storage engine, measured in windows as the
 * ledger grows, so a cost that grows with the size of the ledger shows up.
 *
 * <pre>
 * ./mvnw -q -pl shared test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.safetycredit.ledger.server.bench.AppendBenchmark -Dexec.args="memory 50000 1"
 * </pre>
 * Arguments: backend ({@code memory}, {@code h2} or a MongoDB URI), events, writer threads.
 */
public final class AppendBenchmark {

    public static void main(String[] args) throws Exception {
        String backend = args.length > 0 ? args[0] : "memory";
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Path dir = Files.createTempDirectory("ledger-bench");
        EmbeddedMongo embedded =
                switch (backend) {
                    case "memory" -> EmbeddedMongo.inMemory();
                    case "h2" -> EmbeddedMongo.onDisk(dir, 0);
                    default -> null;
                };
        try (MongoClient client = embedded != null ? embedded.client() : MongoClientFactory.create(backend)) {
            String database = "ledger_bench_" + System.nanoTime();
            MongoLedgerStorageEngine store = MongoLedgerStorageEngine.builder()
                    .database(client.getDatabase(database))
                    .registry(TestEvents.REGISTRY)
                    .eventSerializer(TestEvents.serializer())
                    .snapshotSerializer(TestEvents.serializer())
                    .afterCommit(embedded == null ? () -> {} : embedded::flush)
                    .build();
            System.out.printf(
                    "backend=%s events=%d threads=%d java=%s cores=%d%n",
                    backend,
                    events,
                    threads,
                    System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors());
            System.out.println("| stored before | events in window | events/s | p50 ms | p99 ms |");
            System.out.println("|---|---|---|---|---|");
            int window = Math.max(1000, events / 10);
            for (int done = 0; done < events; done += window) {
                measureWindow(store, done, Math.min(window, events - done), threads);
            }
            if (embedded == null) {
                client.getDatabase(database).drop();
            }
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private static void measureWindow(MongoLedgerStorageEngine store, int offset, int count, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                int mine = count / threads + (thread < count % threads ? 1 : 0);
                long[] latencies = new long[mine];
                for (int i = 0; i < mine; i++) {
                    long begin = System.nanoTime();
                    store.appendEvents(TestEvents.recorded("bench-" + offset + "-" + thread + "-" + i, 0));
                    latencies[i] = System.nanoTime() - begin;
                }
                return latencies;
            }));
        }
        long[] all = new long[0];
        for (Future<long[]> future : futures) {
            long[] part = future.get();
            long[] merged = Arrays.copyOf(all, all.length + part.length);
            System.arraycopy(part, 0, merged, all.length, part.length);
            all = merged;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(all);
        System.out.printf(
                "| %d | %d | %.0f | %.2f | %.2f |%n",
                offset, count, count / seconds, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6);
    }
}

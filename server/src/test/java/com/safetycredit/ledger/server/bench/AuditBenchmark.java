package com.safetycredit.ledger.server.bench;

import com.mongodb.client.MongoClient;
import com.safetycredit.ledger.contracts.chain.ChainVerification;
import com.safetycredit.ledger.contracts.chain.LedgerHead;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.contracts.export.ExportFormat;
import com.safetycredit.ledger.rules.credit.CreditRules;
import com.safetycredit.ledger.rules.policy.AwardPolicyCatalog;
import com.safetycredit.ledger.server.mongo.EmbeddedMongo;
import com.safetycredit.ledger.server.mongo.MongoClientFactory;
import com.safetycredit.ledger.store.MongoLedgerStorageEngine;
import com.safetycredit.ledger.store.StoredChain;
import com.safetycredit.ledger.store.testing.TestEvents;
import com.safetycredit.ledger.verifier.OfflineVerifier;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;

/**
 * Export and verification of a large ledger, in constant memory:
 * <pre>
 * ./mvnw -q -pl shared test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.safetycredit.ledger.server.bench.AuditBenchmark -Dexec.args="100000"
 * </pre>
 * Appends N events (commits of 1–3) to an in-memory embedded MongoDB, exports them page by page to an NDJSON
 * file, verifies the file offline and the store online, and reports rates and how far the retained heap
 * grew (measured after a GC every 20,000 events, so it counts what the work keeps, not garbage).
 */
public final class AuditBenchmark {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path file = Files.createTempFile("ledger-export", ".ndjson");
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory();
                MongoClient client = MongoClientFactory.create(mongo.connectionString())) {
            MongoLedgerStorageEngine store = TestEvents.engine(client.getDatabase("audit_bench"));
            long start = System.nanoTime();
            int appended = 0;
            for (int c = 0; appended < events; c++) {
                String id = "bench-" + c;
                int size = Math.min(1 + c % 3, events - appended);
                var commit = new ArrayList<EventMessage<?>>();
                for (int s = 0; s < size; s++) {
                    commit.add(TestEvents.recorded(id, s));
                }
                store.appendEvents(commit);
                appended += size;
            }
            double appendSeconds = seconds(start);
            LedgerHead head = store.reader().head();

            System.gc();
            long baseline = used();
            long peak = baseline;
            start = System.nanoTime();
            try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (long after = 0; after < head.position(); ) {
                    List<StoredEvent> page = store.reader().readStoredEventsUnchecked(after, 500);
                    for (StoredEvent event : page) {
                        writer.write(ExportFormat.line(event));
                        writer.write('\n');
                    }
                    after = page.get(page.size() - 1).position();
                    if (after % 20_000 < 500) {
                        peak = Math.max(peak, liveAfterGc());
                    }
                }
            }
            double exportSeconds = seconds(start);
            long exportPeak = peak - baseline;

            System.gc();
            baseline = used();
            long[] verifyPeak = {baseline};
            start = System.nanoTime();
            OfflineVerifier.Report report;
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                var lines = OfflineVerifier.lines(reader);
                var sampled = new Iterator<StoredEvent>() {
                    public boolean hasNext() {
                        return lines.hasNext();
                    }

                    public StoredEvent next() {
                        StoredEvent event = lines.next();
                        if (event.position() % 20_000 == 0) {
                            verifyPeak[0] = Math.max(verifyPeak[0], liveAfterGc());
                        }
                        return event;
                    }
                };
                report = new OfflineVerifier(TestEvents.REGISTRY, CreditRules.shipped(), AwardPolicyCatalog.shipped())
                        .verify(
                                sampled,
                                new OfflineVerifier.Options(
                                        head.position(), head.hash(), 1, null, LocalDate.of(2024, 1, 1)));
            }
            double offlineSeconds = seconds(start);

            start = System.nanoTime();
            ChainVerification online =
                    new StoredChain(store.reader(), TestEvents.REGISTRY).verify(1, head.position(), n -> {});
            double onlineSeconds = seconds(start);

            System.out.printf(
                    "events=%d java=%s cores=%d max-heap=%d MB%n",
                    events,
                    System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.println(
                    "| phase | events/s | retained heap growth (MB, after GC, every 20,000 events) | result |");
            System.out.println("|---|---|---|---|");
            System.out.printf(
                    "| append (store, 1 writer) | %.0f | – | head %d |%n", events / appendSeconds, head.position());
            System.out.printf(
                    "| export to NDJSON (%d MB) | %.0f | %d | – |%n",
                    Files.size(file) >> 20, events / exportSeconds, exportPeak >> 20);
            System.out.printf(
                    "| offline verification of the file | %.0f | %d | ok=%s head=%s |%n",
                    events / offlineSeconds,
                    (verifyPeak[0] - baseline) >> 20,
                    report.chain().ok(),
                    report.headMatches());
            System.out.printf(
                    "| online verification of the store | %.0f | – | ok=%s checked=%d |%n",
                    events / onlineSeconds, online.ok(), online.checked());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Heap still reachable: what an export or verification retains, garbage excluded. */
    private static long liveAfterGc() {
        System.gc();
        return used();
    }

    private static long used() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}

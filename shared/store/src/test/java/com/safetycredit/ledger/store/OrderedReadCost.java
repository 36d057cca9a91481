package com.safetycredit.ledger.store;

import static com.safetycredit.ledger.store.testing.TestEvents.recorded;

import com.mongodb.client.MongoDatabase;
import com.safetycredit.ledger.store.testing.TestEvents;
import com.safetycredit.ledger.store.testing.TestMongo;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;

/**
 * What an ordered read of the whole ledger costs (CPU of this process: the embedded store and the driver both),
 * by how many positions one question asks for. Not a test: run it with the store's test class path —
 * {@code java -cp … com.safetycredit.ledger.store.OrderedReadCost [events] [questionSizes…]}. Commits hold one
 * to three events, as the command side writes them.
 */
public final class OrderedReadCost {

    private OrderedReadCost() {}

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1000, 250, 100);
        }
        try (TestMongo mongo = TestMongo.start()) {
            MongoDatabase database = mongo.newConnection();
            MongoLedgerStorageEngine engine = TestEvents.engine(database);
            LedgerBulkLoader loader = new LedgerBulkLoader(engine);
            List<List<EventMessage<?>>> commits = new ArrayList<>();
            int stored = 0;
            for (int commit = 0; stored < events; commit++) {
                List<EventMessage<?>> one = new ArrayList<>();
                for (int i = 0; i <= commit % 3 && stored < events; i++, stored++) {
                    one.add(recorded("thing-" + stored, 0));
                }
                commits.add(one);
                if (commits.size() == 2000) {
                    loader.append(commits);
                    commits.clear();
                }
            }
            loader.append(commits);
            System.out.printf("%,d events stored%n", events);
            for (int round = 0; round < 2; round++) {
                for (int variant = 0; variant < 2 * sizes.size(); variant++) {
                    int size = sizes.get(variant / 2);
                    boolean byId = variant % 2 == 1;
                    LedgerReader reader = new LedgerReader(
                            engine.collections(), new HeadTracker(engine.collections()), 0, size, byId);
                    long cpu = cpu();
                    long wall = System.nanoTime();
                    long read = 0;
                    for (long after = 0; ; ) {
                        var batch = reader.readStoredEvents(after, 1000);
                        if (batch.isEmpty()) {
                            break;
                        }
                        read += batch.size();
                        after = batch.get(batch.size() - 1).position();
                    }
                    System.out.printf(
                            "round %d, %4d positions a question, by %s: %,d events, %.0f CPU ms per 1,000 events, %,.0f events/s%n",
                            round,
                            size,
                            byId ? "commit id" : "positions",
                            read,
                            (cpu() - cpu) / 1e6 / (read / 1000.0),
                            read / ((System.nanoTime() - wall) / 1e9));
                }
            }
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}

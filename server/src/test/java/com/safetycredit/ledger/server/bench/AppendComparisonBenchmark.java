package com.safetycredit.ledger.server.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.safetycredit.ledger.command.enterprise.EnterpriseAggregate;
import com.safetycredit.ledger.shared.commands.ApplyForAward;
import com.safetycredit.ledger.shared.commands.ReviewAward;
import com.safetycredit.ledger.shared.events.LedgerEventCatalog;
import com.safetycredit.ledger.shared.mongo.EmbeddedMongo;
import com.safetycredit.ledger.shared.mongo.MongoClientFactory;
import com.safetycredit.ledger.shared.sample.Workload;
import com.safetycredit.ledger.shared.store.LedgerSerializer;
import com.safetycredit.ledger.shared.store.MongoLedgerStorageEngine;
import com.safetycredit.ledger.shared.store.StoredEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Append rate through the full command path (command gateway, aggregate load, store append, concurrency
 * check) for three contestants on the same embedded MongoDB (memory backend): our ledger store, axon-mongo's
 * {@code MongoEventStorageEngine} (the peer), and raw driver inserts of the same event documents (the store's
 * limit). Measured at two ledger sizes, with 1 and 8 clients.
 * <pre>
 * ./mvnw -q -pl server -am test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.safetycredit.ledger.server.bench.AppendComparisonBenchmark -Dexec.args="10000 100000 2000"
 * </pre>
 * Arguments: the smaller size, the larger size, commands per measured window. The peer's loading is cut
 * short after 5 minutes; the table says where it stopped.
 */
public final class AppendComparisonBenchmark {

    private static final Duration PEER_LOAD_LIMIT = Duration.ofMinutes(5);

    record Result(String contestant, long storedBefore, int clients, double eventsPerSecond, double p50, double p99) {
    }

    public static void main(String[] args) throws Exception {
        int small = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int large = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int window = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        List<Result> results = new ArrayList<>();
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory();
             MongoClient client = MongoClientFactory.create(mongo.connectionString())) {
            for (String contestant : System.getProperty("benchmark.contestants", "ledger,axon-mongo").split(",")) {
                MongoDatabase database = client.getDatabase("bench_" + contestant.replace('-', '_'));
                Contestant run = new Contestant(contestant, engine(contestant, database));
                for (int size : new int[]{small, large}) {
                    boolean reached = run.loadTo(size, contestant.equals("axon-mongo") ? PEER_LOAD_LIMIT : Duration.ofDays(1));
                    for (int clients : new int[]{1, 8}) {
                        results.add(run.measure(window, clients));
                    }
                    if (!reached) {
                        break; // the peer was cut short: its last rows say where
                    }
                }
                run.stop();
                if (contestant.equals("ledger")) {
                    results.addAll(raw(client, database, small, large, window));
                }
            }
        }
        StringBuilder table = new StringBuilder("| contestant | stored events before | clients | commands/s (≈ events/s) | p50 ms | p99 ms |\n|---|---|---|---|---|---|\n");
        for (Result r : results) {
            table.append(String.format("| %s | %,d | %d | %,.0f | %.2f | %.2f |%n", r.contestant(), r.storedBefore(),
                    r.clients(), r.eventsPerSecond(), r.p50(), r.p99()));
        }
        String machine = String.format("%d cores, %d MB max heap, Java %s, %s", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"), System.getProperty("os.name"));
        System.out.println(machine);
        System.out.print(table);
        Path out = Path.of(System.getProperty("benchmark.out", "../docs/append-comparison.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, "# Append comparison\n\nMachine: " + machine + ", " + Instant.now() + "\n\n" + table);
    }

    private static EventStorageEngine engine(String contestant, MongoDatabase database) {
        LedgerSerializer serializer = new LedgerSerializer(JacksonSerializer.defaultSerializer(), LedgerEventCatalog.registry());
        if (contestant.equals("ledger")) {
            return MongoLedgerStorageEngine.builder().database(database).registry(LedgerEventCatalog.registry())
                    .batchSize(Integer.getInteger("benchmark.batch", 100))
                    .eventSerializer(serializer).snapshotSerializer(JacksonSerializer.defaultSerializer()).build();
        }
        MongoEventStorageEngine peer = MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
                .eventSerializer(serializer).snapshotSerializer(JacksonSerializer.defaultSerializer()).build();
        peer.ensureIndexes();
        return peer;
    }

    /** One contestant behind a real Axon command path with the enterprise aggregate. */
    private static final class Contestant {
        private final String name;
        private final Configuration axon;
        private final CommandGateway gateway;
        private final Workload workload = new Workload(8, 10_000);
        private long stored;

        Contestant(String name, EventStorageEngine engine) {
            this.name = name;
            this.axon = DefaultConfigurer.defaultConfiguration()
                    .configureEmbeddedEventStore(c -> engine)
                    .configureAggregate(Boolean.getBoolean("benchmark.cache")
                            ? org.axonframework.config.AggregateConfigurer.defaultConfiguration(EnterpriseAggregate.class)
                            .configureCache(c -> new org.axonframework.common.caching.WeakReferenceCache())
                            : org.axonframework.config.AggregateConfigurer.defaultConfiguration(EnterpriseAggregate.class))
                    .buildConfiguration();
            axon.start();
            this.gateway = axon.commandGateway();
        }

        /** Appends until the store holds {@code size} events; false if the time limit stopped it first. */
        boolean loadTo(long size, Duration limit) {
            Instant deadline = Instant.now().plus(limit);
            while (stored < size) {
                send(nextCommand());
                if (Instant.now().isAfter(deadline)) {
                    System.out.printf("%s: loading cut short at %,d stored events%n", name, stored);
                    return false;
                }
            }
            return true;
        }

        Result measure(int commands, int clients) throws Exception {
            long before = stored;
            List<Object> batch = new ArrayList<>();
            for (int i = 0; i < commands; i++) {
                batch.add(nextCommand());
            }
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long start = System.nanoTime();
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    List<Long> latencies = new ArrayList<>();
                    // each enterprise belongs to one client, so its commands keep their order and never race
                    for (Object command : batch) {
                        if (Math.floorMod(usccOf(command).hashCode(), clients) != client) {
                            continue;
                        }
                        long t = System.nanoTime();
                        send(command);
                        latencies.add(System.nanoTime() - t);
                    }
                    return latencies.stream().mapToLong(Long::longValue).toArray();
                }));
            }
            long[] all = new long[0];
            for (Future<long[]> f : futures) {
                long[] part = f.get();
                long[] merged = Arrays.copyOf(all, all.length + part.length);
                System.arraycopy(part, 0, merged, all.length, part.length);
                all = merged;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            Arrays.sort(all);
            long appended = stored - before;
            return new Result(name, before, clients, appended / seconds, all[all.length / 2] / 1e6,
                    all[(int) (all.length * 0.99)] / 1e6);
        }

        private synchronized Object nextCommand() {
            Object command;
            do {
                command = workload.next();
            } while (command instanceof ApplyForAward || command instanceof ReviewAward);
            return command;
        }

        private void send(Object command) {
            gateway.sendAndWait(command);
            synchronized (this) {
                stored += eventsOf(command);
            }
        }

        private static String usccOf(Object command) {
            try {
                return (String) command.getClass().getMethod("uscc").invoke(command);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(command.getClass() + " has no uscc", e);
            }
        }

        /** Events a workload command appends (a listing may also revoke certificates: counted as one here). */
        private static int eventsOf(Object command) {
            return 1;
        }

        void stop() {
            axon.shutdown();
        }
    }

    /** The store's limit: the same event documents, inserted one per event with the plain driver, 1 and 8 clients. */
    private static List<Result> raw(MongoClient client, MongoDatabase ledger, int small, int large, int window) throws Exception {
        MongoCollection<Document> target = client.getDatabase("bench_raw").getCollection("events");
        List<Document> source = new ArrayList<>();
        MongoLedgerStorageEngine reader = MongoLedgerStorageEngine.builder().database(ledger)
                .registry(LedgerEventCatalog.registry())
                .eventSerializer(JacksonSerializer.defaultSerializer()).snapshotSerializer(JacksonSerializer.defaultSerializer()).build();
        for (long after = 0; ; ) {
            List<StoredEvent> page = reader.readStoredEvents(after, 1000);
            if (page.isEmpty()) {
                break;
            }
            for (StoredEvent e : page) {
                source.add(new Document("position", e.position()).append("type", e.type()).append("aggregateId", e.aggregateId())
                        .append("sequence", e.sequence()).append("timestamp", e.timestamp()).append("payload", e.payload())
                        .append("metadata", e.metadata()).append("hash", e.hash()));
            }
            after = page.get(page.size() - 1).position();
        }
        List<Result> results = new ArrayList<>();
        int next = 0;
        for (int size : new int[]{small, large}) {
            while (next < size && next < source.size()) {
                target.insertOne(new Document(source.get(next++)));
            }
            for (int clients : new int[]{1, 8}) {
                int from = next;
                int to = Math.min(source.size(), next + window);
                ExecutorService pool = Executors.newFixedThreadPool(clients);
                long start = System.nanoTime();
                List<Future<long[]>> futures = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int client0 = c;
                    futures.add(pool.submit(() -> {
                        List<Long> latencies = new ArrayList<>();
                        for (int i = from + client0; i < to; i += clients) {
                            long t = System.nanoTime();
                            target.insertOne(new Document(source.get(i)));
                            latencies.add(System.nanoTime() - t);
                        }
                        return latencies.stream().mapToLong(Long::longValue).toArray();
                    }));
                }
                long[] all = new long[0];
                for (Future<long[]> f : futures) {
                    long[] part = f.get();
                    long[] merged = Arrays.copyOf(all, all.length + part.length);
                    System.arraycopy(part, 0, merged, all.length, part.length);
                    all = merged;
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                pool.shutdown();
                Arrays.sort(all);
                results.add(new Result("raw inserts", from, clients, (to - from) / seconds, all[all.length / 2] / 1e6,
                        all[(int) (all.length * 0.99)] / 1e6));
                next = to;
            }
        }
        return results;
    }
}

package com.safetycredit.ledger.server.bench;

import com.mongodb.client.MongoCollection;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;

/**
 * The store's limit: the plain driver inserting the same event documents, one insert per event, each followed by
 * what follows a ledger commit ({@code afterInsert}: on the H2 file a flush, so the limit is as durable).
 */
final class RawInserts {

    private RawInserts() {}

    static Latencies insert(
            MongoCollection<Document> target, List<StoredEvent> events, int clients, Runnable afterInsert)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                for (int i = client; i < events.size(); i += clients) {
                    Document document = Stores.rawDocument(events.get(i));
                    long t = System.nanoTime();
                    target.insertOne(document);
                    afterInsert.run();
                    latencies.add(System.nanoTime() - t);
                }
                return latencies.stream().mapToLong(Long::longValue).toArray();
            }));
        }
        long[][] parts = new long[clients][];
        for (int c = 0; c < clients; c++) {
            parts[c] = futures.get(c).get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return Latencies.of(parts, seconds, events.size());
    }
}

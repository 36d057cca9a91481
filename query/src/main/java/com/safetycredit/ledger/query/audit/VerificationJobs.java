package com.safetycredit.ledger.query.audit;

import com.safetycredit.ledger.contracts.events.EventTypeRegistry;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.contracts.chain.ChainVerification;
import com.safetycredit.ledger.store.StoredChain;
import com.safetycredit.ledger.store.MongoLedgerStorageEngine;
import jakarta.annotation.PreDestroy;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Long verifications in the background, with progress: {@code POST /api/v1/ledger/verifications} starts
 * one, {@code GET /api/v1/ledger/verifications/{id}} tells how far it got and, at the end, the result. Jobs
 * live in memory: a restart forgets them, and the auditor starts the (repeatable) computation again.
 */
@RestController
public class VerificationJobs {

    public record Job(String id, long from, long to, long checked, boolean done, ChainVerification result) {
    }

    private record Running(long from, long to, AtomicLong checked, java.util.concurrent.atomic.AtomicReference<ChainVerification> result) {
    }

    private final StoredChain chain;
    private final LedgerAuditController ranges;
    private final Map<String, Running> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "ledger-verification");
        thread.setDaemon(true);
        return thread;
    });

    public VerificationJobs(MongoLedgerStorageEngine store, EventTypeRegistry registry, LedgerAuditController ranges) {
        this.chain = new StoredChain(store, registry);
        this.ranges = ranges;
    }

    @PostMapping("/api/v1/ledger/verifications")
    public ResponseEntity<Job> start(@RequestParam(defaultValue = "1") long from, @RequestParam(required = false) Long to,
                                     @RequestParam(required = false) String previousHash) {
        long end = ranges.range(from, to);
        String id = UUID.randomUUID().toString();
        Running running = new Running(from, end, new AtomicLong(), new java.util.concurrent.atomic.AtomicReference<>());
        jobs.put(id, running);
        executor.submit(() -> {
            running.result().set(previousHash == null
                    ? chain.verify(from, end, running.checked()::set)
                    : chain.verifyFrom(from, end, previousHash, running.checked()::set));
        });
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/ledger/verifications/" + id))
                .body(job(id));
    }

    @GetMapping("/api/v1/ledger/verifications/{id}")
    public Job job(@PathVariable String id) {
        Running running = jobs.get(id);
        if (running == null) {
            throw new NotFoundException("Unknown verification", "No verification " + id + " (jobs are kept in memory until a restart)");
        }
        ChainVerification result = running.result().get();
        return new Job(id, running.from(), running.to(), result == null ? running.checked().get() : result.checked(),
                result != null, result);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}

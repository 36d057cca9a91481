package com.safetycredit.ledger.query.audit;

import com.safetycredit.ledger.contracts.chain.ChainVerification;
import com.safetycredit.ledger.contracts.events.EventTypeRegistry;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.rules.policy.MoneyCheck;
import com.safetycredit.ledger.store.LedgerReader;
import com.safetycredit.ledger.store.StoredChain;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Long verifications in the background, with progress: a job is started, and asked how far it got and, at
 * the end, for the result. Jobs live in memory: a restart forgets them, and the auditor starts the
 * (repeatable) computation again.
 */
@Component
public class VerificationJobs {

    /** {@code moneyInvariants}: over the whole ledger (from position 1), the money checks, once the chain is done. */
    public record Job(
            String id,
            long from,
            long to,
            long checked,
            boolean done,
            ChainVerification result,
            MoneyCheck moneyInvariants) {}

    private record Running(
            long from,
            long to,
            AtomicLong checked,
            AtomicReference<ChainVerification> result,
            AtomicReference<MoneyCheck> money) {}

    private final StoredChain chain;
    private final LedgerAudit ranges;
    private final Map<String, Running> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "ledger-verification");
        thread.setDaemon(true);
        return thread;
    });

    public VerificationJobs(LedgerReader store, EventTypeRegistry registry, LedgerAudit ranges) {
        this.chain = new StoredChain(store, registry);
        this.ranges = ranges;
    }

    /** Starts verifying {@code from … to} (default: to the head); the job as it stands. */
    public Job start(long from, Long to, String previousHash) {
        long end = ranges.range(from, to);
        String id = UUID.randomUUID().toString();
        Running running = new Running(from, end, new AtomicLong(), new AtomicReference<>(), new AtomicReference<>());
        jobs.put(id, running);
        executor.submit(() -> {
            ChainVerification verified = previousHash == null
                    ? chain.verify(from, end, running.checked()::set)
                    : chain.verifyFrom(from, end, previousHash, running.checked()::set);
            if (from == 1) {
                running.money().set(ranges.money(end)); // before the result: done means both are there
            }
            running.result().set(verified);
        });
        return job(id);
    }

    public Job job(String id) {
        Running running = jobs.get(id);
        if (running == null) {
            throw new NotFoundException("unknown-verification", "id", id);
        }
        ChainVerification result = running.result().get();
        return new Job(
                id,
                running.from(),
                running.to(),
                result == null ? running.checked().get() : result.checked(),
                result != null,
                result,
                result == null ? null : running.money().get());
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}

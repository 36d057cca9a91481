package com.safetycredit.ledger.query.audit;

import com.safetycredit.ledger.contracts.export.ExportFormat;
import com.safetycredit.ledger.contracts.events.EventTypeRegistry;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.safetycredit.ledger.rules.policy.AwardPolicyCatalog;
import com.safetycredit.ledger.contracts.chain.ChainVerification;
import com.safetycredit.ledger.contracts.chain.EventPayloads;
import com.safetycredit.ledger.rules.policy.MoneyCheck;
import com.safetycredit.ledger.store.StoredChain;
import com.safetycredit.ledger.contracts.chain.LedgerHead;
import com.safetycredit.ledger.store.MongoLedgerStorageEngine;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What auditors use online: the head, a verification of any range, and the export the offline verifier
 * reads. Verification and export page through the store by exact positions, so memory stays constant
 * however long the range.
 */
@RestController
public class LedgerAuditController {

    static final int PAGE = 500;

    private final MongoLedgerStorageEngine store;
    private final EventTypeRegistry registry;
    private final StoredChain chain;
    private final EventPayloads payloads;
    private final AwardPolicyCatalog policies;

    public LedgerAuditController(MongoLedgerStorageEngine store, EventTypeRegistry registry,
                                 AwardPolicyCatalog policies) {
        this.store = store;
        this.registry = registry;
        this.chain = new StoredChain(store, registry);
        this.payloads = new EventPayloads(registry);
        this.policies = policies;
    }

    /**
     * The chain's verification and, over the whole ledger (from position 1), the money invariants — the same
     * pure function the offline verifier runs on an export.
     */
    public record Verification(@JsonUnwrapped ChainVerification chain, MoneyCheck moneyInvariants) {
    }

    @GetMapping("/api/v1/ledger/head")
    public LedgerHead head() {
        return store.head();
    }

    /**
     * Recomputes the chain over {@code from … to} (default: the whole ledger). {@code previousHash} is the
     * trusted hash at {@code from − 1}, e.g. from a digest; without it the stored hash there is used.
     */
    @GetMapping("/api/v1/ledger/verify")
    public Verification verify(@RequestParam(defaultValue = "1") long from,
                               @RequestParam(required = false) Long to,
                               @RequestParam(required = false) String previousHash) {
        long end = range(from, to);
        ChainVerification verified = previousHash == null ? chain.verify(from, end, n -> { })
                : chain.verifyFrom(from, end, previousHash, n -> { });
        return new Verification(verified, from == 1 ? MoneyCheck.over(storedEvents(end), payloads, policies) : null);
    }

    /** Every stored event up to {@code end}, a page at a time. */
    private java.util.Iterator<StoredEvent> storedEvents(long end) {
        return new java.util.Iterator<>() {
            private long after;
            private java.util.Iterator<StoredEvent> page = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                if (!page.hasNext() && after < end) {
                    List<StoredEvent> next = store.readStoredEvents(after, (int) Math.min(PAGE, end - after));
                    after = next.isEmpty() ? end : next.get(next.size() - 1).position();
                    page = next.iterator();
                }
                return page.hasNext();
            }

            @Override
            public StoredEvent next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return page.next();
            }
        };
    }

    /** NDJSON, one stored event per line, exactly as stored: the offline verifier's input. */
    @GetMapping(value = "/api/v1/ledger/export", produces = "application/x-ndjson")
    public ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "1") long from,
                                                        @RequestParam(required = false) Long to) {
        long end = range(from, to);
        StreamingResponseBody body = output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            long after = from - 1;
            while (after < end) {
                List<StoredEvent> page = store.readStoredEventsUnchecked(after, (int) Math.min(PAGE, end - after));
                if (page.isEmpty()) {
                    break;
                }
                for (StoredEvent event : page) {
                    writer.write(ExportFormat.line(event));
                    writer.write('\n');
                }
                after = page.get(page.size() - 1).position();
                writer.flush();
            }
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/x-ndjson"))
                .header("Content-Disposition", "attachment; filename=\"ledger-" + from + "-" + end + ".ndjson\"")
                .body(body);
    }

    long range(long from, Long to) {
        long head = store.head().position();
        long end = to == null ? head : to;
        if (from < 1 || end < from - 1 || end > head) {
            throw new InvalidInputException("to", "the range must satisfy 1 ≤ from ≤ to + 1 and to ≤ head ("
                    + head + "), got from=" + from + ", to=" + end);
        }
        return end;
    }
}

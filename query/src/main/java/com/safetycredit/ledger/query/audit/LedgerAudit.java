package com.safetycredit.ledger.query.audit;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.safetycredit.ledger.contracts.chain.ChainVerification;
import com.safetycredit.ledger.contracts.chain.EventPayloads;
import com.safetycredit.ledger.contracts.chain.LedgerHead;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.contracts.events.EventTypeRegistry;
import com.safetycredit.ledger.contracts.export.ExportFormat;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.rules.policy.AwardPolicyCatalog;
import com.safetycredit.ledger.rules.policy.MoneyCheck;
import com.safetycredit.ledger.rules.policy.RecoveryTriggers;
import com.safetycredit.ledger.store.LedgerReader;
import com.safetycredit.ledger.store.StoredChain;
import com.safetycredit.ledger.store.StoredTokens;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;

/**
 * What auditors use online: the head, a verification of any range (and over the whole ledger the money
 * invariants), and the export the offline verifier reads. Everything is read a page at a time, in constant
 * memory however long the range.
 */
@Component
public class LedgerAudit {

    static final int PAGE = 500;
    /** The export's media type: one JSON object per line. */
    public static final String EXPORT_TYPE = "application/x-ndjson";

    /**
     * The chain's verification and, over the whole ledger (from position 1), the money invariants — the same
     * pure function the offline verifier runs on an export.
     */
    public record Verification(@JsonUnwrapped ChainVerification chain, MoneyCheck moneyInvariants) {}

    private final LedgerReader store;
    private final StoredChain chain;
    private final EventPayloads payloads;
    private final AwardPolicyCatalog policies;
    private final StoredTokens tokens;

    public LedgerAudit(
            LedgerReader store, EventTypeRegistry registry, AwardPolicyCatalog policies, StoredTokens tokens) {
        this.store = store;
        this.chain = new StoredChain(store, registry);
        this.payloads = new EventPayloads(registry);
        this.policies = policies;
        this.tokens = tokens;
    }

    public LedgerHead head() {
        return store.head();
    }

    /**
     * Recomputes the chain over {@code from … to} (default: the whole ledger). {@code previousHash} is the
     * trusted hash at {@code from − 1}, e.g. from a digest; without it the stored hash there is used.
     */
    public Verification verify(long from, Long to, String previousHash) {
        long end = range(from, to);
        ChainVerification verified = previousHash == null
                ? chain.verify(from, end, n -> {})
                : chain.verifyFrom(from, end, previousHash, n -> {});
        return new Verification(verified, from == 1 ? money(end) : null);
    }

    /**
     * The money invariants up to {@code end}. A recovery is missing only once the recovery policy has handled the
     * fact that calls for it; before that it is pending (the policy appends it moments after the fact).
     */
    public MoneyCheck money(long end) {
        long settledUpTo = tokens.of(RecoveryTriggers.PROCESSOR).stream()
                .mapToLong(StoredTokens.SegmentToken::position)
                .min()
                .orElse(0);
        return MoneyCheck.over(storedEvents(end), payloads, policies, settledUpTo);
    }

    /** Writes positions {@code from … end} as NDJSON, one stored event per line, exactly as stored. */
    public void export(long from, long end, OutputStream output) throws IOException {
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
    }

    /** The name an export of {@code from … end} is saved under. */
    public static String exportFileName(long from, long end) {
        return "ledger-" + from + "-" + end + ".ndjson";
    }

    /** The last position of {@code from … to}: the head when {@code to} is left out; a 400 for an impossible range. */
    public long range(long from, Long to) {
        long head = store.head().position();
        long end = to == null ? head : to;
        if (from < 1 || end < from - 1 || end > head) {
            throw new InvalidInputException(
                    "audit-range",
                    from < 1 ? "from" : "to",
                    String.valueOf(head),
                    String.valueOf(from),
                    String.valueOf(end));
        }
        return end;
    }

    /** Every stored event up to {@code end}, a page at a time. */
    private Iterator<StoredEvent> storedEvents(long end) {
        return new Iterator<>() {
            private long after;
            private Iterator<StoredEvent> page = Collections.emptyIterator();

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
                    throw new NoSuchElementException();
                }
                return page.next();
            }
        };
    }
}

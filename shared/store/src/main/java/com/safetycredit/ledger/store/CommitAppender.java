package com.safetycredit.ledger.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.safetycredit.ledger.contracts.chain.HashChain;
import com.safetycredit.ledger.contracts.chain.LedgerHead;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Stores the events of one unit of work as one commit right after the head: numbered from it, chained onto
 * its hash, inserted as one document. Unique indexes decide every race (see {@link MongoLedgerStorageEngine});
 * a lost race on the head re-numbers and re-chains, a collision on an aggregate's sequence is a
 * {@link ConcurrencyException} and stores nothing. What is about to be written is checked first: positions
 * contiguous from the head, each hash chained onto the one before — an append that would break the ledger
 * is refused, not stored.
 *
 * <p>With group commit (the default) the commits of concurrent callers are written together — one insert and one
 * {@code afterCommit} for a group, each commit still its own document ({@link GroupCommitQueue},
 * {@link CommitGroupWriter}); without it each commit is written alone, under this engine's lock.
 */
final class CommitAppender {

    private final LedgerCollections collections;
    private final HeadTracker heads;
    private final Clock clock;
    private final Runnable afterCommit;
    private final ReentrantLock lock = new ReentrantLock();
    /** Commits of concurrent callers written together; {@code null} when each commit is written alone. */
    private final GroupCommitQueue groups;

    CommitAppender(
            LedgerCollections collections, HeadTracker heads, Clock clock, Runnable afterCommit, boolean groupCommit) {
        this.collections = collections;
        this.heads = heads;
        this.clock = clock;
        this.afterCommit = afterCommit;
        this.groups = groupCommit
                ? new GroupCommitQueue(new CommitGroupWriter(collections, heads, clock, afterCommit))
                : null;
    }

    /**
     * Stores the events as one commit; returns its first position and the head after it, once the commit is stored
     * and {@code afterCommit} has run for it. With group commit, commits of concurrent callers share one insert and
     * one {@code afterCommit} ({@link GroupCommitQueue}); each is still its own document, all or nothing.
     */
    CommitReceipt.Commit append(List<UnchainedEvent> events) {
        return groups != null ? groups.append(events) : appendAlone(events);
    }

    /** Commits queued for group commit now (0 when each commit is written alone); for tests that shape groups. */
    int queued() {
        return groups != null ? groups.queued() : 0;
    }

    /** One commit, one insert, one {@code afterCommit}, under this engine's lock. */
    private CommitReceipt.Commit appendAlone(List<UnchainedEvent> events) {
        lock.lock();
        try {
            LedgerHead head = heads.forAppend();
            while (true) {
                LedgerCommit commit = LedgerCommit.chain(head, events);
                assertChainsOnto(head, commit);
                try {
                    collections.commits().insertOne(commit.toDocument(Date.from(clock.instant())));
                    heads.appended(commit.head());
                    afterCommit.run();
                    return new CommitReceipt.Commit(head.position() + 1, commit.head());
                } catch (MongoWriteException e) {
                    if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                        throw new EventStoreException(
                                "The ledger could not store a commit of " + events.size() + " event(s) after position "
                                        + head.position() + "; nothing was stored",
                                e);
                    }
                    LedgerHead moved = heads.probeFrom(head);
                    if (moved.position() == head.position()) {
                        throw concurrencyFailure(events, e.getError().getMessage(), e);
                    }
                    head = moved;
                }
            }
        } catch (RuntimeException e) {
            heads.forget(); // re-probe next time rather than trust a head we are unsure of
            throw e;
        } finally {
            lock.unlock();
        }
    }

    /** The commit takes the positions right after the head, and each event's hash links to the one before. */
    static void assertChainsOnto(LedgerHead head, LedgerCommit commit) {
        long expected = head.position() + 1;
        String previous = head.hash();
        for (StoredEvent event : commit.events()) {
            if (event.position() != expected || !HashChain.next(previous, event).equals(event.hash())) {
                throw new IllegalStateException("A commit about to be stored after head " + head.position()
                        + " does not chain onto it at position " + event.position() + "; nothing was stored");
            }
            expected++;
            previous = event.hash();
        }
    }

    /**
     * The unique index on (aggregate, sequence) refused the commit. The error names the duplicate key on
     * every MongoDB we know; it tells which event collided (a commit may hold events of several aggregates).
     */
    static RuntimeException concurrencyFailure(List<UnchainedEvent> events, String error, Exception cause) {
        List<UnchainedEvent> domainEvents =
                events.stream().filter(e -> e.aggregateId() != null).toList();
        UnchainedEvent collided = domainEvents.stream()
                .filter(e -> error != null
                        && error.contains('"' + LedgerCommit.eventKey(e.aggregateId(), e.sequence()) + '"'))
                .findFirst()
                .orElse(domainEvents.isEmpty() ? null : domainEvents.get(0));
        if (collided == null) {
            return new EventStoreException("An event with this identifier was already stored", cause);
        }
        if (collided.sequence() == 0) {
            return new AggregateStreamCreationException(
                    "Cannot reuse aggregate identifier ["
                            + collided.aggregateId() + "] to create aggregate [" + collided.aggregateType()
                            + "]: it already exists",
                    cause);
        }
        return new ConcurrencyException(
                "Aggregate [" + collided.aggregateId()
                        + "] was changed concurrently: an event at sequence [" + collided.sequence()
                        + "] was already stored",
                cause);
    }
}

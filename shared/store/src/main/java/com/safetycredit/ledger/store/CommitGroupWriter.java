package com.safetycredit.ledger.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.safetycredit.ledger.contracts.chain.LedgerHead;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.bson.Document;

/**
 * Writes one group of commits of different callers: chained one after the other onto the head, inserted with
 * one ordered {@code insertMany}, then made durable by one {@code afterCommit} for the whole group. Every commit
 * keeps the guarantees of a commit written alone ({@link CommitAppender}): it is still one document, stored all
 * or nothing, right after the commit it chained onto.
 *
 * <p>An ordered insert stops at the first commit the database refuses: the commits before it are stored, the
 * ones after it are not. A refusal on a position (another writer took it) re-chains the refused commit and those
 * after it onto the new head; a refusal on an aggregate's sequence is that caller's concurrency failure alone,
 * and the commits after it are re-chained and tried again. Each pending commit gets its outcome here; a stored
 * one gets its receipt only once the group's {@code afterCommit} has run.
 */
final class CommitGroupWriter {

    private static final InsertManyOptions IN_ORDER = new InsertManyOptions().ordered(true);

    private final LedgerCollections collections;
    private final HeadTracker heads;
    private final Clock clock;
    private final Runnable afterCommit;

    CommitGroupWriter(LedgerCollections collections, HeadTracker heads, Clock clock, Runnable afterCommit) {
        this.collections = collections;
        this.heads = heads;
        this.clock = clock;
        this.afterCommit = afterCommit;
    }

    /** Stores the group, makes it durable and gives every commit in it its outcome. */
    void write(List<PendingCommit> group) {
        boolean certain = false;
        try {
            List<Written> written = new ArrayList<>(group.size());
            boolean headKnown = store(group, written);
            certain = makeDurable(written) && headKnown;
        } finally {
            if (!certain) {
                heads.forget(); // re-probe next time rather than trust a head we are unsure of
            }
        }
    }

    /**
     * Stores what it can of the group, in order, noting each stored commit in {@code written}; refused commits
     * get their failure. Returns whether the head after it is known for certain.
     */
    private boolean store(List<PendingCommit> group, List<Written> written) {
        List<PendingCommit> waiting = group;
        LedgerHead head = null;
        try {
            head = heads.forAppend();
            while (!waiting.isEmpty()) {
                Round round = Round.chain(head, waiting, Date.from(clock.instant()));
                try {
                    collections.commits().insertMany(round.documents(), IN_ORDER);
                    written.addAll(round.upTo(round.size()));
                    head = round.headAfter(round.size());
                    waiting = List.of();
                } catch (MongoBulkWriteException e) {
                    if (e.getWriteConcernError() != null || e.getWriteErrors().isEmpty()) {
                        unconfirmed(round, e);
                        return false;
                    }
                    BulkWriteError error = e.getWriteErrors().get(0);
                    int refused = error.getIndex();
                    written.addAll(round.upTo(refused));
                    head = round.headAfter(refused);
                    waiting = round.pending().subList(refused, round.size()); // an ordered insert stored none of these
                    LedgerHead now = error.getCategory() == ErrorCategory.DUPLICATE_KEY ? heads.probeFrom(head) : head;
                    if (now.position() == head.position()) {
                        waiting.get(0).fail(refusal(waiting.get(0), round.firstPosition(refused), error, e));
                        waiting = waiting.subList(1, waiting.size());
                    } // else another writer took the positions: the refused commit and those after it chain onto its
                    // head
                    head = now;
                } catch (RuntimeException e) {
                    settleUnknown(round, e, written);
                    return false;
                }
            }
            heads.appended(head);
            return true;
        } catch (RuntimeException e) {
            // preparing, chaining or probing failed: no insert was under way, nothing of the waiting ones is stored
            LedgerHead after = head;
            waiting.forEach(pending -> pending.fail(nothingStored(pending, after, e)));
            return false;
        }
    }

    /**
     * Why the database refused a commit while the head stayed where it was: a collision on an aggregate's sequence
     * (the caller's concurrency failure), or another refusal of that commit alone.
     */
    private static RuntimeException refusal(
            PendingCommit culprit, long position, BulkWriteError error, MongoBulkWriteException cause) {
        if (error.getCategory() == ErrorCategory.DUPLICATE_KEY) {
            return CommitAppender.concurrencyFailure(culprit.events(), error.getMessage(), cause);
        }
        return new EventStoreException(
                "The ledger could not store a commit of " + culprit.events().size() + " event(s) at position "
                        + position + ": the database refused it (" + error.getMessage() + "); nothing of it was stored",
                cause);
    }

    /**
     * The insert failed without saying where (the connection, a timeout): each commit of the round is looked up by
     * its first position, and is stored if the document there ends on the hash it was chained to.
     */
    private void settleUnknown(Round round, RuntimeException cause, List<Written> written) {
        List<Boolean> stored = new ArrayList<>(round.size());
        try {
            for (int i = 0; i < round.size(); i++) {
                Document found = collections
                        .commits()
                        .find(Filters.eq("_id", round.firstPosition(i)))
                        .first();
                stored.add(found != null
                        && LedgerCommit.headOf(found)
                                .equals(round.commits().get(i).head()));
            }
        } catch (RuntimeException lookup) {
            cause.addSuppressed(lookup);
            for (int i = 0; i < round.size(); i++) {
                round.pending()
                        .get(i)
                        .fail(new EventStoreException(
                                whereabouts(round, i) + ": the database failed "
                                        + "while storing it and again when asked whether it had; whether it was stored is not known "
                                        + "(read the ledger at that position)",
                                cause));
            }
            return;
        }
        for (int i = 0; i < round.size(); i++) {
            if (stored.get(i)) {
                written.add(round.written(i));
            } else {
                round.pending().get(i).fail(nothingStored(round.pending().get(i), round.head(), cause));
            }
        }
    }

    /**
     * The database applied the commits before the refused one (all of them without a refusal) but did not confirm the
     * write concern: they are stored, yet may not survive a fail-over, so none of them is acknowledged.
     */
    private static void unconfirmed(Round round, MongoBulkWriteException cause) {
        int applied = cause.getWriteErrors().isEmpty()
                ? round.size()
                : cause.getWriteErrors().get(0).getIndex();
        for (int i = 0; i < round.size(); i++) {
            round.pending()
                    .get(i)
                    .fail(
                            i < applied
                                    ? new EventStoreException(
                                            whereabouts(round, i) + " was stored, but the database did not "
                                                    + "confirm the write concern: it may not survive a fail-over",
                                            cause)
                                    : nothingStored(round.pending().get(i), round.headAfter(applied), cause));
        }
    }

    /** One {@code afterCommit} for every commit stored; only then does each caller get its receipt. */
    private boolean makeDurable(List<Written> written) {
        if (written.isEmpty()) {
            return true;
        }
        try {
            afterCommit.run();
        } catch (RuntimeException e) {
            for (Written commit : written) {
                commit.pending()
                        .fail(new EventStoreException(
                                "The commit at positions " + commit.receipt().firstPosition() + "…"
                                        + commit.receipt().head().position()
                                        + " was stored, but making it durable failed: "
                                        + "it may be lost if the store stops before writing it out",
                                e));
            }
            return false;
        }
        written.forEach(commit -> commit.pending().succeed(commit.receipt()));
        return true;
    }

    private static EventStoreException nothingStored(PendingCommit pending, LedgerHead head, Exception cause) {
        return new EventStoreException(
                "The ledger could not store a commit of " + pending.events().size() + " event(s)"
                        + (head == null ? "" : " after position " + head.position()) + "; nothing of it was stored",
                cause);
    }

    private static String whereabouts(Round round, int i) {
        return "The commit of " + round.pending().get(i).events().size() + " event(s) at positions "
                + round.firstPosition(i) + "…" + round.commits().get(i).head().position();
    }

    /** A commit stored by this group, waiting for the group's {@code afterCommit}. */
    private record Written(PendingCommit pending, LedgerCommit commit) {

        CommitReceipt.Commit receipt() {
            return new CommitReceipt.Commit(commit.events().get(0).position(), commit.head());
        }
    }

    /** The waiting commits chained one after the other onto a head: the documents of one ordered insert. */
    private record Round(
            LedgerHead head, List<PendingCommit> pending, List<LedgerCommit> commits, List<Document> documents) {

        static Round chain(LedgerHead head, List<PendingCommit> pending, Date committedAt) {
            List<LedgerCommit> commits = new ArrayList<>(pending.size());
            List<Document> documents = new ArrayList<>(pending.size());
            LedgerHead previous = head;
            for (PendingCommit commit : pending) {
                LedgerCommit chained = LedgerCommit.chain(previous, commit.events());
                CommitAppender.assertChainsOnto(previous, chained);
                commits.add(chained);
                documents.add(chained.toDocument(committedAt));
                previous = chained.head();
            }
            return new Round(head, pending, commits, documents);
        }

        int size() {
            return pending.size();
        }

        long firstPosition(int i) {
            return commits.get(i).events().get(0).position();
        }

        /** The head after the first {@code count} commits of the round. */
        LedgerHead headAfter(int count) {
            return count == 0 ? head : commits.get(count - 1).head();
        }

        Written written(int i) {
            return new Written(pending.get(i), commits.get(i));
        }

        List<Written> upTo(int count) {
            List<Written> stored = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                stored.add(written(i));
            }
            return stored;
        }
    }
}

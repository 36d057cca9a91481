package com.safetycredit.ledger.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.safetycredit.ledger.contracts.chain.LedgerHead;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the ledger ends: the head this engine knows, found by probing forward from a head that was true once,
 * one exact {@code _id} look-up per commit. A hint in {@code ledger_meta}, advanced every
 * {@value #HINT_STRIDE} positions, gives a starting engine a place to start; it is never trusted.
 */
final class HeadTracker {

    private static final Logger log = LoggerFactory.getLogger(HeadTracker.class);
    /** The hint is advanced every this many positions; start-up probes at most this many commits. */
    static final long HINT_STRIDE = 64;

    private static final String HINT_ID = "head";

    private final LedgerCollections collections;
    /** The head after this engine's last commit; {@code null} when it must be probed again. */
    private volatile LedgerHead appendedHead;
    /** The highest head any probe found: a head that was true once is a valid start for the next probe. */
    private volatile LedgerHead lastSeenHead;

    private volatile long hintedPosition = -1;

    HeadTracker(LedgerCollections collections) {
        this.collections = collections;
        ensureHint();
    }

    /** The current head of the ledger, read from the store. */
    LedgerHead head() {
        LedgerHead start = later(appendedHead, lastSeenHead);
        LedgerHead head = probeFrom(start != null ? start : readHint());
        lastSeenHead = later(head, lastSeenHead);
        return head;
    }

    /** Where the next append starts: the head after this engine's last commit, or a fresh probe. */
    LedgerHead forAppend() {
        return appendedHead != null ? appendedHead : probeFrom(readHint());
    }

    /** A commit was stored, by this engine, right after {@code head}'s predecessor. */
    void appended(LedgerHead head) {
        appendedHead = head;
        advanceHint(head);
    }

    /** The head this engine believed in turned out stale or uncertain: probe again next time. */
    void forget() {
        appendedHead = null;
    }

    /** Commits were stored around this engine (a bulk load): the hint moves there at once. */
    void movedTo(LedgerHead head) {
        appendedHead = null;
        hintedPosition = -1;
        advanceHint(head);
    }

    /** Walks forward from a head that was true once, one exact {@code _id} look-up per commit. */
    LedgerHead probeFrom(LedgerHead from) {
        LedgerHead head = from;
        while (true) {
            Document next = collections
                    .commits()
                    .find(Filters.eq("_id", head.position() + 1))
                    .first();
            if (next == null) {
                return head;
            }
            head = LedgerCommit.headOf(next);
        }
    }

    private void ensureHint() {
        try {
            collections
                    .meta()
                    .insertOne(new Document("_id", HINT_ID)
                            .append("position", LedgerHead.EMPTY.position())
                            .append("hash", LedgerHead.EMPTY.hash()));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    private LedgerHead readHint() {
        Document hint = collections.meta().find(Filters.eq("_id", HINT_ID)).first();
        if (hint == null) {
            return LedgerHead.EMPTY;
        }
        return new LedgerHead(hint.get("position", Number.class).longValue(), hint.getString("hash"));
    }

    private void advanceHint(LedgerHead head) {
        if (head.position() - hintedPosition < HINT_STRIDE && hintedPosition >= 0) {
            return;
        }
        try {
            // Only ever moves forward; a lost update just means a longer probe at the next start.
            collections
                    .meta()
                    .updateOne(
                            Filters.and(Filters.eq("_id", HINT_ID), Filters.lt("position", head.position())),
                            Updates.combine(
                                    Updates.set("position", head.position()), Updates.set("hash", head.hash())));
            hintedPosition = head.position();
        } catch (RuntimeException e) {
            log.warn(
                    "Could not advance the ledger head hint to position {}; it only costs a longer probe at start-up",
                    head.position(),
                    e);
        }
    }

    private static LedgerHead later(LedgerHead a, LedgerHead b) {
        return a == null ? b : b == null || a.position() >= b.position() ? a : b;
    }
}

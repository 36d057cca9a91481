package com.safetycredit.ledger.query.history;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.safetycredit.ledger.query.projection.HoldingNote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.LongStream;
import org.bson.Document;

/**
 * History index additions not written yet. While the history is far behind the ledger's head — a catch-up or a
 * replay — each batch's entries are written at once, but the positions they add to their enterprises' index
 * documents are held for a later batch: an enterprise's index document grows by one or two positions a batch and is
 * rewritten whole each time, so a catch-up of 1,000,000 events rewrote ~1,000,000 of them; held, each is rewritten
 * once for many batches (docs/benchmarks.md).
 *
 * <p>While anything is held the history's checkpoint stays where it was, so nothing that waits for it (a clerk's
 * read after a write) takes the held batches as written. A note in the store names the positions held (from the first
 * held batch's first position to the last one's), written before the processor stores its token: after a crash the
 * processor resumes after the events it had handled, and the entries stored at those positions — written before
 * the note — give back their enterprises and positions, added with the next batch. The note goes once the index is
 * written, before the checkpoint moves; one at or below the checkpoint could only be older than what was written.
 */
final class HeldIndex {

    static final String NOTES = "history_held_back";
    /** Entries read back at a time after a crash: exact keys, as the embedded store answers without a scan. */
    private static final int RECOVERY_QUESTION = 1_000;

    private final HoldingNote note;
    private final MongoCollection<Document> entries;
    private final Map<String, List<Long>> positions = new LinkedHashMap<>();
    private long firstHeldAt = -1;

    HeldIndex(MongoDatabase database, MongoCollection<Document> entries) {
        this.note = new HoldingNote(database, NOTES);
        this.entries = entries;
    }

    /**
     * The first time it is asked after a start: the positions a note from before a crash names, with the
     * enterprises their stored entries are about — unless the checkpoint says the index was written.
     */
    void recover(LongSupplier checkpoint) {
        Document left = note.leftBehind(checkpoint);
        if (left == null) {
            return;
        }
        long since = left.get("since", Number.class).longValue();
        long upTo = left.get("upTo", Number.class).longValue();
        for (long first = since; first <= upTo; first += RECOVERY_QUESTION) {
            List<Long> asked = LongStream.rangeClosed(first, Math.min(upTo, first + RECOVERY_QUESTION - 1))
                    .boxed()
                    .toList();
            List<Document> found = entries.find(Filters.in("_id", asked))
                    .projection(Projections.include("uscc"))
                    .into(new ArrayList<>());
            found.sort((a, b) -> Long.compare(id(a), id(b)));
            for (Document entry : found) {
                positions
                        .computeIfAbsent(entry.getString("uscc"), k -> new ArrayList<>())
                        .add(id(entry));
            }
        }
        firstHeldAt = since;
    }

    private static long id(Document entry) {
        return entry.get("_id", Number.class).longValue();
    }

    /** The position of the first batch held, -1 when nothing is. */
    long firstHeldAt() {
        return firstHeldAt;
    }

    /** Holds a batch's index additions, its entries written up to {@code reached}, and notes what is held. */
    void hold(Map<String, List<Long>> added, long firstPosition, long reached) {
        added.forEach((uscc, list) ->
                positions.computeIfAbsent(uscc, k -> new ArrayList<>()).addAll(list));
        if (firstHeldAt < 0) {
            firstHeldAt = firstPosition;
        }
        note.write(firstHeldAt, reached, new Document());
    }

    /** What is held and then {@code added}, each enterprise's positions in order, to be written now. */
    Map<String, List<Long>> withHeld(Map<String, List<Long>> added) {
        if (positions.isEmpty()) {
            return added;
        }
        Map<String, List<Long>> all = new LinkedHashMap<>();
        positions.forEach((uscc, list) -> all.put(uscc, new ArrayList<>(list)));
        added.forEach((uscc, list) ->
                all.computeIfAbsent(uscc, k -> new ArrayList<>()).addAll(list));
        return all;
    }

    /** Once everything held is written: the note goes before the checkpoint moves past it. */
    void written() {
        positions.clear();
        firstHeldAt = -1;
        note.written();
    }

    /** For a reset: nothing held, no note. */
    void clear() {
        positions.clear();
        firstHeldAt = -1;
        note.clear();
    }
}

package com.safetycredit.ledger.query.profile;

import com.mongodb.client.MongoDatabase;
import com.safetycredit.ledger.query.projection.HoldingNote;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.credit.EnterpriseRecords;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.bson.Document;

/**
 * Profiles changed but not written yet. While the profile projection is far behind the ledger's head — a catch-up
 * or a replay — a batch's changed enterprises are held for a later batch instead of written, so an enterprise's
 * status timeline, the projection's dearest work and dearer the longer its history, is computed once for many
 * batches rather than once for each (docs/benchmarks.md).
 *
 * <p>While anything is held the projection's checkpoint stays where it was: nothing that waits for it (a clerk's
 * read after a write) takes the held batches as written. And a note in the store names the held enterprises and
 * the position they were folded to, written before the processor stores its token: after a crash the processor
 * resumes after the events it had handled, and the enterprises the note names are loaded from the ledger at that
 * position and written with the next batch. The note goes once the held profiles are written, before the
 * checkpoint moves; one at or below the checkpoint could only be older than what was written, and is dropped.
 */
final class HeldProfiles {

    static final String NOTES = "profile_held_back";

    private final HoldingNote note;
    private final Map<String, EnterpriseRecord> records = new LinkedHashMap<>();
    private long firstHeldAt = -1;

    HeldProfiles(MongoDatabase database) {
        this.note = new HoldingNote(database, NOTES);
    }

    /**
     * The first time it is asked after a start: the enterprises a note from before a crash names, loaded from the
     * ledger as the note's position has them — unless the checkpoint says they were written.
     */
    void recover(LongSupplier checkpoint, EnterpriseRecords ledger) {
        Document left = note.leftBehind(checkpoint);
        if (left == null) {
            return;
        }
        long upTo = left.get("upTo", Number.class).longValue();
        for (String uscc : left.getList("enterprises", String.class)) {
            ledger.loadUpTo(uscc, upTo).ifPresent(record -> records.putIfAbsent(uscc, record));
        }
        firstHeldAt = left.get("since", Number.class).longValue();
    }

    /** How many enterprises would be held with {@code changed} as well. */
    int sizeWith(Map<String, EnterpriseRecord> changed) {
        int added = 0;
        for (String uscc : changed.keySet()) {
            if (!records.containsKey(uscc)) {
                added++;
            }
        }
        return records.size() + added;
    }

    /** The position of the first batch held, -1 when nothing is. */
    long firstHeldAt() {
        return firstHeldAt;
    }

    /** Holds a batch's changed records, folded to {@code reached}, and notes every held enterprise. */
    void hold(Map<String, EnterpriseRecord> changed, long firstPosition, long reached) {
        records.putAll(changed);
        if (firstHeldAt < 0) {
            firstHeldAt = firstPosition;
        }
        note.write(firstHeldAt, reached, new Document("enterprises", new ArrayList<>(records.keySet())));
    }

    /** What is held and then {@code changed} (the newer record of an enterprise in both), to be written now. */
    Map<String, EnterpriseRecord> withHeld(Map<String, EnterpriseRecord> changed) {
        if (records.isEmpty()) {
            return changed;
        }
        Map<String, EnterpriseRecord> all = new LinkedHashMap<>(records);
        all.putAll(changed);
        return all;
    }

    /** Once everything held is written: the note goes before the checkpoint moves past it. */
    void written() {
        records.clear();
        firstHeldAt = -1;
        note.written();
    }

    /** For a reset: nothing held, no note. */
    void clear() {
        records.clear();
        firstHeldAt = -1;
        note.clear();
    }
}

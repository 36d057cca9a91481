package com.safetycredit.ledger.query.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.function.LongSupplier;
import org.bson.Document;

/**
 * The note a read model holding batches back ({@link CheckpointedProjection.Batch#holdBack}) keeps in the store: what
 * it holds, from the first held batch's first position ({@code since}) to the last one's ({@code upTo}), written
 * before the processor stores its token, so that after a crash — the processor resuming after the events it had
 * handled — the read model can take back what it held. The note goes once the held batches are written, before the
 * checkpoint moves; one at or below the checkpoint could only be older than what was written, and is dropped.
 */
public final class HoldingNote {

    private static final String NOTE = "held";

    private final MongoCollection<Document> notes;
    private boolean noted = true; // until the store has been looked at: a note may be there from before a restart
    private boolean recovered;

    /** The note kept in {@code collection}. */
    public HoldingNote(MongoDatabase database, String collection) {
        this.notes = database.getCollection(collection);
    }

    /**
     * The note left from before a restart, the first time it is asked after a start and only if the checkpoint says
     * what it names was not written; {@code null} otherwise.
     */
    public Document leftBehind(LongSupplier checkpoint) {
        if (recovered) {
            return null;
        }
        recovered = true;
        Document note = notes.find(Filters.eq("_id", NOTE)).first();
        if (note == null) {
            noted = false;
            return null;
        }
        if (note.get("upTo", Number.class).longValue() <= checkpoint.getAsLong()) {
            forget();
            return null;
        }
        return note;
    }

    /** Notes what is held now: {@code since} and {@code upTo}, and the fields of {@code more} beside them. */
    public void write(long since, long upTo, Document more) {
        Document note = new Document("_id", NOTE).append("since", since).append("upTo", upTo);
        note.putAll(more);
        notes.replaceOne(Filters.eq("_id", NOTE), note, new ReplaceOptions().upsert(true));
        noted = true;
    }

    /** Once everything held is written: the note goes (if there is one), before the checkpoint moves past it. */
    public void written() {
        if (noted) {
            forget();
        }
    }

    /** For a reset: no note, and nothing to take back. */
    public void clear() {
        recovered = true;
        forget();
    }

    private void forget() {
        notes.deleteOne(Filters.eq("_id", NOTE));
        noted = false;
    }
}

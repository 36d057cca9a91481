package com.safetycredit.ledger.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.safetycredit.ledger.contracts.events.ledger.LedgerDigestRecorded;
import com.safetycredit.ledger.query.projection.CheckpointedProjection;
import com.safetycredit.ledger.query.projection.ProjectionCheckpoints;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** The digests the ledger recorded, keyed by the digest event's own position; listed newest first. */
@Component
@ProcessingGroup(DigestProjection.NAME)
public class DigestProjection extends CheckpointedProjection<DigestProjection.Digests> {

    public static final String NAME = "digests";

    public record Digest(long position, String hash, long recordedAtPosition, String recordedAt, String recordedBy) {}

    private final MongoCollection<Document> digests;

    public DigestProjection(MongoDatabase database, ProjectionCheckpoints checkpoints) {
        super(NAME, checkpoints);
        this.digests = database.getCollection("ledger_digests");
    }

    @EventHandler
    void on(LedgerDigestRecorded digest, EventMessage<?> message, TrackingToken token) {
        apply(
                token,
                (batch, at) -> batch.add(new Document("_id", at)
                        .append("position", digest.position())
                        .append("hash", digest.hash())
                        .append("recordedAt", message.getTimestamp().toString())
                        .append("recordedBy", digest.recordedBy())));
    }

    @ResetHandler
    void reset() {
        digests.deleteMany(new Document());
        forgetCheckpoint();
    }

    public List<Digest> list() {
        List<Digest> result = new ArrayList<>();
        for (Document d : digests.find()) {
            result.add(new Digest(
                    d.get("position", Number.class).longValue(),
                    d.getString("hash"),
                    d.get("_id", Number.class).longValue(),
                    d.getString("recordedAt"),
                    d.getString("recordedBy")));
        }
        result.sort(Comparator.comparingLong(Digest::recordedAtPosition).reversed());
        return result;
    }

    @Override
    protected Digests newBatch() {
        return new Digests();
    }

    /** A batch's digests, each replacing itself by its position: a repeat writes the same document. */
    final class Digests implements CheckpointedProjection.Batch {

        private final List<ReplaceOneModel<Document>> writes = new ArrayList<>();

        void add(Document digest) {
            writes.add(new ReplaceOneModel<>(
                    Filters.eq("_id", digest.get("_id")), digest, new ReplaceOptions().upsert(true)));
        }

        @Override
        public void write() {
            if (!writes.isEmpty()) {
                digests.bulkWrite(writes, new BulkWriteOptions().ordered(false));
            }
        }
    }
}

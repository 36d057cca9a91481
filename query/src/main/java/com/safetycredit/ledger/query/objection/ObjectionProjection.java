package com.safetycredit.ledger.query.objection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import com.safetycredit.ledger.contracts.events.objection.ObjectionDecided;
import com.safetycredit.ledger.contracts.events.objection.ObjectionExtended;
import com.safetycredit.ledger.contracts.events.objection.ObjectionFiled;
import com.safetycredit.ledger.query.projection.CheckpointedProjection;
import com.safetycredit.ledger.query.projection.ProjectionCheckpoints;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The objection queue: one document per objection with the fact it concerns, its due date and how it was decided.
 * Whether it is overdue is not stored: it follows from the due date and the day it is read, so a deadline passing
 * shows without anyone doing anything.
 */
@Component
@ProcessingGroup(ObjectionProjection.NAME)
public class ObjectionProjection extends CheckpointedProjection<ObjectionProjection.Writes> {

    public static final String NAME = "objections";
    static final String COLLECTION = "objections";

    private final MongoCollection<Document> objections;

    public ObjectionProjection(MongoDatabase database, ProjectionCheckpoints checkpoints) {
        super(NAME, checkpoints);
        this.objections = database.getCollection(COLLECTION);
    }

    @EventHandler
    void on(ObjectionFiled event, TrackingToken token) {
        write(
                token,
                new ReplaceOneModel<>(
                        Filters.eq("_id", event.objectionId()),
                        new Document("_id", event.objectionId())
                                .append("uscc", event.uscc())
                                .append("position", event.position())
                                .append("eventType", event.eventType())
                                .append("factId", event.factId())
                                .append("filedOn", event.filedOn().toString())
                                .append("grounds", event.grounds())
                                .append("dueOn", event.dueOn().toString())
                                .append("extended", false)
                                .append("status", "OPEN")
                                .append("filedAt", token.position().orElseThrow()),
                        new ReplaceOptions().upsert(true)));
    }

    @EventHandler
    void on(ObjectionExtended event, TrackingToken token) {
        write(
                token,
                new UpdateOneModel<>(
                        Filters.eq("_id", event.objectionId()),
                        Updates.combine(
                                Updates.set("extended", true),
                                Updates.set("dueOn", event.dueOn().toString()),
                                Updates.set("extensionReason", event.reason()))));
    }

    @EventHandler
    void on(ObjectionDecided event, TrackingToken token) {
        write(
                token,
                new UpdateOneModel<>(
                        Filters.eq("_id", event.objectionId()),
                        Updates.combine(
                                Updates.set("status", event.decision()),
                                Updates.set("decidedOn", event.decidedOn().toString()),
                                Updates.set("reason", event.reason()),
                                Updates.set("correction", event.correction()),
                                Updates.set("late", event.late()))));
    }

    @ResetHandler
    void reset() {
        objections.deleteMany(new Document());
        forgetCheckpoint();
    }

    private void write(TrackingToken token, WriteModel<Document> write) {
        apply(token, (batch, position) -> batch.writes.add(write));
    }

    @Override
    protected Writes newBatch() {
        return new Writes();
    }

    /** One batch's writes in ledger order; each a replace or a set, so a repeated batch leaves the same documents. */
    final class Writes implements CheckpointedProjection.Batch {

        private final List<WriteModel<Document>> writes = new ArrayList<>();

        @Override
        public void write() {
            if (!writes.isEmpty()) {
                objections.bulkWrite(writes, new BulkWriteOptions().ordered(true));
            }
        }
    }
}

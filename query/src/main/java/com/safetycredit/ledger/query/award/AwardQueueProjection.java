package com.safetycredit.ledger.query.award;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import com.safetycredit.ledger.contracts.events.award.AwardApplied;
import com.safetycredit.ledger.contracts.events.award.AwardDenied;
import com.safetycredit.ledger.contracts.events.award.AwardGranted;
import com.safetycredit.ledger.contracts.events.award.AwardMarkedForRecovery;
import com.safetycredit.ledger.contracts.events.award.AwardRecoveryLifted;
import com.safetycredit.ledger.contracts.events.award.AwardReviewed;
import com.safetycredit.ledger.contracts.values.AwardDecision;
import com.safetycredit.ledger.query.projection.CheckpointedProjection;
import com.safetycredit.ledger.query.projection.ProjectionCheckpoints;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * One document per award application with the departments that still have to review it: the reviewers'
 * queue. Decided applications keep their document with the outcome, so the queue can also say what was
 * decided. Written per processing batch and guarded by the checkpoint, like the other projections.
 */
@Component
@ProcessingGroup(AwardQueueProjection.NAME)
public class AwardQueueProjection extends CheckpointedProjection<AwardQueueProjection.QueueWrites> {

    public static final String NAME = "award-queue";
    static final String COLLECTION = "award_queue";

    private final MongoCollection<Document> applications;

    public AwardQueueProjection(MongoDatabase database, ProjectionCheckpoints checkpoints) {
        super(NAME, checkpoints);
        this.applications = database.getCollection(COLLECTION);
    }

    @EventHandler
    void on(AwardApplied event, TrackingToken token) {
        write(
                token,
                new ReplaceOneModel<>(
                        Filters.eq("_id", event.applicationId()),
                        new Document("_id", event.applicationId())
                                .append("uscc", event.uscc())
                                .append("awardType", event.awardType())
                                .append("policyYear", event.policyYear())
                                .append("policyId", event.policyId())
                                .append("basisId", event.basisId())
                                .append("reviews", List.of())
                                .append("recovery", "NONE")
                                .append("appliedOn", event.appliedOn().toString())
                                .append("waitingFor", event.requiredDepartments())
                                .append("approvedBy", List.of())
                                .append("outcome", "PENDING")
                                .append("appliedAt", position(token)),
                        new ReplaceOptions().upsert(true)));
    }

    @EventHandler
    void on(AwardReviewed event, TrackingToken token) {
        Document review = new Document("department", event.department())
                .append("decision", event.decision())
                .append("reason", event.reason())
                .append("reviewedOn", event.reviewedOn().toString());
        Bson update = "APPROVE".equals(event.decision())
                ? Updates.combine(
                        Updates.pull("waitingFor", event.department()),
                        Updates.addToSet("approvedBy", event.department()),
                        Updates.addToSet("reviews", review))
                : Updates.combine(Updates.pull("waitingFor", event.department()), Updates.addToSet("reviews", review));
        write(token, new UpdateOneModel<>(Filters.eq("_id", event.applicationId()), update));
    }

    @EventHandler
    void on(AwardGranted event, TrackingToken token) {
        write(
                token,
                decided(
                        event.applicationId(),
                        "GRANTED",
                        event.reasons(),
                        event.decidedOn().toString(),
                        Updates.set("amountFen", event.amountFen()),
                        Updates.set("grantedAt", position(token))));
    }

    @EventHandler
    void on(AwardDenied event, TrackingToken token) {
        write(
                token,
                decided(
                        event.applicationId(),
                        "DENIED",
                        event.reasons(),
                        event.decidedOn().toString()));
    }

    /** 追回: the amount, the fact that triggered it and why; a later lift keeps them and says it was lifted. */
    @EventHandler
    void on(AwardMarkedForRecovery event, TrackingToken token) {
        write(
                token,
                new UpdateOneModel<>(
                        Filters.eq("_id", event.applicationId()),
                        Updates.combine(
                                Updates.set("recovery", "PENDING"),
                                Updates.set("recoveryAmountFen", event.amountFen()),
                                Updates.set("recoveryFactPosition", event.factPosition()),
                                Updates.set("recoveryReasons", reasons(event.reasons())),
                                Updates.set("recoveryMarkedOn", event.markedOn().toString()))));
    }

    @EventHandler
    void on(AwardRecoveryLifted event, TrackingToken token) {
        write(
                token,
                new UpdateOneModel<>(
                        Filters.eq("_id", event.applicationId()),
                        Updates.combine(
                                Updates.set("recovery", "LIFTED"),
                                Updates.set("recoveryLiftedBy", event.factPosition()))));
    }

    private static List<Document> reasons(List<AwardDecision.Reason> reasons) {
        return reasons.stream()
                .map(r -> new Document("code", r.code())
                        .append("message", r.message())
                        .append("positions", r.positions()))
                .toList();
    }

    @ResetHandler
    void reset() {
        applications.deleteMany(new Document());
        forgetCheckpoint();
    }

    private static WriteModel<Document> decided(
            String applicationId, String outcome, List<AwardDecision.Reason> why, String decidedOn, Bson... more) {
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.set("outcome", outcome),
                Updates.set("waitingFor", List.of()),
                Updates.set("reasons", reasons(why)),
                Updates.set("decidedOn", decidedOn)));
        updates.addAll(List.of(more));
        return new UpdateOneModel<>(Filters.eq("_id", applicationId), Updates.combine(updates));
    }

    private void write(TrackingToken token, WriteModel<Document> write) {
        apply(token, (batch, position) -> batch.add(write));
    }

    @Override
    protected QueueWrites newBatch() {
        return new QueueWrites();
    }

    /**
     * One batch's updates, in ledger order (an application's review must follow its creation). Each update is
     * idempotent — a replace, a pull, an add-to-set, a set — so a batch repeated after a crash leaves the same
     * documents.
     */
    final class QueueWrites implements CheckpointedProjection.Batch {

        private final List<WriteModel<Document>> writes = new ArrayList<>();

        void add(WriteModel<Document> write) {
            writes.add(write);
        }

        @Override
        public void write() {
            if (!writes.isEmpty()) {
                applications.bulkWrite(writes, new BulkWriteOptions().ordered(true));
            }
        }
    }

    private static long position(TrackingToken token) {
        return token.position().orElseThrow();
    }
}

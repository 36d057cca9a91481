package com.safetycredit.ledger.query.award;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import com.safetycredit.ledger.query.projection.ProjectionCheckpoints;
import com.safetycredit.ledger.shared.events.award.AwardApplied;
import com.safetycredit.ledger.shared.events.award.AwardDenied;
import com.safetycredit.ledger.shared.events.award.AwardGranted;
import com.safetycredit.ledger.shared.events.award.AwardReviewed;
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
 * decided. Every update is idempotent and guarded by the checkpoint, like the other projections.
 */
@Component
@ProcessingGroup(AwardQueueProjection.NAME)
public class AwardQueueProjection {

    public static final String NAME = "award-queue";
    static final String COLLECTION = "award_queue";

    private final MongoCollection<Document> applications;
    private final ProjectionCheckpoints checkpoints;

    public AwardQueueProjection(MongoDatabase database, ProjectionCheckpoints checkpoints) {
        this.applications = database.getCollection(COLLECTION);
        this.checkpoints = checkpoints;
    }

    @EventHandler
    void on(AwardApplied event, TrackingToken token) {
        apply(token, () -> applications.replaceOne(Filters.eq("_id", event.applicationId()),
                new Document("_id", event.applicationId())
                        .append("uscc", event.uscc())
                        .append("awardType", event.awardType())
                        .append("policyYear", event.policyYear())
                        .append("appliedOn", event.appliedOn().toString())
                        .append("waitingFor", event.requiredDepartments())
                        .append("approvedBy", java.util.List.of())
                        .append("outcome", "PENDING")
                        .append("appliedAt", position(token)),
                new ReplaceOptions().upsert(true)));
    }

    @EventHandler
    void on(AwardReviewed event, TrackingToken token) {
        Bson update = "APPROVE".equals(event.decision())
                ? Updates.combine(Updates.pull("waitingFor", event.department()),
                Updates.addToSet("approvedBy", event.department()))
                : Updates.pull("waitingFor", event.department());
        apply(token, () -> applications.updateOne(Filters.eq("_id", event.applicationId()), update));
    }

    @EventHandler
    void on(AwardGranted event, TrackingToken token) {
        apply(token, () -> decided(event.applicationId(), "GRANTED"));
    }

    @EventHandler
    void on(AwardDenied event, TrackingToken token) {
        apply(token, () -> decided(event.applicationId(), "DENIED"));
    }

    @ResetHandler
    void reset() {
        applications.deleteMany(new Document());
        checkpoints.reset(NAME);
    }

    private void decided(String applicationId, String outcome) {
        applications.updateOne(Filters.eq("_id", applicationId),
                Updates.combine(Updates.set("outcome", outcome), Updates.set("waitingFor", java.util.List.of())));
    }

    private void apply(TrackingToken token, Runnable update) {
        long position = position(token);
        if (checkpoints.alreadyApplied(NAME, position)) {
            return;
        }
        update.run();
        checkpoints.applied(NAME, position);
    }

    private static long position(TrackingToken token) {
        return token.position().orElseThrow();
    }
}

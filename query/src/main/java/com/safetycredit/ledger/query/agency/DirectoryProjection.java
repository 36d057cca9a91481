package com.safetycredit.ledger.query.agency;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import com.safetycredit.ledger.contracts.events.agency.AgencyRegistered;
import com.safetycredit.ledger.contracts.events.practitioner.PersonalDataErased;
import com.safetycredit.ledger.contracts.events.practitioner.PractitionerEmploymentEnded;
import com.safetycredit.ledger.contracts.events.practitioner.PractitionerEmploymentStarted;
import com.safetycredit.ledger.contracts.events.practitioner.PractitionerRegistered;
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
 * Who the ledger knows beyond enterprises: one document per agency (for search and the evaluation list) and one
 * per practitioner with where they were employed when (for an agency's staff at the year's end and the engineers
 * registered at an enterprise). It holds no personal field — not even sealed: a person's name and identity
 * number are read from their own stream and opened when asked for, so an erasure needs no change here.
 */
@Component
@ProcessingGroup(DirectoryProjection.NAME)
public class DirectoryProjection extends CheckpointedProjection<DirectoryProjection.Writes> {

    public static final String NAME = "directory";
    static final String AGENCIES = "agency_directory";
    static final String PRACTITIONERS = "practitioner_directory";

    private final MongoCollection<Document> agencies;
    private final MongoCollection<Document> practitioners;

    public DirectoryProjection(MongoDatabase database, ProjectionCheckpoints checkpoints) {
        super(NAME, checkpoints);
        this.agencies = database.getCollection(AGENCIES);
        this.practitioners = database.getCollection(PRACTITIONERS);
    }

    @EventHandler
    void on(AgencyRegistered event, TrackingToken token) {
        apply(
                token,
                (batch, position) -> batch.agencies.add(new ReplaceOneModel<>(
                        Filters.eq("_id", event.agencyUscc()),
                        new Document("_id", event.agencyUscc())
                                .append("name", event.name())
                                .append("regionCode", event.regionCode())
                                .append("services", event.services())
                                .append("qualificationNo", event.qualificationNo())
                                .append("registeredOn", event.registeredOn().toString())
                                .append("registeredAt", position),
                        new ReplaceOptions().upsert(true))));
    }

    @EventHandler
    void on(PractitionerRegistered event, TrackingToken token) {
        apply(
                token,
                (batch, position) -> batch.practitioners.add(new ReplaceOneModel<>(
                        Filters.eq("_id", event.registrationNo()),
                        new Document("_id", event.registrationNo())
                                .append("qualification", event.qualification())
                                .append("qualifiedOn", event.qualifiedOn().toString())
                                .append("employments", new Document())
                                .append("erased", false)
                                .append("registeredAt", position),
                        new ReplaceOptions().upsert(true))));
    }

    /** Employments keyed by their id: setting one twice leaves it as it was. */
    @EventHandler
    void on(PractitionerEmploymentStarted event, TrackingToken token) {
        Document employment = new Document("id", event.employmentId())
                .append("employerKind", event.employerKind())
                .append("employerUscc", event.employerUscc())
                .append("from", event.from().toString())
                .append("endedOn", null);
        update(token, event.registrationNo(), Updates.set("employments." + event.employmentId(), employment));
    }

    @EventHandler
    void on(PractitionerEmploymentEnded event, TrackingToken token) {
        update(
                token,
                event.registrationNo(),
                Updates.set(
                        "employments." + event.employmentId() + ".endedOn",
                        event.endedOn().toString()));
    }

    @EventHandler
    void on(PersonalDataErased event, TrackingToken token) {
        update(
                token,
                event.registrationNo(),
                Updates.combine(
                        Updates.set("erased", true),
                        Updates.set("erasedOn", event.erasedOn().toString())));
    }

    private void update(TrackingToken token, String registrationNo, Bson change) {
        apply(
                token,
                (batch, position) ->
                        batch.practitioners.add(new UpdateOneModel<>(Filters.eq("_id", registrationNo), change)));
    }

    @ResetHandler
    void reset() {
        agencies.deleteMany(new Document());
        practitioners.deleteMany(new Document());
        forgetCheckpoint();
    }

    @Override
    protected Writes newBatch() {
        return new Writes();
    }

    /** One batch's writes per collection, in ledger order; each a replace or a set, so a repeat changes nothing. */
    final class Writes implements CheckpointedProjection.Batch {

        private final List<WriteModel<Document>> agencies = new ArrayList<>();
        private final List<WriteModel<Document>> practitioners = new ArrayList<>();

        @Override
        public void write() {
            if (!agencies.isEmpty()) {
                DirectoryProjection.this.agencies.bulkWrite(agencies, new BulkWriteOptions().ordered(true));
            }
            if (!practitioners.isEmpty()) {
                DirectoryProjection.this.practitioners.bulkWrite(practitioners, new BulkWriteOptions().ordered(true));
            }
        }
    }
}

package com.safetycredit.ledger.query.profile;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.safetycredit.ledger.query.projection.ProjectionCheckpoints;
import com.safetycredit.ledger.shared.credit.CreditRules;
import com.safetycredit.ledger.shared.credit.EnterpriseRecord;
import com.safetycredit.ledger.shared.credit.EnterpriseRecords;
import com.safetycredit.ledger.shared.credit.Evidence;
import com.safetycredit.ledger.shared.credit.StatusTimeline;
import com.safetycredit.ledger.shared.events.EnterpriseFact;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * One document per enterprise for search and the lists: its profile and its status timeline over valid
 * time. The timeline is recomputed from the enterprise's events up to the position being handled, so a
 * replay builds exactly what live processing built, and time-driven changes (a listing ending, an accident
 * leaving the 12-month window) are already in it: no timer, no command.
 */
@Component
@ProcessingGroup(ProfileProjection.NAME)
public class ProfileProjection {

    public static final String NAME = "profiles";
    static final String COLLECTION = "enterprise_profiles";

    private final MongoCollection<Document> profiles;
    private final EnterpriseRecords records;
    private final CreditRules rules;
    private final ProjectionCheckpoints checkpoints;

    public ProfileProjection(MongoDatabase database, EnterpriseRecords records, CreditRules rules,
                             ProjectionCheckpoints checkpoints) {
        this.profiles = database.getCollection(COLLECTION);
        this.records = records;
        this.rules = rules;
        this.checkpoints = checkpoints;
    }

    @EventHandler
    void on(EnterpriseFact fact, TrackingToken token) {
        long position = token.position().orElseThrow();
        if (checkpoints.alreadyApplied(NAME, position)) {
            return;
        }
        Optional<EnterpriseRecord> record = records.loadUpTo(fact.uscc(), position);
        if (record.isPresent()) {
            profiles.replaceOne(Filters.eq("_id", fact.uscc()), toDocument(record.get()),
                    new ReplaceOptions().upsert(true));
        }
        checkpoints.applied(NAME, position);
    }

    @ResetHandler
    void reset() {
        profiles.deleteMany(new Document());
        checkpoints.reset(NAME);
    }

    /** The profile document of a record; the replay check builds it the same way. */
    public Document toDocument(EnterpriseRecord record) {
        List<Document> timeline = StatusTimeline.of(record, rules).stream().map(interval -> new Document()
                .append("from", interval.from() == null ? null : interval.from().toString())
                .append("to", interval.to() == null ? null : interval.to().toString())
                .append("status", interval.status().name())
                .append("grade", interval.grade())
                .append("reasons", interval.reasons().stream().map(ProfileProjection::toDocument).toList())).toList();
        return new Document("_id", record.uscc())
                .append("name", record.name())
                .append("industry", record.industry())
                .append("regionCode", record.regionCode())
                .append("lastPosition", record.lastPosition())
                .append("timeline", timeline);
    }

    static Document toDocument(Evidence evidence) {
        return new Document("code", evidence.code()).append("message", evidence.message())
                .append("positions", evidence.positions());
    }
}

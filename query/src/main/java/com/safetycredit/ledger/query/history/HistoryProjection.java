package com.safetycredit.ledger.query.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.safetycredit.ledger.query.projection.ProjectionCheckpoints;
import com.safetycredit.ledger.shared.events.EnterpriseFact;
import com.safetycredit.ledger.shared.events.EventTypeRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Every event of every enterprise, as staff read it: position, type, valid and record time, actor, data.
 *
 * <p>Stored for exact-key reads only (the embedded MongoDB scans for anything else): one entry per event
 * keyed by its position, and one index document per enterprise listing its positions.
 */
@Component
@ProcessingGroup(HistoryProjection.NAME)
public class HistoryProjection {

    public static final String NAME = "history";
    static final String ENTRIES = "history_entries";
    static final String INDEX = "history_index";

    private final MongoCollection<Document> entries;
    private final MongoCollection<Document> index;
    private final ProjectionCheckpoints checkpoints;
    private final EventTypeRegistry registry;
    private final ObjectMapper objectMapper;

    public HistoryProjection(MongoDatabase database, ProjectionCheckpoints checkpoints, EventTypeRegistry registry,
                             ObjectMapper objectMapper) {
        this.entries = database.getCollection(ENTRIES);
        this.index = database.getCollection(INDEX);
        this.checkpoints = checkpoints;
        this.registry = registry;
        this.objectMapper = objectMapper;
    }

    @EventHandler
    void on(EnterpriseFact fact, EventMessage<?> message, TrackingToken token) {
        long position = token.position().orElseThrow();
        if (checkpoints.alreadyApplied(NAME, position)) {
            return;
        }
        Document entry = entry(fact, position, message.getTimestamp().toString(), message.getMetaData());
        // both writes are idempotent, so a redelivery after a crash between them repairs itself
        entries.replaceOne(Filters.eq("_id", position), entry, new ReplaceOptions().upsert(true));
        index.updateOne(Filters.eq("_id", fact.uscc()), Updates.addToSet("positions", position),
                new UpdateOptions().upsert(true));
        checkpoints.applied(NAME, position);
    }

    /** The history entry of one event; the replay check builds it the same way from the stored event. */
    public Document entry(EnterpriseFact fact, long position, String recordedAt, Map<String, ?> metadata) {
        EventTypeRegistry.Entry type = registry.require(fact.getClass());
        @SuppressWarnings("unchecked")
        Map<String, Object> data = objectMapper.convertValue(fact, Map.class);
        return new Document("_id", position)
                .append("uscc", fact.uscc())
                .append("type", type.name())
                .append("revision", type.revision())
                .append("validTime", fact.validOn() == null ? null : fact.validOn().toString())
                .append("recordedAt", recordedAt)
                .append("actor", new Document("user", metadata.get("actor"))
                        .append("role", metadata.get("role"))
                        .append("authority", metadata.get("authority")))
                .append("data", new Document(data));
    }

    @ResetHandler
    void reset() {
        entries.deleteMany(new Document());
        index.deleteMany(new Document());
        checkpoints.reset(NAME);
    }
}

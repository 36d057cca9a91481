package com.safetycredit.ledger.query.publication;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.safetycredit.ledger.contracts.events.AgencyFact;
import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.EventTypeRegistry;
import com.safetycredit.ledger.query.projection.CheckpointedProjection;
import com.safetycredit.ledger.query.projection.ProjectionCheckpoints;
import com.safetycredit.ledger.rules.publication.PublicRecord;
import com.safetycredit.ledger.rules.publication.PublicationRules;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The public record (信用信息公示): for every record the publication rules publish, its allow-listed fields and
 * periods ({@link PublicRecord}), and the allow-listed name and region of each enterprise. Nothing else of an event
 * is ever copied here, so nothing else can be published.
 */
@Component
@ProcessingGroup(DisclosureProjection.NAME)
public class DisclosureProjection extends CheckpointedProjection<DisclosureProjection.Writes> {

    public static final String NAME = "disclosures";
    static final String RECORDS = "public_records";
    static final String ENTERPRISES = "public_enterprises";
    private static final Logger log = LoggerFactory.getLogger(DisclosureProjection.class);

    private final MongoCollection<Document> records;
    private final MongoCollection<Document> enterprises;
    private final EventTypeRegistry registry;
    private final ObjectMapper objectMapper;
    private final PublicationRules rules = PublicationRules.shipped();

    public DisclosureProjection(
            MongoDatabase database,
            ProjectionCheckpoints checkpoints,
            EventTypeRegistry registry,
            ObjectMapper objectMapper) {
        super(NAME, checkpoints);
        this.records = database.getCollection(RECORDS);
        this.enterprises = database.getCollection(ENTERPRISES);
        this.registry = registry;
        this.objectMapper = objectMapper;
    }

    @EventHandler
    void on(EnterpriseFact fact, EventMessage<?> message, TrackingToken token) {
        publish(fact, fact.uscc(), message, token);
    }

    /** An agency's listing is published like an enterprise's, under its own name and region. */
    @EventHandler
    void on(AgencyFact fact, EventMessage<?> message, TrackingToken token) {
        publish(fact, fact.agencyUscc(), message, token);
    }

    private void publish(Object fact, String subject, EventMessage<?> message, TrackingToken token) {
        String type = registry.require(fact.getClass()).name();
        apply(token, (batch, position) -> {
            if (!PublicRecord.concerns(type, rules)) {
                return; // most events: nothing to publish, so neither the payload's fields nor the metadata are read
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> payload = objectMapper.convertValue(fact, Map.class);
            if (rules.namesEnterprise(type)) {
                batch.enterprise(subject, rules.enterpriseFields(payload));
            }
            PublicRecord.published(type, payload, message.getMetaData(), position, rules)
                    .ifPresent(record -> {
                        if (record.pendingCalendarYear() != null) {
                            log.error(
                                    "Record {} is not published: the working-day calendar lacks {} (add the year)",
                                    record.recordId(),
                                    record.pendingCalendarYear());
                        }
                        batch.records.put(record.recordId(), record);
                    });
            PublicRecord.changedRecordId(type, payload)
                    .flatMap(id -> batch.record(id))
                    .ifPresent(record -> batch.records.put(record.recordId(), record.after(type, payload, position)));
        });
    }

    @ResetHandler
    void reset() {
        records.deleteMany(new Document());
        enterprises.deleteMany(new Document());
        forgetCheckpoint();
    }

    @Override
    protected Writes newBatch() {
        return new Writes();
    }

    /** One batch's records and enterprise names, each written once with its state at the batch's end. */
    final class Writes implements CheckpointedProjection.Batch {

        private final Map<String, PublicRecord> records = new LinkedHashMap<>();
        private final Map<String, Map<String, Object>> names = new LinkedHashMap<>();

        Optional<PublicRecord> record(String id) {
            if (records.containsKey(id)) {
                return Optional.of(records.get(id));
            }
            return Optional.ofNullable(DisclosureProjection.this
                            .records
                            .find(Filters.eq("_id", id))
                            .first())
                    .map(d -> objectMapper.convertValue(d.get("record"), PublicRecord.class));
        }

        void enterprise(String uscc, Map<String, Object> fields) {
            if (!names.containsKey(uscc) && fields.get("name") != null && fields.get("regionCode") != null) {
                // a registration names both fields written: what was stored before would be overwritten unread
                names.put(uscc, new LinkedHashMap<>(fields));
                return;
            }
            Map<String, Object> known = names.computeIfAbsent(uscc, u -> {
                Document stored = enterprises.find(Filters.eq("_id", u)).first();
                Map<String, Object> was = new LinkedHashMap<>();
                if (stored != null) {
                    stored.forEach((k, v) -> {
                        if (!"_id".equals(k)) {
                            was.put(k, v);
                        }
                    });
                }
                return was;
            });
            known.putAll(fields);
        }

        @Override
        public void write() {
            if (!records.isEmpty()) {
                DisclosureProjection.this.records.bulkWrite(
                        records.values().stream()
                                .map(r -> new ReplaceOneModel<>(
                                        Filters.eq("_id", r.recordId()),
                                        new Document("_id", r.recordId())
                                                .append("uscc", r.uscc())
                                                .append("record", new Document(json(r))),
                                        new ReplaceOptions().upsert(true)))
                                .toList(),
                        new BulkWriteOptions().ordered(false));
            }
            if (!names.isEmpty()) {
                enterprises.bulkWrite(
                        names.entrySet().stream()
                                .map(e -> new ReplaceOneModel<>(
                                        Filters.eq("_id", e.getKey()),
                                        new Document("_id", e.getKey())
                                                .append("name", e.getValue().get("name"))
                                                .append(
                                                        "regionCode",
                                                        e.getValue().get("regionCode")),
                                        new ReplaceOptions().upsert(true)))
                                .toList(),
                        new BulkWriteOptions().ordered(false));
            }
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> json(PublicRecord record) {
            return objectMapper.convertValue(record, Map.class);
        }
    }
}

package com.safetycredit.ledger.query.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.contracts.values.SubjectIds;
import com.safetycredit.ledger.rules.publication.PublicRecord;
import com.safetycredit.ledger.rules.publication.PublicationRules;
import com.safetycredit.ledger.store.LedgerReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The exchange with the provincial public credit platform: the records the publication rules publish, as a
 * documented, versioned batch format ({@code exchange/provincial-v1.schema.json}) in ledger order. Each ledger
 * position yields the records it changes, each with its whole state after that position, so a platform that applies
 * them in order holds what the public page shows; a batch ends at a position, and the next starts after it.
 */
@Component
public class ProvincialExchange {

    public static final String FORMAT = "PROVINCIAL";
    public static final String VERSION = "1";

    /**
     * One change of a published record. {@code action}: {@code PUBLISH} (new), {@code UPDATE} (its periods changed),
     * {@code WITHDRAW} (annulled or retracted: as if never published), {@code OBJECTION_OPENED},
     * {@code OBJECTION_EXTENDED}, {@code OBJECTION_CLOSED} (the marker 异议处理中 set, its due date moved, cleared).
     */
    public record ExchangeRecord(
            long position,
            String action,
            String kind,
            String recordId,
            String uscc,
            String enterpriseName,
            String regionCode,
            Map<String, Object> fields,
            List<PublicationRules.Period> periods,
            Integer pendingCalendarYear,
            String objection,
            String objectionDueOn) {}

    public record Batch(
            String format,
            String version,
            String rules,
            long after,
            long next,
            long head,
            List<ExchangeRecord> records) {}

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final LedgerReader store;
    private final ObjectMapper objectMapper;
    private final PublicationRules rules = PublicationRules.shipped();

    public ProvincialExchange(LedgerReader store, ObjectMapper objectMapper) {
        this.store = store;
        this.objectMapper = objectMapper;
    }

    /** The records of positions {@code after + 1 … after + limit}; {@code next} is where the following batch starts. */
    public Batch batch(long after, int limit) {
        long head = store.head().position();
        List<ExchangeRecord> records = new ArrayList<>();
        long next = after;
        if (after < head) {
            for (StoredEvent event : store.readStoredEvents(after, (int) Math.min(limit, head - after))) {
                records.addAll(recordsOf(event));
                next = event.position();
            }
        }
        return new Batch(FORMAT, VERSION, rules.version(), after, next, head, records);
    }

    /** The records one ledger event changes (none for most events). */
    public List<ExchangeRecord> recordsOf(StoredEvent event) {
        Map<String, Object> payload = map(event.payload());
        String type = event.type();
        String uscc = PublicRecord.subject(payload);
        boolean agency = PublicRecord.aboutAgency(payload);
        if (rules.kindOf(type, payload).isPresent()) {
            return stateAt(
                            agency,
                            uscc,
                            String.valueOf(payload.get(
                                    rules.kindOf(type, payload).get().idField())),
                            event.position())
                    .map(s -> List.of(s.record(event.position(), "PUBLISH", null, null)))
                    .orElse(List.of());
        }
        Optional<String> changed = PublicRecord.changedRecordId(type, payload);
        if (changed.isPresent()) {
            return stateAt(agency, uscc, changed.get(), event.position())
                    .map(s -> List.of(
                            s.record(event.position(), s.record.withdrawn() ? "WITHDRAW" : "UPDATE", null, null)))
                    .orElse(List.of());
        }
        return switch (type) {
            case "ObjectionFiled" -> objection(event, payload, "OBJECTION_OPENED", Disclosures.UNDER_OBJECTION);
            case "ObjectionExtended" -> objection(event, payload, "OBJECTION_EXTENDED", Disclosures.UNDER_OBJECTION);
            case "ObjectionDecided" -> objection(event, payload, "OBJECTION_CLOSED", null);
            default -> List.of();
        };
    }

    private List<ExchangeRecord> objection(
            StoredEvent event, Map<String, Object> payload, String action, String marker) {
        Map<String, Object> filed = payload.containsKey("factId")
                ? payload
                : map(store.readAggregateStoredEvents(String.valueOf(payload.get("objectionId")))
                        .get(0)
                        .payload());
        Object due = payload.containsKey("dueOn") ? payload.get("dueOn") : null;
        return stateAt(false, String.valueOf(filed.get("uscc")), String.valueOf(filed.get("factId")), event.position())
                .map(s -> List.of(s.record(event.position(), action, marker, due == null ? null : due.toString())))
                .orElse(List.of());
    }

    /** A published record as of a position, with its enterprise's name and region then. */
    private record State(PublicRecord record, Map<String, Object> enterprise) {
        ExchangeRecord record(long position, String action, String objection, String dueOn) {
            return new ExchangeRecord(
                    position,
                    action,
                    record.kind(),
                    record.recordId(),
                    record.uscc(),
                    (String) enterprise.get("name"),
                    (String) enterprise.get("regionCode"),
                    record.fields(),
                    record.periods(),
                    record.pendingCalendarYear(),
                    objection,
                    dueOn);
        }
    }

    /**
     * Folds the subject's own stream (the enterprise's, or the agency's) up to {@code position}: the record as
     * published then, if it was.
     */
    private Optional<State> stateAt(boolean agency, String uscc, String recordId, long position) {
        PublicRecord record = null;
        Map<String, Object> enterprise = new LinkedHashMap<>();
        for (StoredEvent e : store.readAggregateStoredEvents(agency ? SubjectIds.agency(uscc) : uscc)) {
            if (e.position() > position) {
                break;
            }
            Map<String, Object> payload = map(e.payload());
            if (rules.namesEnterprise(e.type())) {
                enterprise.putAll(rules.enterpriseFields(payload));
            }
            Optional<PublicRecord> published =
                    PublicRecord.published(e.type(), payload, map(e.metadata()), e.position(), rules);
            if (published.isPresent() && published.get().recordId().equals(recordId)) {
                record = published.get();
            } else if (record != null
                    && PublicRecord.changedRecordId(e.type(), payload)
                            .filter(recordId::equals)
                            .isPresent()) {
                record = record.after(e.type(), payload, e.position());
            }
        }
        return record == null ? Optional.empty() : Optional.of(new State(record, enterprise));
    }

    private Map<String, Object> map(String json) {
        try {
            return objectMapper.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON is unreadable; verify the ledger", e);
        }
    }
}

package com.safetycredit.ledger.query.history;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.safetycredit.ledger.query.objection.ObjectionQueue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Reads enterprise histories by exact keys: the enterprise's index document, then its entries by position. */
@Component
public class HistoryQueries {

    private final MongoCollection<Document> entries;
    private final MongoCollection<Document> index;

    private final ObjectionQueue objections;

    public HistoryQueries(MongoDatabase database, ObjectionQueue objections) {
        this.entries = database.getCollection(HistoryProjection.ENTRIES);
        this.index = database.getCollection(HistoryProjection.INDEX);
        this.objections = objections;
    }

    /**
     * @param from  first valid date to include, or {@code null}
     * @param to    last valid date to include, or {@code null}
     * @param types event type names to include; empty for all
     * @return empty if the ledger knows no such enterprise
     */
    public Optional<EnterpriseHistory> history(String uscc, LocalDate from, LocalDate to, Set<String> types) {
        Document indexed = index.find(Filters.eq("_id", uscc)).first();
        if (indexed == null) {
            return Optional.empty();
        }
        List<Long> positions = indexed.getList("positions", Number.class).stream()
                .map(Number::longValue)
                .toList();
        List<HistoryEntry> events = new ArrayList<>(positions.size());
        ObjectionQueue.Marks marks = objections.marksOf(uscc);
        for (Document entry : entries.find(Filters.in("_id", positions))) {
            HistoryEntry event = toEntry(entry);
            if (matches(event, from, to, types)) {
                events.add(marks.marks(event.position(), event.data()) ? event.markedUnderObjection() : event);
            }
        }
        events.sort(Comparator.comparingLong(HistoryEntry::position));
        return Optional.of(new EnterpriseHistory(uscc, events));
    }

    private static boolean matches(HistoryEntry event, LocalDate from, LocalDate to, Set<String> types) {
        if (!types.isEmpty() && !types.contains(event.type())) {
            return false;
        }
        LocalDate valid = event.validTime() == null ? null : LocalDate.parse(event.validTime());
        if (valid == null) {
            return from == null && to == null;
        }
        return (from == null || !valid.isBefore(from)) && (to == null || !valid.isAfter(to));
    }

    private static HistoryEntry toEntry(Document entry) {
        Document actor = entry.get("actor", Document.class);
        return new HistoryEntry(
                entry.get("_id", Number.class).longValue(),
                entry.getString("type"),
                entry.get("revision", Number.class).intValue(),
                entry.getString("validTime"),
                entry.getString("recordedAt"),
                new HistoryEntry.Actor(actor.getString("user"), actor.getString("role"), actor.getString("authority")),
                entry.get("data", Document.class));
    }
}

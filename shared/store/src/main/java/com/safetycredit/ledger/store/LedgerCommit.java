package com.safetycredit.ledger.store;

import com.safetycredit.ledger.contracts.chain.LedgerHead;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/** The events of one unit of work, numbered and chained onto a head: one document, stored all or nothing. */
record LedgerCommit(List<StoredEvent> events) {

    static LedgerCommit chain(LedgerHead head, List<UnchainedEvent> unchained) {
        List<StoredEvent> events = new ArrayList<>(unchained.size());
        long position = head.position();
        String hash = head.hash();
        for (UnchainedEvent event : unchained) {
            StoredEvent stored = event.at(++position, hash);
            hash = stored.hash();
            events.add(stored);
        }
        return new LedgerCommit(events);
    }

    LedgerHead head() {
        StoredEvent last = events.get(events.size() - 1);
        return new LedgerHead(last.position(), last.hash());
    }

    /**
     * The key that makes (aggregate, sequence) unique. Events without an aggregate get a key of their own
     * event id, because a unique index treats every missing key as the same {@code null}.
     */
    static String eventKey(String aggregateId, long sequence) {
        return aggregateId + "#" + sequence;
    }

    Document toDocument(Date committedAt) {
        List<Long> positions = new ArrayList<>(events.size());
        List<String> eventKeys = new ArrayList<>(events.size());
        List<Document> eventDocuments = new ArrayList<>(events.size());
        for (StoredEvent event : events) {
            positions.add(event.position());
            eventKeys.add(
                    event.isDomainEvent()
                            ? eventKey(event.aggregateId(), event.sequence())
                            : "~event#" + event.eventId());
            eventDocuments.add(toDocument(event));
        }
        return new Document("_id", events.get(0).position())
                .append("last", events.get(events.size() - 1).position())
                .append("positions", positions)
                .append("eventKeys", eventKeys)
                .append("committedAt", committedAt)
                .append("events", eventDocuments);
    }

    static List<StoredEvent> eventsOf(Document commit) {
        List<Document> documents = commit.getList("events", Document.class);
        List<StoredEvent> events = new ArrayList<>(documents.size());
        for (Document document : documents) {
            events.add(fromDocument(document));
        }
        return events;
    }

    static LedgerHead headOf(Document commit) {
        List<StoredEvent> events = eventsOf(commit);
        StoredEvent last = events.get(events.size() - 1);
        return new LedgerHead(last.position(), last.hash());
    }

    private static Document toDocument(StoredEvent event) {
        Document document = new Document("position", event.position())
                .append("eventId", event.eventId())
                .append("type", event.type())
                .append("revision", event.revision());
        if (event.aggregateId() != null) {
            document.append("aggregateType", event.aggregateType())
                    .append("aggregateId", event.aggregateId())
                    .append("sequence", event.sequence());
        }
        return document.append("timestamp", event.timestamp())
                .append("payload", event.payload())
                .append("metadata", event.metadata())
                .append("hash", event.hash());
    }

    static StoredEvent fromDocument(Document document) {
        Number sequence = document.get("sequence", Number.class);
        return new StoredEvent(
                document.get("position", Number.class).longValue(),
                document.getString("eventId"),
                document.getString("type"),
                document.getString("revision"),
                document.getString("aggregateType"),
                document.getString("aggregateId"),
                sequence == null ? null : sequence.longValue(),
                document.getString("timestamp"),
                document.getString("payload"),
                document.getString("metadata"),
                document.getString("hash"));
    }
}

package com.safetycredit.ledger.query.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.contracts.events.EventMetadata;
import com.safetycredit.ledger.store.LedgerReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Pages through the store by exact positions; a type filter skips events but never the cursor. */
@Component
public class FeedReader {

    /** A filtered page scans at most this many positions, then returns its cursor so the client continues. */
    static final int MAX_SCAN = 10_000;

    private static final int BATCH = 500;

    private final LedgerReader store;
    private final ObjectMapper objectMapper;

    public FeedReader(LedgerReader store, ObjectMapper objectMapper) {
        this.store = store;
        this.objectMapper = objectMapper;
    }

    public FeedPage page(long after, int limit, Set<String> types) {
        long head = store.head().position();
        List<PublishedEvent> events = new ArrayList<>(limit);
        long cursor = after;
        while (events.size() < limit && cursor < head && cursor - after < MAX_SCAN) {
            int batch = types.isEmpty() ? limit - events.size() : BATCH;
            List<StoredEvent> stored = store.readStoredEvents(cursor, (int) Math.min(batch, head - cursor));
            if (stored.isEmpty()) {
                break;
            }
            for (StoredEvent event : stored) {
                if (events.size() == limit) {
                    break;
                }
                cursor = event.position();
                if (types.isEmpty() || types.contains(event.type())) {
                    events.add(publish(event));
                }
            }
        }
        return new FeedPage(events, cursor, head);
    }

    public PublishedEvent publish(StoredEvent event) {
        return new PublishedEvent(
                event.position(),
                event.eventId(),
                event.type(),
                event.revision(),
                event.aggregateId(),
                event.sequence(),
                event.timestamp(),
                json(event.payload()),
                publicMetadata(json(event.metadata())),
                event.hash());
    }

    private Map<String, Object> publicMetadata(JsonNode metadata) {
        Map<String, Object> published = new LinkedHashMap<>();
        metadata.properties().forEach(field -> {
            if (EventMetadata.PUBLIC.contains(field.getKey())) {
                published.put(field.getKey(), field.getValue().asText());
            }
        });
        return published;
    }

    private JsonNode json(String text) {
        try {
            return objectMapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON is unreadable; verify the ledger", e);
        }
    }
}

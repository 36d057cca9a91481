package com.safetycredit.ledger.command.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.contracts.events.EventMetadata;
import com.safetycredit.ledger.store.LedgerReader;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a request appended, found in the ledger by the idempotency key and actor its events carry: the
 * answer to a repeat of a request whose process died (or whose key could not be marked done) after the
 * command had succeeded. Reads only the events since the key was claimed.
 */
@Component
public class RecordedRequests implements IdempotencyKeys.Recorded {

    private static final int PAGE = 1000;
    private final LedgerReader store;
    private final ObjectMapper json = new ObjectMapper();

    public RecordedRequests(LedgerReader store) {
        this.store = store;
    }

    @Override
    public Optional<WriteResponse> find(String principal, String key, long after) {
        WriteResponse found = null;
        long cursor = after;
        while (true) {
            List<StoredEvent> page = store.readStoredEvents(cursor, PAGE);
            for (StoredEvent event : page) {
                JsonNode metadata = metadata(event);
                if (key.equals(metadata.path(EventMetadata.IDEMPOTENCY_KEY).asText(null))
                        && principal.equals(metadata.path(EventMetadata.ACTOR).asText(null))) {
                    found = new WriteResponse(event.aggregateId(), event.position());
                }
                cursor = event.position();
            }
            if (page.size() < PAGE) {
                return Optional.ofNullable(found);
            }
        }
    }

    private JsonNode metadata(StoredEvent event) {
        try {
            return event.metadata() == null ? json.createObjectNode() : json.readTree(event.metadata());
        } catch (JsonProcessingException e) {
            return json.createObjectNode();
        }
    }
}

package com.safetycredit.ledger.contracts.chain;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.safetycredit.ledger.contracts.events.EventTypeRegistry;
import com.safetycredit.ledger.contracts.events.PayloadUpcasters;
import java.io.IOException;
import java.util.Optional;

/**
 * A stored event's payload as today's event class, read without any framework: looked up by its stable
 * name, upcast from its revision, mapped by Jackson. What the offline verifier reads an export with, and the
 * online checks the ledger's own events.
 */
public final class EventPayloads {

    private final EventTypeRegistry registry;
    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public EventPayloads(EventTypeRegistry registry) {
        this.registry = registry;
    }

    /** The payload, or empty for a type this code does not know (the chain check names those). */
    public Optional<Object> read(StoredEvent event) {
        return registry.forName(event.type()).map(entry -> {
            try {
                return mapper.readValue(
                        PayloadUpcasters.upcast(event.type(), event.revision(), event.payload()), entry.type());
            } catch (IOException e) {
                throw new IllegalArgumentException("Unreadable payload at position " + event.position(), e);
            }
        });
    }
}

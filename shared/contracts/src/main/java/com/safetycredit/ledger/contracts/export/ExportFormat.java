package com.safetycredit.ledger.contracts.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safetycredit.ledger.contracts.chain.StoredEvent;

/**
 * One line of a ledger export (NDJSON): a stored event exactly as stored — payload and metadata as their
 * canonical JSON text, so the hash can be recomputed byte for byte.
 *
 * <pre>{"position":1,"eventId":"…","type":"EnterpriseRegistered","revision":"1","aggregateType":"EnterpriseAggregate",
 *  "aggregateId":"9133…","sequence":0,"timestamp":"2026-…Z","payload":"{…}","metadata":"{…}","hash":"…"}</pre>
 */
public final class ExportFormat {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExportFormat() {}

    public static String line(StoredEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static StoredEvent parse(String line) {
        try {
            return MAPPER.readValue(line, StoredEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not an export line: " + e.getOriginalMessage(), e);
        }
    }
}

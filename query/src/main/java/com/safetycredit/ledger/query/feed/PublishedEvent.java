package com.safetycredit.ledger.query.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * An event as other agencies receive it: exactly the stored payload and hash, and the public part of its
 * metadata (who recorded it; never the client address).
 */
public record PublishedEvent(
        long position,
        String eventId,
        String type,
        String revision,
        String aggregateId,
        Long sequence,
        String recordedAt,
        JsonNode data,
        Map<String, Object> metadata,
        String hash) {}

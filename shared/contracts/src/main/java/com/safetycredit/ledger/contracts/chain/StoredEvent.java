package com.safetycredit.ledger.contracts.chain;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One event exactly as the ledger stores, hashes and exports it.
 *
 * @param position      gap-free global position, 1, 2, 3, …
 * @param eventId       the Axon message identifier
 * @param type          stable type name (see {@code @LedgerEvent})
 * @param revision      revision of the payload's shape
 * @param aggregateType aggregate type name, {@code null} for events not published by an aggregate
 * @param aggregateId   aggregate identifier, {@code null} likewise
 * @param sequence      the aggregate's sequence number, {@code null} likewise
 * @param timestamp     record time, ISO-8601 UTC ({@link java.time.Instant#toString()})
 * @param payload       canonical JSON of the payload
 * @param metadata      canonical JSON of the metadata (who did what)
 * @param hash          SHA-256 hex of (previous hash ‖ canonical bytes), see {@link HashChain}
 */
public record StoredEvent(
        long position,
        String eventId,
        String type,
        String revision,
        String aggregateType,
        String aggregateId,
        Long sequence,
        String timestamp,
        String payload,
        String metadata,
        String hash) {

    @JsonIgnore
    public boolean isDomainEvent() {
        return aggregateId != null;
    }

    public StoredEvent withHash(String newHash) {
        return new StoredEvent(
                position,
                eventId,
                type,
                revision,
                aggregateType,
                aggregateId,
                sequence,
                timestamp,
                payload,
                metadata,
                newHash);
    }
}

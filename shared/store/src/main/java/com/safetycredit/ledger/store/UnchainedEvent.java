package com.safetycredit.ledger.store;

import com.safetycredit.ledger.contracts.chain.CanonicalJson;
import com.safetycredit.ledger.contracts.chain.HashChain;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.contracts.events.EventTypeRegistry;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;

/**
 * An event serialized to canonical JSON but not yet given a position or hash. Serializing happens before
 * the commit is attempted, so a race on the head only re-numbers and re-hashes, never re-serializes.
 */
record UnchainedEvent(
        String eventId,
        String type,
        String revision,
        String aggregateType,
        String aggregateId,
        Long sequence,
        String timestamp,
        String payload,
        String metadata) {

    static UnchainedEvent of(EventMessage<?> event, Serializer serializer, EventTypeRegistry registry) {
        EventTypeRegistry.Entry entry = registry.require(event.getPayloadType());
        String payload = CanonicalJson.canonicalize(
                serializer.serialize(event.getPayload(), String.class).getData());
        String metadata = CanonicalJson.canonicalize(
                serializer.serialize(event.getMetaData(), String.class).getData());
        String aggregateType = null;
        String aggregateId = null;
        Long sequence = null;
        if (event instanceof DomainEventMessage<?> domainEvent && domainEvent.getAggregateIdentifier() != null) {
            aggregateType = domainEvent.getType();
            aggregateId = domainEvent.getAggregateIdentifier();
            sequence = domainEvent.getSequenceNumber();
        }
        return new UnchainedEvent(
                event.getIdentifier(),
                entry.name(),
                entry.revisionText(),
                aggregateType,
                aggregateId,
                sequence,
                event.getTimestamp().toString(),
                payload,
                metadata);
    }

    StoredEvent at(long position, String previousHash) {
        StoredEvent unhashed = new StoredEvent(
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
                null);
        return unhashed.withHash(HashChain.next(previousHash, unhashed));
    }
}

package com.safetycredit.ledger.store;

import com.safetycredit.ledger.contracts.chain.StoredEvent;
import java.time.Instant;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;

/** A stored event that no aggregate published (Axon tells those apart by not being DomainEventData). */
record StoredTrackedEventData(TrackingToken trackingToken, StoredEvent event) implements TrackedEventData<String> {

    @Override
    public String getEventIdentifier() {
        return event.eventId();
    }

    @Override
    public Instant getTimestamp() {
        return Instant.parse(event.timestamp());
    }

    @Override
    public SerializedObject<String> getMetaData() {
        return new SimpleSerializedObject<>(event.metadata(), String.class, MetaData.class.getName(), null);
    }

    @Override
    public SerializedObject<String> getPayload() {
        return new SimpleSerializedObject<>(event.payload(), String.class, event.type(), event.revision());
    }
}

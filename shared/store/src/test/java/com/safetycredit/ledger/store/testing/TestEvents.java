package com.safetycredit.ledger.store.testing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.mongodb.client.MongoDatabase;
import com.safetycredit.ledger.contracts.events.EventTypeRegistry;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import com.safetycredit.ledger.store.LedgerSerializer;
import com.safetycredit.ledger.store.MongoLedgerStorageEngine;
import java.time.Instant;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;

/** Small events for the store's contract tests. */
public final class TestEvents {

    private TestEvents() {}

    @LedgerEvent(name = "ThingRecorded")
    public record ThingRecorded(String thingId, int number, String note) {}

    @LedgerEvent(name = "BulletinPublished")
    public record BulletinPublished(String text) {}

    /** Fails to serialize: stands in for any failure in the middle of preparing a commit. */
    @LedgerEvent(name = "Exploding")
    public record Exploding(String reason) {
        @JsonProperty("boom")
        public String boom() {
            throw new IllegalStateException("serialization failed on purpose: " + reason);
        }
    }

    public static final EventTypeRegistry REGISTRY =
            EventTypeRegistry.of(ThingRecorded.class, BulletinPublished.class, Exploding.class);

    public static LedgerSerializer serializer() {
        return new LedgerSerializer(JacksonSerializer.defaultSerializer(), REGISTRY);
    }

    public static MongoLedgerStorageEngine engine(MongoDatabase database) {
        LedgerSerializer serializer = serializer();
        return MongoLedgerStorageEngine.builder()
                .database(database)
                .registry(REGISTRY)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                // as in the server: the contract tests then hold with tracking reads served from recent events
                .recentEvents(1_000)
                .build();
    }

    public static DomainEventMessage<ThingRecorded> recorded(String thingId, long sequence) {
        return new GenericDomainEventMessage<>(
                "Thing",
                thingId,
                sequence,
                new ThingRecorded(thingId, (int) sequence, "第" + sequence + "件 \"quoted\""),
                MetaData.from(Map.of("actor", "registrar-1", "requestId", "r-" + thingId + "-" + sequence)));
    }

    /** As {@link #recorded}, recorded at a given moment rather than now. */
    public static DomainEventMessage<ThingRecorded> recordedAt(String thingId, long sequence, Instant at) {
        DomainEventMessage<ThingRecorded> event = recorded(thingId, sequence);
        return new GenericDomainEventMessage<>(
                event.getType(), thingId, sequence, event.getPayload(), event.getMetaData(), event.getIdentifier(), at);
    }

    public static EventMessage<BulletinPublished> bulletin(String text) {
        return GenericEventMessage.asEventMessage(new BulletinPublished(text));
    }

    public static DomainEventMessage<Exploding> exploding(String thingId, long sequence) {
        return new GenericDomainEventMessage<>("Thing", thingId, sequence, new Exploding("test"));
    }
}

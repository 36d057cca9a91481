package com.safetycredit.ledger.store;

import java.time.Instant;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;

/**
 * A domain event kept among the recent messages: deserialised lazily, once, by whichever processor looks first —
 * and from then on without the JSON it was read from. Axon's own message keeps that JSON beside the objects for as
 * long as it lives; with 100,000 messages kept, held by every processor's batch too, that was about half of what
 * they took (docs/benchmarks.md). Nothing downstream asks a message for its serialised form.
 */
final class SettlingMessage<T> implements TrackedEventMessage<T>, DomainEventMessage<T> {

    private static final long serialVersionUID = 1L;

    private record Settled<T>(T payload, MetaData metaData) {}

    private final TrackingToken trackingToken;
    private final String identifier;
    private final String type;
    private final String aggregateIdentifier;
    private final long sequenceNumber;
    private final Instant timestamp;
    private final Class<T> payloadType;
    private transient volatile DomainEventMessage<T> read; // as read from the store, until settled
    private volatile Settled<T> settled;

    private SettlingMessage(TrackedEventMessage<T> tracked, DomainEventMessage<T> domain) {
        this.trackingToken = tracked.trackingToken();
        this.identifier = domain.getIdentifier();
        this.type = domain.getType();
        this.aggregateIdentifier = domain.getAggregateIdentifier();
        this.sequenceNumber = domain.getSequenceNumber();
        this.timestamp = domain.getTimestamp();
        this.payloadType = domain.getPayloadType(); // from the stored type name: nothing is deserialised for it
        this.read = domain;
    }

    /** A domain event read from the store, to be kept; any other message as it is. */
    static TrackedEventMessage<?> of(TrackedEventMessage<?> read) {
        return read instanceof DomainEventMessage<?> ? typed(read) : read;
    }

    @SuppressWarnings("unchecked")
    private static <T> TrackedEventMessage<T> typed(TrackedEventMessage<T> read) {
        return new SettlingMessage<>(read, (DomainEventMessage<T>) read);
    }

    private Settled<T> settled() {
        Settled<T> done = settled;
        if (done == null) {
            synchronized (this) {
                done = settled;
                if (done == null) {
                    DomainEventMessage<T> source = read;
                    done = new Settled<>(source.getPayload(), source.getMetaData());
                    settled = done;
                    read = null; // the JSON goes with it
                }
            }
        }
        return done;
    }

    @Override
    public T getPayload() {
        return settled().payload();
    }

    @Override
    public MetaData getMetaData() {
        return settled().metaData();
    }

    @Override
    public Class<T> getPayloadType() {
        return payloadType;
    }

    @Override
    public String getIdentifier() {
        return identifier;
    }

    @Override
    public Instant getTimestamp() {
        return timestamp;
    }

    @Override
    public String getType() {
        return type;
    }

    @Override
    public String getAggregateIdentifier() {
        return aggregateIdentifier;
    }

    @Override
    public long getSequenceNumber() {
        return sequenceNumber;
    }

    @Override
    public TrackingToken trackingToken() {
        return trackingToken;
    }

    /** Axon's processors put their own token on every message they handle: the same event, still settled once. */
    @Override
    public GenericTrackedDomainEventMessage<T> withTrackingToken(TrackingToken token) {
        return new GenericTrackedDomainEventMessage<>(token, this);
    }

    @Override
    public GenericTrackedDomainEventMessage<T> withMetaData(Map<String, ?> metaData) {
        return copy(MetaData.from(metaData));
    }

    @Override
    public GenericTrackedDomainEventMessage<T> andMetaData(Map<String, ?> metaData) {
        return copy(getMetaData().mergedWith(metaData));
    }

    /** A settled copy with other metadata; it holds the timestamp, not this message. */
    private GenericTrackedDomainEventMessage<T> copy(MetaData metaData) {
        Instant at = timestamp;
        return new GenericTrackedDomainEventMessage<>(
                trackingToken,
                type,
                aggregateIdentifier,
                sequenceNumber,
                new GenericMessage<>(identifier, payloadType, getPayload(), metaData),
                () -> at);
    }

    @Override
    public String toString() {
        return "SettlingMessage{" + type + " " + aggregateIdentifier + "#" + sequenceNumber + " at " + trackingToken
                + ", payload " + payloadType.getSimpleName() + "}";
    }
}

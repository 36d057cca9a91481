package com.safetycredit.ledger.store;

import java.util.concurrent.atomic.LongAdder;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;

/**
 * The event serializer as the processors' reads use it, counting what it deserialises: payloads and metadata
 * apart. A replay should deserialise each stored event once for all read models; these counts say whether it
 * did ({@link MongoLedgerStorageEngine#trackingDeserialisations()}).
 */
public final class CountingSerializer implements Serializer {

    /** What the processors' reads have deserialised so far. */
    public record Counts(long payloads, long metadata) {}

    private static final String METADATA = MetaData.class.getName();

    private final Serializer delegate;
    private final LongAdder payloads = new LongAdder();
    private final LongAdder metadata = new LongAdder();

    CountingSerializer(Serializer delegate) {
        this.delegate = delegate;
    }

    Counts counts() {
        return new Counts(payloads.sum(), metadata.sum());
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        (METADATA.equals(serializedObject.getType().getName()) ? metadata : payloads).increment();
        return delegate.deserialize(serializedObject);
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        return delegate.serialize(object, expectedRepresentation);
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    @SuppressWarnings("rawtypes") // Axon's Serializer declares it raw
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    @SuppressWarnings("rawtypes") // Axon's Serializer declares it raw
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}

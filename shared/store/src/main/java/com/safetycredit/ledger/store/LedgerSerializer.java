package com.safetycredit.ledger.store;

import com.safetycredit.ledger.contracts.events.EventTypeRegistry;
import com.safetycredit.ledger.contracts.events.PayloadUpcasters;
import java.util.Optional;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;

/**
 * An Axon {@link Serializer} that names registered events by their stable type name instead of their
 * Java class name. Everything else (JSON mapping, metadata, unregistered types) is the delegate's.
 *
 * <p>Upcasters therefore see {@code AccidentReported} revision {@code 1}, never a class name.
 */
public class LedgerSerializer implements Serializer {

    private final Serializer delegate;
    private final EventTypeRegistry registry;

    public LedgerSerializer(Serializer delegate, EventTypeRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
    }

    public EventTypeRegistry registry() {
        return registry;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        SerializedObject<T> serialized = delegate.serialize(object, expectedRepresentation);
        if (object == null) {
            return serialized;
        }
        return registry.forClass(object.getClass())
                .<SerializedObject<T>>map(entry -> new SimpleSerializedObject<>(
                        serialized.getData(),
                        serialized.getContentType(),
                        new SimpleSerializedType(entry.name(), entry.revisionText())))
                .orElse(serialized);
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        return delegate.deserialize(toClassNamed(serializedObject));
    }

    @Override
    @SuppressWarnings("rawtypes") // Axon's Serializer declares it raw
    public Class classForType(SerializedType type) {
        Optional<EventTypeRegistry.Entry> entry = registry.forName(type.getName());
        return entry.isPresent() ? entry.get().type() : delegate.classForType(type);
    }

    @Override
    @SuppressWarnings("rawtypes") // Axon's Serializer declares it raw
    public SerializedType typeForClass(Class type) {
        return registry.forClass(type)
                .<SerializedType>map(entry -> new SimpleSerializedType(entry.name(), entry.revisionText()))
                .orElseGet(() -> delegate.typeForClass(type));
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }

    /** Older revisions read in today's shape ({@link PayloadUpcasters}); only JSON text can be upcast. */
    @SuppressWarnings("unchecked")
    private static <S> S upcast(SerializedObject<S> serialized) {
        if (serialized.getData() instanceof String json) {
            return (S) PayloadUpcasters.upcast(
                    serialized.getType().getName(), serialized.getType().getRevision(), json);
        }
        return serialized.getData();
    }

    private <S> SerializedObject<S> toClassNamed(SerializedObject<S> serializedObject) {
        SerializedType type = serializedObject.getType();
        return registry.forName(type.getName())
                .<SerializedObject<S>>map(entry -> new SimpleSerializedObject<>(
                        upcast(serializedObject),
                        serializedObject.getContentType(),
                        new SimpleSerializedType(entry.type().getName(), type.getRevision())))
                .orElse(serializedObject);
    }
}

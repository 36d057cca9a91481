package com.safetycredit.ledger.contracts.events;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where stable event type names are mapped to Java classes.
 *
 * <p>Built from classes annotated with {@link LedgerEvent}. The store refuses to append an event whose
 * payload class is not registered, so every stored event has a stable name.
 */
public final class EventTypeRegistry {

    /** A registered event type. */
    public record Entry(String name, int revision, Class<?> type) {
        public String revisionText() {
            return Integer.toString(revision);
        }
    }

    private final Map<String, Entry> byName = new LinkedHashMap<>();
    private final Map<Class<?>, Entry> byClass = new LinkedHashMap<>();

    private EventTypeRegistry(Collection<Class<?>> types) {
        for (Class<?> type : types) {
            LedgerEvent annotation = type.getAnnotation(LedgerEvent.class);
            if (annotation == null) {
                throw new IllegalArgumentException(type.getName() + " is not annotated with @LedgerEvent");
            }
            String name = annotation.name();
            if (name.isBlank() || name.contains(".") || name.contains("#")) {
                throw new IllegalArgumentException("Illegal event type name '" + name + "' on " + type.getName());
            }
            if (annotation.revision() < 1) {
                throw new IllegalArgumentException("Revision of " + name + " must be at least 1");
            }
            Entry entry = new Entry(name, annotation.revision(), type);
            Entry previous = byName.putIfAbsent(name, entry);
            if (previous != null && previous.type() != type) {
                throw new IllegalArgumentException("Event type name " + name + " is used by both "
                        + previous.type().getName() + " and " + type.getName());
            }
            byClass.put(type, entry);
        }
    }

    public static EventTypeRegistry of(Collection<Class<?>> types) {
        return new EventTypeRegistry(types);
    }

    public static EventTypeRegistry of(Class<?>... types) {
        return new EventTypeRegistry(List.of(types));
    }

    public Optional<Entry> forClass(Class<?> type) {
        return Optional.ofNullable(byClass.get(type));
    }

    public Optional<Entry> forName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The entry for a payload class, or a clear error naming the unregistered class. */
    public Entry require(Class<?> type) {
        return forClass(type)
                .orElseThrow(() -> new UnknownEventTypeException(
                        "Event class " + type.getName() + " has no stable type name: annotate it with @LedgerEvent"
                                + " and add it to the event type registry"));
    }

    public List<Entry> entries() {
        return List.copyOf(byName.values());
    }
}

package com.safetycredit.ledger.shared.credit;

import com.safetycredit.ledger.shared.store.MongoLedgerStorageEngine;
import com.safetycredit.ledger.shared.store.StoredEvent;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/** Loads an enterprise's record straight from the ledger store: its own event stream, by exact keys. */
public final class EnterpriseRecords {

    private final MongoLedgerStorageEngine store;
    private final Serializer serializer;

    public EnterpriseRecords(MongoLedgerStorageEngine store, Serializer serializer) {
        this.store = store;
        this.serializer = serializer;
    }

    /** The record as the ledger holds it now; empty if the enterprise was never registered. */
    public Optional<EnterpriseRecord> load(String uscc) {
        return load(uscc, event -> true);
    }

    /** The record as the ledger knew it at {@code knownAt}: only events recorded by then count. */
    public Optional<EnterpriseRecord> loadAsKnownAt(String uscc, Instant knownAt) {
        return load(uscc, event -> !Instant.parse(event.timestamp()).isAfter(knownAt));
    }

    /** The record up to a ledger position: what a projection sees when it handles that position. */
    public Optional<EnterpriseRecord> loadUpTo(String uscc, long position) {
        return load(uscc, event -> event.position() <= position);
    }

    private Optional<EnterpriseRecord> load(String uscc, Predicate<StoredEvent> known) {
        EnterpriseRecord record = new EnterpriseRecord();
        for (StoredEvent event : store.readAggregateStoredEvents(uscc)) {
            if (known.test(event)) {
                record.apply(payload(event), event.position());
            }
        }
        return record.registered() ? Optional.of(record) : Optional.empty();
    }

    public Object payload(StoredEvent event) {
        return serializer.deserialize(new SimpleSerializedObject<>(event.payload(), String.class, event.type(),
                event.revision()));
    }
}

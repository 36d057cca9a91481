package com.safetycredit.ledger.shared.credit;

import com.safetycredit.ledger.shared.store.MongoLedgerStorageEngine;
import com.safetycredit.ledger.shared.store.StoredEvent;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import java.util.Optional;

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
        EnterpriseRecord record = new EnterpriseRecord();
        for (StoredEvent event : store.readAggregateStoredEvents(uscc)) {
            record.apply(payload(event), event.position());
        }
        return record.registered() ? Optional.of(record) : Optional.empty();
    }

    public Object payload(StoredEvent event) {
        return serializer.deserialize(new SimpleSerializedObject<>(event.payload(), String.class, event.type(),
                event.revision()));
    }
}

package com.safetycredit.ledger.store;

import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.rules.credit.EnterpriseEvents;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * The rules' {@link EnterpriseEvents} from the store: an aggregate's stream read by exact keys, each payload
 * deserialized (and upcast) by the ledger's event serializer.
 */
public final class StoredEnterpriseEvents implements EnterpriseEvents {

    private final LedgerReader store;
    private final Serializer serializer;

    public StoredEnterpriseEvents(LedgerReader store, Serializer serializer) {
        this.store = store;
        this.serializer = serializer;
    }

    @Override
    public List<Recorded> of(String uscc) {
        return recorded(store.readAggregateStoredEvents(uscc));
    }

    @Override
    public List<Recorded> of(String uscc, long lastSequence) {
        return recorded(store.readAggregateStoredEvents(uscc, lastSequence));
    }

    private List<Recorded> recorded(List<StoredEvent> stream) {
        return stream.stream()
                .map(event -> new Recorded(event.position(), Instant.parse(event.timestamp()), () -> payload(event)))
                .toList();
    }

    /** A stored event's payload as today's event class. */
    public Object payload(StoredEvent event) {
        return serializer.deserialize(
                new SimpleSerializedObject<>(event.payload(), String.class, event.type(), event.revision()));
    }
}

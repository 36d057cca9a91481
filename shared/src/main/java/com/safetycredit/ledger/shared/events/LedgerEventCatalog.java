package com.safetycredit.ledger.shared.events;

import com.safetycredit.ledger.shared.events.enterprise.EnterpriseRegistered;

import java.util.List;

/** Every event type the ledger stores and publishes. Add new event classes here. */
public final class LedgerEventCatalog {

    public static final List<Class<?>> EVENT_TYPES = List.of(
            EnterpriseRegistered.class
    );

    private LedgerEventCatalog() {
    }

    public static EventTypeRegistry registry() {
        return EventTypeRegistry.of(EVENT_TYPES);
    }
}

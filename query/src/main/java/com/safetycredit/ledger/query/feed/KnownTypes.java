package com.safetycredit.ledger.query.feed;

import com.safetycredit.ledger.contracts.events.EventTypeRegistry;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import java.util.Collection;

/** The event types a reader filters by: a type the ledger does not know is a typo, not a filter that matches nothing. */
public final class KnownTypes {

    private KnownTypes() {}

    public static void require(EventTypeRegistry registry, Collection<String> types) {
        for (String type : types) {
            if (registry.forName(type).isEmpty()) {
                throw new InvalidInputException("unknown-type", "types", type.replaceAll("\\p{Cntrl}", "?"));
            }
        }
    }
}

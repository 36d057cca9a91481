package com.safetycredit.ledger.rules.policy;

import com.safetycredit.ledger.contracts.chain.EventPayloads;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import java.util.Iterator;
import java.util.List;

/**
 * The money invariants over a run of stored events, as the auditors read them: online over the whole ledger,
 * offline over an export. One pure function, so both say the same of the same events.
 */
public record MoneyCheck(boolean ok, List<MoneyInvariants.Violation> violations) {

    public static MoneyCheck of(List<MoneyInvariants.Violation> violations) {
        return new MoneyCheck(violations.isEmpty(), violations);
    }

    /** Folds every event in position order into the invariants; events of unknown types are skipped. */
    public static MoneyCheck over(Iterator<StoredEvent> events, EventPayloads payloads, AwardPolicyCatalog policies) {
        MoneyInvariants invariants = new MoneyInvariants(policies);
        events.forEachRemaining(
                event -> payloads.read(event).ifPresent(payload -> invariants.accept(event.position(), payload)));
        return of(invariants.violations());
    }
}

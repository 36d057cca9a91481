package com.safetycredit.ledger.rules.policy;

import com.safetycredit.ledger.contracts.chain.EventPayloads;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import java.util.Iterator;
import java.util.List;

/**
 * The money invariants over a run of stored events, as the auditors read them: online over the whole ledger,
 * offline over an export. One pure function, so both say the same of the same events. {@code pending}: recoveries
 * the facts call for that the ledger's recovery policy has not reached yet (online only; an export is read as
 * settled).
 */
public record MoneyCheck(
        boolean ok, List<MoneyInvariants.Violation> violations, List<MoneyInvariants.Violation> pending) {

    public static MoneyCheck of(List<MoneyInvariants.Violation> violations) {
        return new MoneyCheck(violations.isEmpty(), violations, List.of());
    }

    /** Folds every event in position order into the invariants; events of unknown types are skipped. */
    public static MoneyCheck over(Iterator<StoredEvent> events, EventPayloads payloads, AwardPolicyCatalog policies) {
        return over(events, payloads, policies, Long.MAX_VALUE);
    }

    /** The same, with the recoveries after {@code settledUpTo} (the recovery policy's position) pending. */
    public static MoneyCheck over(
            Iterator<StoredEvent> events, EventPayloads payloads, AwardPolicyCatalog policies, long settledUpTo) {
        MoneyInvariants invariants = new MoneyInvariants(policies);
        events.forEachRemaining(
                event -> payloads.read(event).ifPresent(payload -> invariants.accept(event.position(), payload)));
        List<MoneyInvariants.Violation> violations = invariants.violations(settledUpTo);
        return new MoneyCheck(violations.isEmpty(), violations, invariants.pending(settledUpTo));
    }
}

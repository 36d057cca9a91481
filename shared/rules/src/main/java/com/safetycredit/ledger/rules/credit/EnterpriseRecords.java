package com.safetycredit.ledger.rules.credit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Folds an enterprise's record from its own event stream, as the ledger holds it now or held it earlier. */
public final class EnterpriseRecords {

    private final EnterpriseEvents events;

    public EnterpriseRecords(EnterpriseEvents events) {
        this.events = events;
    }

    /** The record as the ledger holds it now; empty if the enterprise was never registered. */
    public Optional<EnterpriseRecord> load(String uscc) {
        return load(uscc, event -> true);
    }

    /** The record as the ledger knew it at {@code knownAt}: only events recorded by then count. */
    public Optional<EnterpriseRecord> loadAsKnownAt(String uscc, Instant knownAt) {
        return load(uscc, event -> !event.recordedAt().isAfter(knownAt));
    }

    /** The record up to a ledger position: what a projection sees when it handles that position. */
    public Optional<EnterpriseRecord> loadUpTo(String uscc, long position) {
        return load(uscc, event -> event.position() <= position);
    }

    /**
     * The record up to a ledger position that holds the stream's event at {@code sequence}: the same record as
     * {@link #loadUpTo}, the events after that one left unread (a stream's positions grow with its sequence).
     */
    public Optional<EnterpriseRecord> loadThrough(String uscc, long sequence, long position) {
        return fold(events.of(uscc, sequence), event -> event.position() <= position);
    }

    private Optional<EnterpriseRecord> load(String uscc, Predicate<EnterpriseEvents.Recorded> known) {
        return fold(events.of(uscc), known);
    }

    private static Optional<EnterpriseRecord> fold(
            List<EnterpriseEvents.Recorded> stream, Predicate<EnterpriseEvents.Recorded> known) {
        EnterpriseRecord record = new EnterpriseRecord();
        for (EnterpriseEvents.Recorded event : stream) {
            if (known.test(event)) {
                record.apply(event.payload().get(), event.position());
            }
        }
        return record.registered() ? Optional.of(record) : Optional.empty();
    }
}

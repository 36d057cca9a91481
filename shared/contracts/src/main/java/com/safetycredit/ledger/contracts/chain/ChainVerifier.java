package com.safetycredit.ledger.contracts.chain;

import com.safetycredit.ledger.contracts.events.EventTypeRegistry;
import java.util.Iterator;
import java.util.function.LongConsumer;

/**
 * Recomputes the hash chain over stored events and reports the first position that does not hold:
 * a missing position, an event stored under the wrong position, a hash that does not match its content
 * or its predecessor, or a type name the registry does not know.
 *
 * <p>Works on any ordered source of {@link StoredEvent}s, so the server and the offline verifier share it.
 */
public final class ChainVerifier {

    private final EventTypeRegistry registry;

    public ChainVerifier(EventTypeRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param events           the events in position order, starting at {@code firstPosition}
     * @param firstPosition    the position the range starts at (1 for the whole ledger)
     * @param previousHash     the trusted hash at {@code firstPosition - 1} ({@link HashChain#GENESIS} at 1)
     * @param expectedLast     the last position the range must reach (e.g. a head obtained separately)
     * @param progress         told the number of events checked, now and then
     */
    public ChainVerification verify(
            Iterator<StoredEvent> events,
            long firstPosition,
            String previousHash,
            long expectedLast,
            LongConsumer progress) {
        long expected = firstPosition;
        String hash = previousHash;
        long checked = 0;
        while (events.hasNext()) {
            StoredEvent event = events.next();
            if (event.position() != expected) {
                return event.position() > expected
                        ? ChainVerification.failed(checked, expected, "missing position " + expected)
                        : ChainVerification.failed(
                                checked,
                                expected,
                                "position " + event.position() + " found where " + expected
                                        + " was expected (reordered or duplicated)");
            }
            if (registry.forName(event.type()).isEmpty()) {
                return ChainVerification.failed(checked, expected, "unknown event type " + event.type());
            }
            String recomputed = HashChain.next(hash, event);
            if (!recomputed.equals(event.hash())) {
                return ChainVerification.failed(
                        checked,
                        expected,
                        "hash mismatch: stored " + event.hash()
                                + ", recomputed " + recomputed + " (content changed, or not linked to position "
                                + (expected - 1) + ")");
            }
            hash = recomputed;
            checked++;
            expected++;
            if (checked % 1_000 == 0) {
                progress.accept(checked);
            }
        }
        progress.accept(checked);
        if (expected <= expectedLast) {
            return ChainVerification.failed(
                    checked,
                    expected,
                    "missing position " + expected + " (the range should reach " + expectedLast + ")");
        }
        return ChainVerification.passed(checked);
    }
}

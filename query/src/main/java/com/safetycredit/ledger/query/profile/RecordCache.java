package com.safetycredit.ledger.query.profile;

import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The enterprise records the profile projection built last, each with the sequence number in the
 * enterprise's own stream that it has folded. The next event is folded onto a record only when it is the
 * very next one of that stream (sequence + 1); anything else — a record evicted, another node having
 * processed events in between, a replay from the start, a batch retried after a failure — loads the record
 * from the store instead. So the cache can only save work, never change an answer.
 */
final class RecordCache {

    private record Entry(EnterpriseRecord record, long sequence) {}

    private final Map<String, Entry> entries;

    RecordCache(int capacity) {
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        });
    }

    /**
     * The record after the event at {@code sequence} of the enterprise's stream: folded, or (if the cache
     * cannot vouch for the events before it) {@code load}ed — which must include that event.
     */
    Optional<EnterpriseRecord> advance(
            String uscc, long sequence, Object event, long position, Supplier<Optional<EnterpriseRecord>> load) {
        Entry cached = entries.get(uscc);
        EnterpriseRecord record;
        if (sequence == 0) {
            record = new EnterpriseRecord().apply(event, position); // the stream's first event: nothing before it
        } else if (cached != null && cached.sequence() == sequence - 1) {
            record = cached.record().apply(event, position);
        } else {
            entries.remove(uscc);
            Optional<EnterpriseRecord> loaded = load.get();
            if (loaded.isEmpty()) {
                return loaded;
            }
            record = loaded.get();
        }
        entries.put(uscc, new Entry(record, sequence));
        return record.registered() ? Optional.of(record) : Optional.empty();
    }

    void clear() {
        entries.clear();
    }
}

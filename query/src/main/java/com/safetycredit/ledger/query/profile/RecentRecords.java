package com.safetycredit.ledger.query.profile;

import com.safetycredit.ledger.shared.credit.EnterpriseRecord;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The records of the enterprises the profile projection folded last, with the sequence number of the last
 * event in each: the next event of an enterprise is added to its record instead of reading all its events
 * again. Bounded, least recently used first out; a miss only costs the read.
 */
final class RecentRecords {

    record Entry(EnterpriseRecord record, long sequence) {
    }

    private final Map<String, Entry> entries;

    RecentRecords(int capacity) {
        this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Entry get(String uscc) {
        return entries.get(uscc);
    }

    synchronized void put(String uscc, EnterpriseRecord record, long sequence) {
        entries.put(uscc, new Entry(record, sequence));
    }

    synchronized void remove(String uscc) {
        entries.remove(uscc);
    }

    synchronized void clear() {
        entries.clear();
    }
}

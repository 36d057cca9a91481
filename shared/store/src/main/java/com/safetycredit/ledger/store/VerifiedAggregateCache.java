package com.safetycredit.ledger.store;

import java.lang.reflect.Field;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;

/**
 * The aggregates the command side handled last, kept so that the next command on one of them does not read its
 * stream again (at 1,000,000 events an enterprise holds ~100 events, and reading them was most of a command's
 * cost). Bounded: the least recently used entry leaves beyond {@code capacity}.
 *
 * <p>Command nodes may run side by side, and another node may have appended to a cached aggregate. So an entry
 * is handed out only after the store was asked whether the aggregate holds an event after the cached version —
 * one exact-key look-up, nothing read; if it does, the entry is dropped and the aggregate is loaded from the
 * store as without a cache. A command is therefore always decided on the aggregate's newest state, and the
 * cache can save work but never change an answer. (Axon drops the entry itself when a unit of work rolls back.)
 */
public final class VerifiedAggregateCache implements Cache {

    /** Axon's cache entry keeps the aggregate's version private; it is read here, in this one place only. */
    private static final Field VERSION;

    static {
        try {
            VERSION = AggregateCacheEntry.class.getDeclaredField("version");
            VERSION.setAccessible(true);
        } catch (NoSuchFieldException e) {
            throw new ExceptionInInitializerError(
                    "Axon's AggregateCacheEntry no longer has a version field: check the aggregate cache: " + e);
        }
    }

    private final LedgerReader store;
    private final Map<Object, Object> entries;

    public VerifiedAggregateCache(LedgerReader store, int capacity) {
        this.store = store;
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > capacity;
            }
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        Long version = versionOf(entry);
        if (version == null || store.holdsEvent(key.toString(), version + 1)) {
            entries.remove(key, entry); // another node appended, or nothing to vouch with: load from the store
            return null;
        }
        return (V) entry;
    }

    /** The sequence number of the last event the cached aggregate has applied, or null if it cannot be told. */
    static Long versionOf(Object entry) {
        if (!(entry instanceof AggregateCacheEntry<?>)) {
            return null;
        }
        try {
            return (Long) VERSION.get(entry);
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    /** Nobody listens: the cache's entries are Axon's business alone. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return () -> true;
    }
}

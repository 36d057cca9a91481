package com.safetycredit.ledger.server.bench;

import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/** A contestant's aggregate cache, counting how often a command found its aggregate there (for the notes). */
final class CountingCache implements Cache {

    private final Cache cache;
    private final AtomicLong asked = new AtomicLong();
    private final AtomicLong found = new AtomicLong();

    CountingCache(Cache cache) {
        this.cache = cache;
    }

    /** "found/asked" since the last call, and starts counting again. */
    String hitsAndReset() {
        return Report.f("%,d of %,d", found.getAndSet(0), asked.getAndSet(0));
    }

    @Override
    public <K, V> V get(K key) {
        asked.incrementAndGet();
        V value = cache.get(key);
        if (value != null) {
            found.incrementAndGet();
        }
        return value;
    }

    @Override
    public void put(Object key, Object value) {
        cache.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return cache.putIfAbsent(key, value);
    }

    @Override
    public boolean remove(Object key) {
        return cache.remove(key);
    }

    @Override
    public void removeAll() {
        cache.removeAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return cache.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return cache.registerCacheEntryListener(cacheEntryListener);
    }
}

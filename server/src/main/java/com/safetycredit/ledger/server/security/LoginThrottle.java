package com.safetycredit.ledger.server.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;

/**
 * Failed sign-ins per account and per address, in token buckets that refill over {@code window}: when an
 * account or an address has used up its failures, the next attempt is refused before any password hash is
 * computed (429 over the API, a message on the console's login page). Buckets live in an expiring cache,
 * so a flood of made-up names cannot grow it without bound.
 */
public class LoginThrottle {

    private final Cache<String, Bucket> buckets;
    private final long perAccount;
    private final long perAddress;
    private final Duration window;

    public LoginThrottle(long perAccount, long perAddress, Duration window) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(window.multipliedBy(2))
                .maximumSize(200_000)
                .build();
    }

    /** True when either the account or the address has no failed attempt left. */
    public boolean blocked(String account, String address) {
        return bucket("account:" + account, perAccount).getAvailableTokens() < 1
                || bucket("address:" + address, perAddress).getAvailableTokens() < 1;
    }

    public void failed(String account, String address) {
        bucket("account:" + account, perAccount).tryConsume(1);
        bucket("address:" + address, perAddress).tryConsume(1);
    }

    public Duration window() {
        return window;
    }

    private Bucket bucket(String key, long failures) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(failures)
                        .refillGreedy(failures, window)
                        .build())
                .build());
    }
}

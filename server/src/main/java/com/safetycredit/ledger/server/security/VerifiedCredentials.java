package com.safetycredit.ledger.server.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.core.Authentication;

/**
 * Credentials verified a moment ago, so that an HTTP Basic client does not pay a bcrypt on every request.
 * Keyed by an HMAC-SHA256 of name and password under a key made at start and never stored: the cache holds
 * no password, and nothing in it can be tried offline. Entries last {@code ttl}; any change of an account
 * empties the cache. Each entry keeps the stamp of the password it was verified with
 * ({@link LedgerUsers.LedgerUser#stamp()}), so that its user can check the account still has that password and
 * is still enabled (another server may have changed it).
 */
public class VerifiedCredentials {

    /** A sign-in verified with the password of {@code stamp}. */
    public record Verified(Authentication authentication, String stamp) {}

    private final Cache<String, Verified> verified;
    private final byte[] key = new byte[32];

    public VerifiedCredentials(Duration ttl) {
        new SecureRandom().nextBytes(key);
        this.verified =
                Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
    }

    public Optional<Verified> find(String name, String password) {
        return Optional.ofNullable(verified.getIfPresent(fingerprint(name, password)));
    }

    public void remember(String name, String password, Authentication authentication, String stamp) {
        verified.put(fingerprint(name, password), new Verified(authentication, stamp));
    }

    /** Forgets what was verified for {@code name} with {@code password} (the account changed since). */
    public void forget(String name, String password) {
        verified.invalidate(fingerprint(name, password));
    }

    public void forgetAll() {
        verified.invalidateAll();
    }

    private String fingerprint(String name, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(name.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

package com.safetycredit.ledger.contracts.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The ledger's hash chain: {@code hash(n) = SHA-256(bytes(hash(n-1)) ‖ canonicalBytes(event n))}, with
 * {@code hash(0)} = 32 zero bytes ({@link #GENESIS}). The head (position, hash) therefore commits to every
 * event before it.
 *
 * <p><b>Canonical bytes, version 1</b> — the UTF-8 bytes of this JSON object, members in exactly this
 * (alphabetical) order, no whitespace:
 * <pre>
 * {"aggregateId":S,"aggregateType":S,"eventId":S,"metadata":M,"payload":P,"position":N,
 *  "revision":S,"sequence":N,"timestamp":S,"type":S}
 * </pre>
 * where S is a JSON string (or {@code null}), N a JSON integer (or {@code null}), and M and P are the
 * stored canonical JSON texts of metadata and payload, inserted verbatim (see {@link CanonicalJson}).
 * No Java class name takes part, so the chain survives any refactoring of the code.
 */
public final class HashChain {

    public static final String GENESIS = "0".repeat(64);

    private HashChain() {}

    public static String canonicalText(StoredEvent event) {
        return "{\"aggregateId\":" + CanonicalJson.quote(event.aggregateId())
                + ",\"aggregateType\":" + CanonicalJson.quote(event.aggregateType())
                + ",\"eventId\":" + CanonicalJson.quote(event.eventId())
                + ",\"metadata\":" + event.metadata()
                + ",\"payload\":" + event.payload()
                + ",\"position\":" + event.position()
                + ",\"revision\":" + CanonicalJson.quote(event.revision())
                + ",\"sequence\":"
                + (event.sequence() == null ? "null" : event.sequence().toString())
                + ",\"timestamp\":" + CanonicalJson.quote(event.timestamp())
                + ",\"type\":" + CanonicalJson.quote(event.type())
                + "}";
    }

    /** The hash of {@code event} chained onto {@code previousHash} (hex). */
    public static String next(String previousHash, StoredEvent event) {
        MessageDigest digest = sha256();
        digest.update(HexFormat.of().parseHex(previousHash));
        digest.update(canonicalText(event).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

package com.safetycredit.ledger.contracts.personal;

import java.util.Optional;

/**
 * A personal field as the ledger stores it: {@code pd1:<keyId>:<base64 of nonce, ciphertext and tag>}, AES-GCM
 * under the key of one person, held apart from the ledger. The hash chain covers this text, never the clear
 * value: destroying the person's key erases the value and leaves every hash as it was. Anyone can tell a sealed
 * value and whose key it needs; only the ledger's key collection opens it.
 *
 * @param keyId the person's key in the key collection (the practitioner's stream id)
 * @param sealed base64 of the 12-byte nonce followed by the ciphertext and its 16-byte tag
 */
public record SealedValue(String keyId, String sealed) {

    public static final String PREFIX = "pd1:";

    /** What every reader shows where a person's key was destroyed. */
    public static final String ERASED = "已删除";

    /** What a reader without the key collection (the offline verifier) shows for a sealed value. */
    public static final String SEALED = "（加密）";

    public String text() {
        return PREFIX + keyId + ":" + sealed;
    }

    /** The sealed value in {@code text}, or empty when the text is no sealed value. */
    public static Optional<SealedValue> parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int colon = text.indexOf(':', PREFIX.length());
        if (colon < 0) {
            return Optional.empty();
        }
        return Optional.of(new SealedValue(text.substring(PREFIX.length(), colon), text.substring(colon + 1)));
    }

    public static boolean isSealed(String text) {
        return parse(text).isPresent();
    }
}

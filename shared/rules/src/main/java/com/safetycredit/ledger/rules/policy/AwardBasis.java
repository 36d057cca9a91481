package com.safetycredit.ledger.rules.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What an award pays for — the achievement, not the request (RULES.md §7a "once per achievement"). The
 * application's id is derived from it, so the store's unique {@code aggregateId#sequence} key refuses a
 * second application on the same basis, on any node.
 *
 * @param kind     {@code ACHIEVEMENT}: an enterprise's 创建 / 验收 / title of one award (and level);
 *                 {@code INVESTMENT}: one recorded premium or installation; {@code PERSON}: one person's
 *                 engineer award, whichever enterprise they are registered at
 * @param key      the achievement's identity within its kind
 * @param sourceId the certification or investment that evidences it
 */
public record AwardBasis(Kind kind, String key, String sourceId) {

    public enum Kind {
        ACHIEVEMENT,
        INVESTMENT,
        PERSON
    }

    /** The application id of this basis under {@code policyId}: the same basis always gives the same id. */
    public String applicationId(String policyId) {
        return applicationId(policyId, kind, key);
    }

    public static String applicationId(String policyId, Kind kind, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((policyId + "|" + kind + "|" + key).getBytes(StandardCharsets.UTF_8));
            return "awd-" + HexFormat.of().formatHex(digest).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A person's key: the registration number as printed, without spaces, upper case. */
    public static String personKey(String registrationNo) {
        return registrationNo == null
                ? ""
                : registrationNo.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }
}

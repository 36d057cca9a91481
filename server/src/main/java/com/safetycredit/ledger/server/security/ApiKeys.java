package com.safetycredit.ledger.server.security;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * API keys for agency clients ({@code X-Api-Key}). Only a SHA-256 of each key is stored; the key itself is
 * shown once, when it is issued. Revoking is immediate.
 */
public class ApiKeys {

    public record Issued(String id, String agency, String key) {}

    public record Listed(String id, String agency, Date issuedAt, boolean revoked) {}

    private final MongoCollection<Document> keys;
    private final AccountChanges changes;

    public ApiKeys(MongoDatabase database, AccountChanges changes) {
        this.keys = database.getCollection("ledger_api_keys");
        this.changes = changes;
    }

    public Issued issue(String agency) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String key = "lk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String hash = sha256(key);
        keys.insertOne(new Document("_id", hash)
                .append("id", hash.substring(0, 16))
                .append("agency", agency)
                .append("issuedAt", new Date())
                .append("revoked", false));
        changes.record(
                AccountChanges.Action.KEY_ISSUED,
                agency + " (key " + hash.substring(0, 16) + ")",
                List.of("AGENCY"),
                agency,
                false);
        return new Issued(hash.substring(0, 16), agency, key);
    }

    /** The agency a valid, unrevoked key belongs to. */
    public Optional<String> agencyOf(String key) {
        Document found = keys.find(Filters.eq("_id", sha256(key))).first();
        return found == null || found.getBoolean("revoked", false)
                ? Optional.empty()
                : Optional.of(found.getString("agency"));
    }

    public boolean revoke(String id) {
        Document revoked = keys.findOneAndUpdate(Filters.eq("id", id), Updates.set("revoked", true));
        if (revoked == null) {
            return false;
        }
        changes.record(
                AccountChanges.Action.KEY_REVOKED,
                revoked.getString("agency") + " (key " + id + ")",
                null,
                revoked.getString("agency"),
                false);
        return true;
    }

    public List<Listed> all() {
        List<Listed> result = new ArrayList<>();
        for (Document d : keys.find()) {
            result.add(new Listed(
                    d.getString("id"), d.getString("agency"), d.getDate("issuedAt"), d.getBoolean("revoked")));
        }
        return result;
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

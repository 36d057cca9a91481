package com.safetycredit.ledger.store.personal;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.safetycredit.ledger.contracts.personal.SealedValue;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * The key collection of personal data: one AES-256 key per person, kept apart from the ledger (its own
 * database, configurable so its backups are handled apart), and the JDK's AES-GCM to seal and open a person's
 * fields. A sealed value binds the person and the field it was sealed for (the associated data), so it opens
 * only as what it is. Erasure destroys the key: the key's bytes are replaced by a tombstone, which also stops a
 * new key ever being made under the same id; what was sealed under it never opens again, while every event and
 * every hash over it stays as it was.
 */
public final class PersonalDataVault {

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final MongoCollection<Document> keys;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataVault(MongoCollection<Document> keys) {
        this.keys = keys;
    }

    /**
     * The clear value sealed under the person's key, the key made on first use. Refused (409) for a person whose
     * key was destroyed: their personal data stays erased.
     */
    public String seal(String keyId, String field, String clear) {
        SecretKey key = keyFor(keyId);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(keyId, field));
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
            return new SealedValue(keyId, Base64.getEncoder().encodeToString(out)).text();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The clear value of a sealed {@code field}; empty when the person's key is destroyed (erased), was never
     * made here, or the value does not open as that field (altered, or sealed for another field or person).
     */
    public Optional<String> open(String text, String field) {
        Optional<SealedValue> sealed = SealedValue.parse(text);
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        Optional<SecretKey> key = existingKey(sealed.get().keyId());
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.get().sealed());
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(sealed.get().keyId(), field));
            return Optional.of(
                    new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8));
        } catch (AEADBadTagException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Destroys the person's key for good: a tombstone replaces it. Repeating it changes nothing. */
    public void destroy(String keyId, Instant when) {
        keys.replaceOne(
                Filters.eq("_id", keyId),
                new Document("_id", keyId).append("destroyedAt", Date.from(when)),
                new ReplaceOptions().upsert(true));
    }

    /** Whether the person's key was destroyed. */
    public boolean destroyed(String keyId) {
        Document found = keys.find(Filters.eq("_id", keyId)).first();
        return found != null && found.get("key") == null;
    }

    private SecretKey keyFor(String keyId) {
        Document found = keys.find(Filters.eq("_id", keyId)).first();
        if (found == null) {
            found = create(keyId);
        }
        Binary bytes = found.get("key", Binary.class);
        if (bytes == null) {
            throw new ConflictException("personal-data-erased", null);
        }
        return new SecretKeySpec(bytes.getData(), "AES");
    }

    /** A new key, unless another writer made one (or a tombstone) first: then that one. */
    private Document create(String keyId) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            byte[] key = generator.generateKey().getEncoded();
            return keys.findOneAndUpdate(
                    Filters.eq("_id", keyId),
                    Updates.combine(
                            Updates.setOnInsert("key", new Binary(key)),
                            Updates.setOnInsert("createdAt", Date.from(Instant.now()))),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return keys.find(Filters.eq("_id", keyId)).first();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES key generation is not available", e);
        }
    }

    private Optional<SecretKey> existingKey(String keyId) {
        Document found = keys.find(Filters.eq("_id", keyId)).first();
        Binary bytes = found == null ? null : found.get("key", Binary.class);
        return bytes == null ? Optional.empty() : Optional.of(new SecretKeySpec(bytes.getData(), "AES"));
    }

    /** Binds a sealed value to its person and field: {@code pd1|<keyId>|<field>}. */
    private static byte[] associatedData(String keyId, String field) {
        return ("pd1|" + keyId + "|" + field).getBytes(StandardCharsets.UTF_8);
    }
}

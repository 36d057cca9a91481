package com.safetycredit.ledger.command.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.safetycredit.ledger.shared.problems.ConflictException;
import org.bson.Document;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key}: the first request with a key runs and its answer is kept; a repeat with the same
 * method, path and body gets that answer again and appends nothing; the same key with another request is a
 * 409. A key is claimed by inserting it (unique {@code _id}), so two concurrent repeats cannot both run. A
 * request that fails releases its key: it appended nothing, and the client may retry.
 */
@Component
public class IdempotencyKeys {

    private final MongoCollection<Document> keys;
    private final ObjectMapper objectMapper;

    public IdempotencyKeys(MongoDatabase database, ObjectMapper objectMapper) {
        this.keys = database.getCollection("idempotency_keys");
        this.objectMapper = objectMapper;
    }

    public ResponseEntity<WriteResponse> once(String key, String target, Object request, HttpStatus status,
                                              Supplier<WriteResponse> write) {
        if (key == null || key.isBlank()) {
            return ResponseEntity.status(status).body(write.get());
        }
        String fingerprint = fingerprint(target, request);
        try {
            keys.insertOne(new Document("_id", key).append("fingerprint", fingerprint)
                    .append("state", "RUNNING").append("claimedAt", new Date()));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return repeat(key, fingerprint);
        }
        try {
            WriteResponse response = write.get();
            keys.updateOne(Filters.eq("_id", key), Updates.combine(Updates.set("state", "DONE"),
                    Updates.set("status", status.value()), Updates.set("response", toJson(response))));
            return ResponseEntity.status(status).body(response);
        } catch (RuntimeException e) {
            keys.deleteOne(Filters.eq("_id", key));
            throw e;
        }
    }

    private ResponseEntity<WriteResponse> repeat(String key, String fingerprint) {
        Document first = keys.find(Filters.eq("_id", key)).first();
        if (first == null || !fingerprint.equals(first.getString("fingerprint"))) {
            throw new ConflictException("Idempotency key reused",
                    "Idempotency-Key " + key + " was used for a different request");
        }
        if (!"DONE".equals(first.getString("state"))) {
            throw new ConflictException("Request in progress",
                    "A request with Idempotency-Key " + key + " is still running; retry shortly");
        }
        try {
            WriteResponse response = objectMapper.readValue(first.getString("response"), WriteResponse.class);
            return ResponseEntity.status(first.getInteger("status")).body(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored answer for key " + key + " is unreadable", e);
        }
    }

    private String fingerprint(String target, Object request) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        digest.update(target.getBytes(StandardCharsets.UTF_8));
        digest.update(toJson(request).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private String toJson(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package com.safetycredit.ledger.command.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code Idempotency-Key}: the first request with a key runs and its answer is kept; a repeat by the same
 * principal with the same method, path and body gets that answer again and appends nothing; the same key
 * with another request is a 409. Keys belong to the principal that sent them: another user's identical key
 * is another key. A key is claimed by inserting it (unique {@code _id}), so two concurrent repeats cannot
 * both run.
 *
 * <p>The key is released only when the command itself failed (it appended nothing). If the command
 * succeeded but the key could not be marked done, or the process died mid-request, the key stays
 * RUNNING; after {@code ledger.idempotency.running-timeout} a repeat looks in the ledger for an event
 * carrying the key (every event records it) from the head at the claim on: found, that is the answer;
 * not found, the request runs again. Keys expire after {@code ledger.idempotency.retention}.
 */
@Component
public class IdempotencyKeys {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");

    /** Finds what a request with this key by this principal appended after a position, if anything. */
    @FunctionalInterface
    public interface Recorded {
        Optional<WriteResponse> find(String principal, String key, long after);
    }

    private final MongoCollection<Document> keys;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final Recorded recorded;
    private final Duration runningTimeout;
    private final Duration retention;

    public IdempotencyKeys(
            MongoDatabase database,
            ObjectMapper objectMapper,
            Clock clock,
            Recorded recorded,
            @Value("${ledger.idempotency.running-timeout:PT2M}") Duration runningTimeout,
            @Value("${ledger.idempotency.retention:P1D}") Duration retention) {
        this.keys = database.getCollection("idempotency_keys");
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.recorded = recorded;
        this.runningTimeout = runningTimeout;
        this.retention = retention;
        // a TTL index where the database runs them (MongoDB); the sweep below does the same everywhere
        keys.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    /** The answer of the caller's write, from the ledger's first answer when this repeats an earlier request. */
    public Written once(
            RequestMetadata caller, Object request, boolean created, long head, Supplier<WriteResponse> write) {
        return once(caller.actor(), caller.idempotencyKey(), caller.target(), request, created, head, write);
    }

    Written once(
            String principal,
            String key,
            String target,
            Object request,
            boolean created,
            long head,
            Supplier<WriteResponse> write) {
        if (key == null || key.isBlank()) {
            return new Written(created, write.get());
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInputException("idempotency-key", "Idempotency-Key");
        }
        String id = principal + "\n" + key;
        String fingerprint = fingerprint(target, request);
        if (!claim(id, fingerprint, head)) {
            Optional<Written> repeat = repeat(id, principal, key, fingerprint, head);
            if (repeat.isPresent()) {
                return repeat.get();
            }
        }
        WriteResponse response;
        try {
            response = write.get();
        } catch (RuntimeException e) {
            keys.deleteOne(Filters.eq("_id", id)); // the command failed and appended nothing: the client may retry
            throw e;
        }
        try {
            markDone(id, created, response);
        } catch (RuntimeException e) {
            // the command succeeded: keep the key claimed, so that a retry finds the event instead of appending again
            log.warn(
                    "Idempotency key of {} could not be marked done; a repeat will find the recorded event",
                    principal,
                    e);
        }
        return new Written(created, response);
    }

    /** Keeps the answer; {@code status} says as the API did whether it created something (201) or not (200). */
    void markDone(String id, boolean created, WriteResponse response) {
        keys.updateOne(
                Filters.eq("_id", id),
                Updates.combine(
                        Updates.set("state", "DONE"),
                        Updates.set("status", created ? 201 : 200),
                        Updates.set("response", toJson(response))));
    }

    /** Removes keys past their retention: mongo-java-server does not run TTL indexes. */
    @Scheduled(
            fixedDelayString = "${ledger.idempotency.sweep:PT10M}",
            initialDelayString = "${ledger.idempotency.sweep:PT10M}")
    public long sweep() {
        return keys.deleteMany(Filters.lt("expiresAt", Date.from(clock.instant())))
                .getDeletedCount();
    }

    private boolean claim(String id, String fingerprint, long head) {
        Instant now = clock.instant();
        try {
            keys.insertOne(new Document("_id", id)
                    .append("fingerprint", fingerprint)
                    .append("state", "RUNNING")
                    .append("claimedAt", Date.from(now))
                    .append("headAtClaim", head)
                    .append("expiresAt", Date.from(now.plus(retention))));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    /** The stored answer; or, for a RUNNING key past the bound, what the ledger recorded, or a fresh claim. */
    private Optional<Written> repeat(String id, String principal, String key, String fingerprint, long head) {
        Document first = keys.find(Filters.eq("_id", id)).first();
        if (first == null) {
            throw new ConflictException("request-in-progress", "Idempotency-Key", key);
        }
        if (!fingerprint.equals(first.getString("fingerprint"))) {
            throw new ConflictException("idempotency-key-reused", "Idempotency-Key", key);
        }
        if ("DONE".equals(first.getString("state"))) {
            return Optional.of(stored(first, key));
        }
        Instant claimedAt = first.getDate("claimedAt").toInstant();
        if (claimedAt.plus(runningTimeout).isAfter(clock.instant())) {
            throw new ConflictException("request-in-progress", "Idempotency-Key", key);
        }
        long after = first.get("headAtClaim", Number.class).longValue();
        Optional<WriteResponse> found = recorded.find(principal, key, after);
        if (found.isPresent()) {
            markDone(id, false, found.get());
            return Optional.of(new Written(false, found.get()));
        }
        // the earlier attempt died before it appended anything: take the key over (one taker wins)
        long taken = keys.updateOne(
                        Filters.and(Filters.eq("_id", id), Filters.eq("claimedAt", first.getDate("claimedAt"))),
                        Updates.combine(
                                Updates.set("claimedAt", Date.from(clock.instant())), Updates.set("headAtClaim", head)))
                .getModifiedCount();
        if (taken == 0) {
            throw new ConflictException("request-in-progress", "Idempotency-Key", key);
        }
        return Optional.empty();
    }

    private Written stored(Document first, String key) {
        try {
            WriteResponse response = objectMapper.readValue(first.getString("response"), WriteResponse.class);
            return new Written(first.getInteger("status") == 201, response);
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

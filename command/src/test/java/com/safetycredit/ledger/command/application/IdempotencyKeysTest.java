package com.safetycredit.ledger.command.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.store.testing.TestMongo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Idempotency keys: per principal, released only when the command failed, recovered when stale, expiring. */
class IdempotencyKeysTest {

    private TestMongo mongo;
    private MongoDatabase database;
    private final MovableClock clock = new MovableClock();
    private final AtomicInteger appended = new AtomicInteger();
    private Optional<WriteResponse> inLedger = Optional.empty();

    @BeforeEach
    void start() {
        mongo = TestMongo.start();
        database = mongo.newConnection();
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private IdempotencyKeys keys(boolean markingFails) {
        return new IdempotencyKeys(
                database,
                new ObjectMapper(),
                clock,
                (principal, key, after) -> inLedger,
                Duration.ofMinutes(2),
                Duration.ofDays(1)) {
            @Override
            void markDone(String id, boolean created, WriteResponse response) {
                if (markingFails) {
                    throw new IllegalStateException("the database went away");
                }
                super.markDone(id, created, response);
            }
        };
    }

    private WriteResponse send(IdempotencyKeys keys, String principal, String key) {
        return keys.once(principal, key, "POST /x", Map.of("a", 1), true, 7, () -> {
                    int n = appended.incrementAndGet();
                    return new WriteResponse("id-" + n, (long) n);
                })
                .response();
    }

    @Test
    void aKeyBelongsToItsPrincipal() {
        IdempotencyKeys keys = keys(false);
        WriteResponse mine = send(keys, "wangli", "k1");
        WriteResponse theirs = send(keys, "zhaomin", "k1");
        assertThat(theirs.id()).as("another user's key is another key").isNotEqualTo(mine.id());
        assertThat(send(keys, "wangli", "k1")).isEqualTo(mine);
        assertThat(appended).hasValue(2);
    }

    @Test
    void aCommandThatSucceededIsNotRunAgainWhenMarkingItDoneFailed() {
        IdempotencyKeys failing = keys(true);
        WriteResponse first = send(failing, "wangli", "k2");
        assertThat(appended).hasValue(1);
        IdempotencyKeys keys = keys(false);
        assertThatThrownBy(() -> send(keys, "wangli", "k2"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("request-in-progress");
        clock.move(Duration.ofMinutes(3));
        inLedger = Optional.of(new WriteResponse(first.id(), first.position()));
        assertThat(send(keys, "wangli", "k2")).isEqualTo(inLedger.get());
        assertThat(appended).as("the retry appended nothing").hasValue(1);
        assertThat(send(keys, "wangli", "k2")).as("and the answer is kept").isEqualTo(inLedger.get());
    }

    @Test
    void aStaleRunningKeyWhoseRequestAppendedNothingRunsAgain() {
        IdempotencyKeys keys = keys(false);
        database.getCollection("idempotency_keys")
                .insertOne(new Document("_id", "wangli\nk3")
                        .append("fingerprint", "whatever")
                        .append("state", "RUNNING"));
        assertThatThrownBy(() -> send(keys, "wangli", "k3"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("idempotency-key-reused");
        database.getCollection("idempotency_keys").deleteMany(new Document());
        // a request that died mid-way: claim it, and never mark it
        assertThatThrownBy(() -> keys.once("wangli", "k3", "POST /x", Map.of("a", 1), true, 7, () -> {
                    throw new Error("process killed");
                }))
                .isInstanceOf(Error.class);
        assertThatThrownBy(() -> send(keys, "wangli", "k3")).isInstanceOf(ConflictException.class);
        clock.move(Duration.ofMinutes(3));
        assertThat(send(keys, "wangli", "k3").id()).isEqualTo("id-1");
        assertThat(appended).hasValue(1);
    }

    @Test
    void aFailedCommandReleasesItsKey() {
        IdempotencyKeys keys = keys(false);
        assertThatThrownBy(() -> keys.once("wangli", "k4", "POST /x", Map.of("a", 1), true, 7, () -> {
                    throw new IllegalArgumentException("refused");
                }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(send(keys, "wangli", "k4").id()).isEqualTo("id-1");
    }

    @Test
    void keysExpireBySweepWhereTheDatabaseRunsNoTtl() {
        IdempotencyKeys keys = keys(false);
        send(keys, "wangli", "k5");
        assertThat(keys.sweep()).isZero();
        clock.move(Duration.ofDays(1).plusSeconds(1));
        assertThat(keys.sweep()).isEqualTo(1);
        assertThat(database.getCollection("idempotency_keys").countDocuments()).isZero();
        send(keys, "wangli", "k5");
        assertThat(appended).as("an expired key is a new key").hasValue(2);
    }

    @Test
    void aKeyMustBeAPlainToken() {
        assertThatThrownBy(() -> send(keys(false), "wangli", "k\u0000")).isInstanceOf(InvalidInputException.class);
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

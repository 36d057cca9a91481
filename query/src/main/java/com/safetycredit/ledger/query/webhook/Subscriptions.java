package com.safetycredit.ledger.query.webhook;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Webhook subscriptions and their delivery state, in MongoDB so that a restart resumes each subscription
 * exactly where it stopped: {@code cursor} is the last position delivered (or skipped as not wanted).
 */
@Component
public class Subscriptions {

    public enum State {
        ACTIVE,
        PAUSED
    }

    /** A subscription as the dispatcher and the API see it (the secret is never shown by the API). */
    public record Subscription(
            String id,
            String url,
            List<String> types,
            String secret,
            long cursor,
            State state,
            int failures,
            Instant failingSince,
            Instant nextAttemptAt,
            String owner,
            String format) {
        boolean wants(String type) {
            return types == null || types.isEmpty() || types.contains(type);
        }

        /** {@code PROVINCIAL}: the provincial exchange's batches instead of the ledger's events. */
        boolean provincial() {
            return PROVINCIAL.equals(format);
        }
    }

    /** The formats a subscription is delivered in: the ledger's events, or the provincial exchange's records. */
    public static final String EVENTS = "EVENTS";

    public static final String PROVINCIAL = "PROVINCIAL";

    /** One attempt to deliver one event. */
    public record Delivery(
            String subscriptionId,
            long position,
            String eventId,
            int attempt,
            String outcome,
            Integer httpStatus,
            String error,
            Instant at) {}

    private final MongoCollection<Document> subscriptions;
    private final MongoCollection<Document> deliveries;

    private final Duration retention;

    public Subscriptions(MongoDatabase database, WebhookSettings settings) {
        this.subscriptions = database.getCollection("webhook_subscriptions");
        this.deliveries = database.getCollection("webhook_deliveries");
        this.retention = settings.deliveryLogRetention();
        // a TTL index where the database runs them (MongoDB); sweepDeliveryLog does the same everywhere
        deliveries.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    /** Drops delivery-log entries past their retention: mongo-java-server does not run TTL indexes. */
    public long sweepDeliveryLog(Instant now) {
        return deliveries.deleteMany(Filters.lt("expiresAt", Date.from(now))).getDeletedCount();
    }

    public Subscription create(String id, String url, List<String> types, String secret, long cursor, String owner) {
        return create(id, url, types, secret, cursor, owner, EVENTS);
    }

    public Subscription create(
            String id, String url, List<String> types, String secret, long cursor, String owner, String format) {
        Document document = new Document("_id", id)
                .append("format", format)
                .append("url", url)
                .append("types", types)
                .append("secret", secret)
                .append("cursor", cursor)
                .append("state", State.ACTIVE.name())
                .append("failures", 0)
                .append("nextAttemptAt", new Date(0))
                .append("leaseUntil", new Date(0))
                .append("owner", owner);
        subscriptions.insertOne(document);
        return of(document);
    }

    public List<Subscription> all() {
        List<Subscription> result = new ArrayList<>();
        for (Document document : subscriptions.find().sort(Sorts.ascending("_id"))) {
            result.add(of(document));
        }
        return result;
    }

    public Optional<Subscription> find(String id) {
        return Optional.ofNullable(subscriptions.find(Filters.eq("_id", id)).first())
                .map(Subscriptions::of);
    }

    public boolean delete(String id) {
        return subscriptions.deleteOne(Filters.eq("_id", id)).getDeletedCount() == 1;
    }

    /**
     * Claims an active, due subscription for {@code leaseMillis}: one dispatcher at a time delivers a
     * subscription's events, which keeps them in order across several query instances.
     */
    public Optional<Subscription> claim(String id, Instant now, long leaseMillis) {
        Bson due = Filters.and(
                Filters.eq("_id", id),
                Filters.eq("state", State.ACTIVE.name()),
                Filters.lte("nextAttemptAt", Date.from(now)),
                Filters.lte("leaseUntil", Date.from(now)));
        Document claimed = subscriptions.findOneAndUpdate(
                due,
                Updates.set("leaseUntil", Date.from(now.plusMillis(leaseMillis))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(claimed).map(Subscriptions::of);
    }

    public void release(String id) {
        subscriptions.updateOne(Filters.eq("_id", id), Updates.set("leaseUntil", new Date(0)));
    }

    /** Events up to {@code position} were not wanted by this subscription: move the cursor, nothing else. */
    public void skipTo(String id, long position) {
        subscriptions.updateOne(Filters.eq("_id", id), Updates.max("cursor", position));
    }

    /** The event at {@code position} went out: move on, and forget earlier failures. */
    public void advance(String id, long position) {
        subscriptions.updateOne(
                Filters.eq("_id", id),
                Updates.combine(
                        Updates.max("cursor", position),
                        Updates.set("failures", 0),
                        Updates.unset("failingSince"),
                        Updates.set("nextAttemptAt", new Date(0))));
    }

    public void failed(String id, int failures, Instant failingSince, Instant nextAttemptAt, boolean pause) {
        subscriptions.updateOne(
                Filters.eq("_id", id),
                Updates.combine(
                        Updates.set("failures", failures),
                        Updates.set("failingSince", Date.from(failingSince)),
                        Updates.set("nextAttemptAt", Date.from(nextAttemptAt)),
                        Updates.set("state", (pause ? State.PAUSED : State.ACTIVE).name())));
    }

    public void setState(String id, State state) {
        subscriptions.updateOne(
                Filters.eq("_id", id),
                Updates.combine(
                        Updates.set("state", state.name()),
                        Updates.set("failures", 0),
                        Updates.unset("failingSince"),
                        Updates.set("nextAttemptAt", new Date(0))));
    }

    /** Redeliver from {@code position}: the next delivery is the first wanted event at or after it. */
    public void rewind(String id, long position) {
        subscriptions.updateOne(Filters.eq("_id", id), Updates.set("cursor", Math.max(0, position - 1)));
    }

    public void log(Delivery delivery) {
        deliveries.insertOne(new Document("subscriptionId", delivery.subscriptionId())
                .append("position", delivery.position())
                .append("eventId", delivery.eventId())
                .append("attempt", delivery.attempt())
                .append("outcome", delivery.outcome())
                .append("httpStatus", delivery.httpStatus())
                .append("error", delivery.error())
                .append("at", Date.from(delivery.at()))
                .append("expiresAt", Date.from(delivery.at().plus(retention))));
    }

    public List<Delivery> deliveries(String subscriptionId, int limit) {
        List<Delivery> result = new ArrayList<>();
        for (Document d : deliveries
                .find(Filters.eq("subscriptionId", subscriptionId))
                .sort(Sorts.descending("at"))
                .limit(limit)) {
            result.add(new Delivery(
                    d.getString("subscriptionId"),
                    d.get("position", Number.class).longValue(),
                    d.getString("eventId"),
                    d.getInteger("attempt"),
                    d.getString("outcome"),
                    d.getInteger("httpStatus"),
                    d.getString("error"),
                    d.getDate("at").toInstant()));
        }
        return result;
    }

    private static Subscription of(Document d) {
        Date failingSince = d.getDate("failingSince");
        return new Subscription(
                d.getString("_id"),
                d.getString("url"),
                d.getList("types", String.class),
                d.getString("secret"),
                d.get("cursor", Number.class).longValue(),
                State.valueOf(d.getString("state")),
                d.getInteger("failures", 0),
                failingSince == null ? null : failingSince.toInstant(),
                d.getDate("nextAttemptAt").toInstant(),
                d.getString("owner"),
                d.get("format", EVENTS));
    }
}

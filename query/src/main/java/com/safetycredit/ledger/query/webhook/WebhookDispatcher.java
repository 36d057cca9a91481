package com.safetycredit.ledger.query.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.query.feed.FeedReader;
import com.safetycredit.ledger.query.publication.ProvincialExchange;
import com.safetycredit.ledger.rules.publication.PublicationRules;
import com.safetycredit.ledger.store.LedgerReader;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers each subscription's events in position order, one at a time: POST of the event as published,
 * signed ({@link WebhookSignature}); a 2xx moves the cursor on, anything else is retried with exponential
 * backoff and jitter, and a subscription still failing after the retry window (3 days) is paused, never
 * dropped — resuming continues from the first undelivered event.
 *
 * <p>At least once: a crash between a receiver's 2xx and the cursor update delivers that event again.
 * Receivers deduplicate on the {@code Ledger-Event-Id} header (the event's identifier; its position is in
 * {@code Ledger-Position}). This reads the store, not an Axon event handler, so a projection replay never
 * sends a webhook.
 */
@Component
public class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int EVENTS_PER_TURN = 100;
    private static final int SCAN_LIMIT = 1000;

    private final Subscriptions subscriptions;
    private final LedgerReader store;
    private final FeedReader feed;
    private final ObjectMapper objectMapper;
    private final WebhookSettings settings;
    private final Clock clock;
    private final WebhookTransport http;
    private final WebhookTargets targets;
    private final ExecutorService pool;
    private final ProvincialExchange exchange;
    /** Subscriptions with a turn running here: each has at most one, so one slow receiver holds one thread. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    private volatile boolean stopping;

    public WebhookDispatcher(
            Subscriptions subscriptions,
            LedgerReader store,
            FeedReader feed,
            ObjectMapper objectMapper,
            WebhookSettings settings,
            Clock clock,
            WebhookTargets targets,
            ProvincialExchange exchange) {
        this.exchange = exchange;
        this.subscriptions = subscriptions;
        this.store = store;
        this.feed = feed;
        this.objectMapper = objectMapper;
        this.settings = settings;
        this.clock = clock;
        this.targets = targets;
        // connects only to addresses the policy just checked; redirects are never followed
        this.http = new WebhookTransport(targets, settings.timeout(), settings.threads() * 2);
        this.pool = Executors.newFixedThreadPool(Math.max(1, settings.threads()), runnable -> {
            Thread thread = new Thread(runnable, "webhook-delivery");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Stop between two deliveries as soon as the ledger begins to shut down; the cursor says where to resume. */
    @EventListener(ContextClosedEvent.class)
    void onShutdown() {
        stopping = true;
        pool.shutdownNow();
        try {
            http.close();
        } catch (IOException e) {
            log.debug("Webhook connections not closed cleanly at shutdown", e);
        }
    }

    /**
     * Hands each due subscription to the delivery pool: subscriptions are delivered side by side, each in
     * order, so a slow or hanging receiver delays only its own events.
     */
    @Scheduled(fixedDelayString = "${ledger.webhooks.poll:PT0.25S}")
    public void dispatch() {
        long head = store.head().position();
        for (Subscriptions.Subscription listed : subscriptions.all()) {
            if (stopping) {
                return;
            }
            if (listed.state() != Subscriptions.State.ACTIVE
                    || listed.cursor() >= head
                    || inFlight.contains(listed.id())) {
                continue;
            }
            subscriptions
                    .claim(listed.id(), clock.instant(), settings.timeout().toMillis() * 3)
                    .ifPresent(claimed -> {
                        inFlight.add(claimed.id());
                        try {
                            pool.execute(() -> turn(claimed));
                        } catch (RejectedExecutionException e) {
                            inFlight.remove(claimed.id());
                            subscriptions.release(claimed.id());
                        }
                    });
        }
    }

    private void turn(Subscriptions.Subscription claimed) {
        try {
            deliverSome(claimed);
        } catch (RuntimeException e) {
            log.warn("Webhook subscription {}: delivery turn failed; it resumes from its cursor", claimed.id(), e);
        } finally {
            inFlight.remove(claimed.id());
            subscriptions.release(claimed.id());
        }
    }

    @Scheduled(
            fixedDelayString = "${ledger.webhooks.log-sweep:PT10M}",
            initialDelayString = "${ledger.webhooks.log-sweep:PT10M}")
    public void sweepDeliveryLog() {
        subscriptions.sweepDeliveryLog(clock.instant());
    }

    /** Delivers up to {@link #EVENTS_PER_TURN} wanted events in order, stopping at the first failure. */
    private void deliverSome(Subscriptions.Subscription subscription) {
        long cursor = subscription.cursor();
        int failures = subscription.failures();
        Instant failingSince = subscription.failingSince();
        int delivered = 0;
        while (delivered < EVENTS_PER_TURN) {
            List<StoredEvent> next = store.readStoredEvents(cursor, SCAN_LIMIT);
            if (next.isEmpty()) {
                return;
            }
            for (StoredEvent event : next) {
                if (stopping) {
                    return;
                }
                Optional<String> body = body(subscription, event);
                if (body.isPresent()) {
                    subscriptions.skipTo(subscription.id(), cursor); // the unwanted events before this one
                    if (!deliver(subscription, event, body.get(), failures, failingSince)) {
                        return;
                    }
                    subscriptions.advance(subscription.id(), event.position());
                    failures = 0;
                    failingSince = null;
                    delivered++;
                }
                cursor = event.position();
                if (delivered == EVENTS_PER_TURN) {
                    break;
                }
            }
            subscriptions.skipTo(subscription.id(), cursor);
        }
    }

    /**
     * What goes out for this event, if the subscription wants it: the event as the feed shows it, or — for a
     * {@code PROVINCIAL} subscription — the exchange's batch of the records this position changes (none: skipped).
     */
    private Optional<String> body(Subscriptions.Subscription subscription, StoredEvent event) {
        try {
            if (subscription.provincial()) {
                List<ProvincialExchange.ExchangeRecord> records = exchange.recordsOf(event);
                return records.isEmpty()
                        ? Optional.empty()
                        : Optional.of(objectMapper.writeValueAsString(new ProvincialExchange.Batch(
                                ProvincialExchange.FORMAT,
                                ProvincialExchange.VERSION,
                                PublicationRules.shipped().version(),
                                event.position() - 1,
                                event.position(),
                                event.position(),
                                records)));
            }
            return subscription.wants(event.type())
                    ? Optional.of(objectMapper.writeValueAsString(feed.publish(event)))
                    : Optional.empty();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize the delivery of position " + event.position(), e);
        }
    }

    private boolean deliver(
            Subscriptions.Subscription subscription,
            StoredEvent event,
            String body,
            int failures,
            Instant failingSince) {
        Instant now = clock.instant();
        int attempt = failures + 1;
        Integer status = null;
        String error = null;
        boolean refused = false;
        try {
            targets.check(URI.create(subscription.url()));
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put(
                    WebhookSignature.HEADER,
                    WebhookSignature.header(subscription.secret(), now.getEpochSecond(), body));
            headers.put("Ledger-Event-Id", event.eventId());
            headers.put("Ledger-Position", Long.toString(event.position()));
            headers.put("Ledger-Event-Type", event.type());
            headers.put("Ledger-Subscription", subscription.id());
            status = http.post(URI.create(subscription.url()), headers, body);
        } catch (WebhookTargets.Refused e) {
            refused = true;
            error = "refused by policy: " + e.getMessage();
        } catch (WebhookTransport.RefusedAddress e) {
            refused = true;
            error = "refused by policy: " + e.getMessage();
        } catch (IOException e) {
            // one wording for a refused connection, a silence and a timeout: the log is no port scanner
            log.debug("Webhook {} to subscription {} not delivered", event.position(), subscription.id(), e);
            error = "not delivered: no answer from the receiver";
        } catch (IllegalArgumentException e) {
            error = "bad URL: " + e.getMessage();
        }
        boolean ok = status != null && status >= 200 && status < 300;
        subscriptions.log(new Subscriptions.Delivery(
                subscription.id(),
                event.position(),
                event.eventId(),
                attempt,
                ok ? "DELIVERED" : refused ? "REFUSED" : "FAILED",
                status,
                error,
                now));
        if (!ok) {
            Instant since = failingSince == null ? now : failingSince;
            boolean pause = !now.isBefore(since.plus(settings.retryWindow()));
            subscriptions.failed(subscription.id(), attempt, since, now.plus(settings.backoff(attempt)), pause);
            if (pause) {
                log.warn(
                        "Webhook subscription {} paused after failing since {}; resume it to continue from position {}",
                        subscription.id(),
                        since,
                        event.position());
            }
        }
        return ok;
    }
}

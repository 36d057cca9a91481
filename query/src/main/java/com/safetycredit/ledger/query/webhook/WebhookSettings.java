package com.safetycredit.ledger.query.webhook;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook delivery ({@code ledger.webhooks.*}).
 *
 * @param backoffBase  the first retry delay; it doubles per failure, with ±20% jitter
 * @param backoffMax   the longest delay between two attempts
 * @param retryWindow  how long a subscription keeps being retried before it is paused (not dropped)
 * @param timeout      how long one delivery may take
 * @param allowHttp    whether plain http receivers are allowed (default: https only)
 * @param allowedHosts in-house receivers an operator allows although they are internal (host names or addresses)
 * @param threads      how many subscriptions are delivered to at once; each has at most one delivery in flight
 * @param deliveryLogRetention how long the delivery log keeps an attempt
 */
@ConfigurationProperties("ledger.webhooks")
public record WebhookSettings(
        @DefaultValue("PT1S") Duration backoffBase,
        @DefaultValue("PT1H") Duration backoffMax,
        @DefaultValue("P3D") Duration retryWindow,
        @DefaultValue("PT10S") Duration timeout,
        @DefaultValue("false") boolean allowHttp,
        @DefaultValue List<String> allowedHosts,
        @DefaultValue("4") int threads,
        @DefaultValue("P30D") Duration deliveryLogRetention) {

    Duration backoff(int failures) {
        double exponential = backoffBase.toMillis() * Math.pow(2, Math.min(failures - 1, 30));
        double capped = Math.min(exponential, backoffMax.toMillis());
        double jitter = 0.8 + Math.random() * 0.4;
        return Duration.ofMillis((long) (capped * jitter));
    }
}

package com.safetycredit.ledger.server.ops;

import com.safetycredit.ledger.query.webhook.Subscriptions;
import com.safetycredit.ledger.store.LedgerReader;
import com.safetycredit.ledger.store.MongoLedgerStorageEngine;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gauges at {@code /actuator/metrics}: {@code ledger.head.position}, {@code ledger.processor.lag} per
 * processor (positions behind the head), {@code ledger.store.deserialised} per part (payload, metadata: what the
 * processors' shared reads have deserialised since the start — about once per event read, however many read models
 * follow the ledger), {@code ledger.store.catch-up-wait} (how long, in all, read models catching up waited for
 * slower ones, in ms) and {@code ledger.webhook.backlog} (events not yet delivered to active subscriptions).
 */
@Configuration(proxyBeanMethods = false)
public class LedgerMetrics {

    @Bean
    MeterBinder ledgerGauges(
            LedgerReader store,
            EventProcessingConfiguration processing,
            ObjectProvider<Subscriptions> subscriptions,
            ObjectProvider<MongoLedgerStorageEngine> engines) {
        return registry -> {
            Gauge.builder("ledger.head.position", store, s -> s.head().position())
                    .register(registry);
            processing.eventProcessors().forEach((name, processor) -> {
                if (processor instanceof StreamingEventProcessor streaming) {
                    Gauge.builder(
                                    "ledger.processor.lag",
                                    streaming,
                                    p -> store.head().position()
                                            - p.processingStatus().values().stream()
                                                    .mapToLong(s -> s.getCurrentPosition()
                                                            .orElse(0))
                                                    .min()
                                                    .orElse(0))
                            .tag("processor", name)
                            .register(registry);
                }
            });
            MongoLedgerStorageEngine engine = engines.getIfAvailable();
            if (engine != null) {
                Gauge.builder("ledger.store.deserialised", engine, e -> e.trackingDeserialisations()
                                .payloads())
                        .tag("part", "payload")
                        .register(registry);
                Gauge.builder("ledger.store.deserialised", engine, e -> e.trackingDeserialisations()
                                .metadata())
                        .tag("part", "metadata")
                        .register(registry);
                Gauge.builder("ledger.store.read-for-processors", engine, e -> e.eventsReadForProcessors())
                        .baseUnit("events")
                        .register(registry);
                Gauge.builder("ledger.store.catch-up-wait", engine, MongoLedgerStorageEngine::catchUpWaitMillis)
                        .baseUnit("milliseconds")
                        .register(registry);
            }
            Gauge.builder("ledger.webhook.backlog", () -> {
                        Subscriptions all = subscriptions.getIfAvailable();
                        if (all == null) {
                            return 0;
                        }
                        long head = store.head().position();
                        return all.all().stream()
                                .filter(s -> s.state() == Subscriptions.State.ACTIVE)
                                .mapToLong(s -> head - s.cursor())
                                .sum();
                    })
                    .register(registry);
        };
    }
}

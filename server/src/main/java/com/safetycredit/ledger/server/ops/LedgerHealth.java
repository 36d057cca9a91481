package com.safetycredit.ledger.server.ops;

import com.safetycredit.ledger.shared.store.MongoLedgerStorageEngine;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Readiness: the store answers, and every event processor runs without error. Liveness stays Spring's own
 * (the process is not stuck); both are at {@code /actuator/health/liveness} and {@code /actuator/health/readiness}.
 */
@Configuration(proxyBeanMethods = false)
public class LedgerHealth {

    @Bean
    HealthIndicator ledgerStore(MongoLedgerStorageEngine store) {
        return () -> {
            try {
                var head = store.head();
                return Health.up().withDetail("head", head.position()).build();
            } catch (RuntimeException e) {
                return Health.down(e).build();
            }
        };
    }

    @Bean
    HealthIndicator eventProcessors(EventProcessingConfiguration processing) {
        return () -> {
            Map<String, Object> details = new LinkedHashMap<>();
            boolean healthy = true;
            for (var entry : processing.eventProcessors().entrySet()) {
                if (entry.getValue() instanceof StreamingEventProcessor processor) {
                    boolean failing = processor.processingStatus().values().stream().anyMatch(s -> s.isErrorState());
                    boolean running = processor.isRunning();
                    details.put(entry.getKey(), failing ? "ERROR" : running ? "RUNNING" : "STOPPED");
                    healthy &= running && !failing;
                }
            }
            return (healthy ? Health.up() : Health.down()).withDetails(details).build();
        };
    }
}

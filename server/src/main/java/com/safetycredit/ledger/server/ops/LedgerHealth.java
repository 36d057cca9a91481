package com.safetycredit.ledger.server.ops;

import com.safetycredit.ledger.server.config.NodeIdentity;
import com.safetycredit.ledger.store.LedgerReader;
import com.safetycredit.ledger.store.StoredTokens;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Readiness: the store answers, and every event processor runs without error, holds its segments and is
 * close to the head. Liveness stays Spring's own
 * (the process is not stuck); both are at {@code /actuator/health/liveness} and {@code /actuator/health/readiness}.
 */
@Configuration(proxyBeanMethods = false)
public class LedgerHealth {

    @Bean
    HealthIndicator ledgerStore(LedgerReader store) {
        return () -> {
            try {
                var head = store.head();
                return Health.up().withDetail("head", head.position()).build();
            } catch (RuntimeException e) {
                return Health.down(e).build();
            }
        };
    }

    /**
     * Every processor runs without error, every segment this node could claim it has claimed (a segment
     * nobody processes makes the read side stale), no segment is held by another node that has been silent for
     * {@code ledger.readiness.silent-claim} (a dead node's claim, honoured until it expires), and its stored
     * position is within {@code ledger.readiness.max-lag} events of the head (a replay excepted).
     */
    @Bean
    HealthIndicator eventProcessors(
            EventProcessingConfiguration processing,
            TokenStore tokenStore,
            StoredTokens tokens,
            LedgerReader store,
            NodeIdentity node,
            @Value("${ledger.readiness.max-lag:1000}") long maxLag,
            @Value("${ledger.readiness.silent-claim:PT1M}") Duration silentClaim) {
        return () -> {
            Map<String, Object> details = new LinkedHashMap<>();
            boolean healthy = true;
            long head = store.head().position();
            for (var entry : processing.eventProcessors().entrySet()) {
                if (entry.getValue() instanceof StreamingEventProcessor processor) {
                    String state = state(entry.getKey(), processor, tokenStore, tokens, head, maxLag);
                    if (state.equals("RUNNING") && silentlyHeld(tokens.of(entry.getKey()), node, silentClaim)) {
                        state = "HELD_BY_SILENT_NODE";
                    }
                    details.put(entry.getKey(), state);
                    healthy &= state.equals("RUNNING");
                }
            }
            return (healthy ? Health.up() : Health.down()).withDetails(details).build();
        };
    }

    /**
     * A segment another node claimed and has not touched for {@code silentClaim}: likely a node that died,
     * whose claim the token store honours until it expires; nothing processes that segment meanwhile.
     */
    private static boolean silentlyHeld(
            List<StoredTokens.SegmentToken> stored, NodeIdentity node, Duration silentClaim) {
        long now = System.currentTimeMillis();
        return stored.stream()
                .anyMatch(t -> t.owner() != null
                        && !t.owner().equals(node.id())
                        && now - t.claimedAtMillis() > silentClaim.toMillis());
    }

    private static String state(
            String name,
            StreamingEventProcessor processor,
            TokenStore tokenStore,
            StoredTokens tokens,
            long head,
            long maxLag) {
        if (processor.processingStatus().values().stream().anyMatch(s -> s.isErrorState())) {
            return "ERROR";
        }
        if (!processor.isRunning()) {
            return "STOPPED";
        }
        Set<Integer> mine = processor.processingStatus().keySet();
        boolean unclaimed = tokenStore.fetchAvailableSegments(name).stream()
                .anyMatch(segment -> !mine.contains(segment.getSegmentId()));
        if (unclaimed) {
            return "UNCLAIMED";
        }
        List<StoredTokens.SegmentToken> stored = tokens.of(name);
        boolean behind = stored.stream().anyMatch(t -> !t.replaying() && head - t.position() > maxLag);
        return behind ? "BEHIND" : "RUNNING";
    }
}

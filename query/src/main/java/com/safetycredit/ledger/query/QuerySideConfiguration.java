package com.safetycredit.ledger.query;

import com.safetycredit.ledger.query.webhook.WebhookSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import com.safetycredit.ledger.query.award.AwardQueueProjection;
import com.safetycredit.ledger.query.history.HistoryProjection;
import com.safetycredit.ledger.query.profile.ProfileProjection;
import com.safetycredit.ledger.query.projection.FlushAtBatchEnd;
import java.util.List;
import org.springframework.context.annotation.Profile;

/**
 * The read side: projections, query endpoints, the agency feed. On in profile {@code query} (the server
 * runs both profiles unless told otherwise).
 */
@Configuration
@Profile("query")
@ComponentScan
@EnableConfigurationProperties(WebhookSettings.class)
public class QuerySideConfiguration {

    /** Where webhooks may go: checked at subscription and before every delivery. */
    @org.springframework.context.annotation.Bean
    com.safetycredit.ledger.query.webhook.WebhookTargets webhookTargets(WebhookSettings settings) {
        return new com.safetycredit.ledger.query.webhook.WebhookTargets(settings.allowHttp(),
                java.util.Set.copyOf(settings.allowedHosts()), java.net.InetAddress::getAllByName);
    }

    /** The projections that collect their writes per batch get them flushed at each batch's end. */
    @Autowired
    void flushBatchedWrites(EventProcessingConfigurer processing) {
        for (String projection : List.of(HistoryProjection.NAME, ProfileProjection.NAME, AwardQueueProjection.NAME)) {
            processing.registerHandlerInterceptor(projection, configuration -> new FlushAtBatchEnd());
        }
    }
}

package com.safetycredit.ledger.query;

import com.safetycredit.ledger.query.projection.CheckpointedProjection;
import com.safetycredit.ledger.query.projection.FlushAtBatchEnd;
import com.safetycredit.ledger.query.webhook.WebhookSettings;
import com.safetycredit.ledger.query.webhook.WebhookTargets;
import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
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
    @Bean
    WebhookTargets webhookTargets(WebhookSettings settings) {
        return new WebhookTargets(settings.allowHttp(), Set.copyOf(settings.allowedHosts()), InetAddress::getAllByName);
    }

    /** Every read model writes its batch at the batch's end, before its processor stores the token. */
    @Autowired
    void flushBatchedWrites(EventProcessingConfigurer processing, List<CheckpointedProjection<?>> projections) {
        for (CheckpointedProjection<?> projection : projections) {
            processing.registerHandlerInterceptor(projection.name(), configuration -> new FlushAtBatchEnd());
        }
    }
}

package com.safetycredit.ledger.query;

import com.safetycredit.ledger.query.webhook.WebhookSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
}

package com.safetycredit.ledger.server.apidoc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.safetycredit.ledger.contracts.events.EventTypeRegistry;
import com.safetycredit.ledger.query.webhook.WebhookSettings;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/schema/asyncapi}: the AsyncAPI description of the push channels, built once. The query side
 * serves the channels, so it serves their description.
 */
@RestController
@Profile("query")
public class AsyncApiController {

    private final ObjectNode document;

    public AsyncApiController(
            ApiProperties properties, WebhookSettings webhooks, EventTypeRegistry registry, MessageSource labels) {
        this.document = new AsyncApiDocument(properties, webhooks, registry, labels).build();
    }

    @GetMapping(value = "/api/v1/schema/asyncapi", produces = "application/json")
    public ObjectNode asyncApi() {
        return document;
    }
}

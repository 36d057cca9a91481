package com.safetycredit.ledger.query.api;

import com.safetycredit.ledger.contracts.events.EventTypeRegistry;
import com.safetycredit.ledger.contracts.schema.EventSchemas;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/schema/events}: every published event type, its revision and its JSON Schema. */
@RestController
public class SchemaController {

    private final List<EventSchemas.PublishedType> schemas;

    public SchemaController(EventTypeRegistry registry) {
        this.schemas = EventSchemas.of(registry);
    }

    @GetMapping("/api/v1/schema/events")
    public List<EventSchemas.PublishedType> events() {
        return schemas;
    }
}

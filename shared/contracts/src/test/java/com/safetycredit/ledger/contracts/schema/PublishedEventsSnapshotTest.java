package com.safetycredit.ledger.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.safetycredit.ledger.contracts.events.LedgerEventCatalog;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/**
 * The published contract: each event's JSON shape at its revision, held in
 * {@code src/test/resources/published-events.json}. A shape that changed under the same revision fails; bump
 * the event's revision (and write an upcaster), then refresh the snapshot with
 * {@code -Dledger.snapshot.update=true}.
 */
class PublishedEventsSnapshotTest {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Test
    void noPublishedEventChangedShapeWithoutANewRevision() throws Exception {
        JsonNode current = MAPPER.valueToTree(EventSchemas.of(LedgerEventCatalog.registry()));
        if (Boolean.getBoolean("ledger.snapshot.update")) {
            Files.writeString(Path.of("src/test/resources/published-events.json"), MAPPER.writeValueAsString(current));
            return;
        }
        JsonNode snapshot;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("published-events.json")) {
            snapshot = MAPPER.readTree(in);
        }
        Map<String, JsonNode> published = new HashMap<>();
        snapshot.forEach(type -> published.put(type.get("name").asText(), type));
        for (JsonNode type : current) {
            JsonNode before = published.get(type.get("name").asText());
            if (before == null) {
                fail("New event type " + type.get("name").asText() + " is not in the snapshot: refresh it");
            }
            if (before.get("revision").equals(type.get("revision"))
                    && !before.get("schema").equals(type.get("schema"))) {
                fail(type.get("name").asText() + " changed its JSON shape at revision " + type.get("revision")
                        + ": give it a new revision and an upcaster, then refresh the snapshot");
            }
        }
        assertThat(current.size()).isEqualTo(snapshot.size());
    }

    @Test
    void theSchemaDescribesTheFields() {
        var accident = EventSchemas.of(LedgerEventCatalog.registry()).stream()
                .filter(t -> t.name().equals("AccidentReported"))
                .findFirst()
                .orElseThrow();
        assertThat(accident.revision()).isEqualTo(2);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> properties =
                (Map<String, Map<String, Object>>) accident.schema().get("properties");
        assertThat(properties.get("deaths")).containsEntry("type", "integer");
        assertThat(properties.get("occurredAt")).containsEntry("format", "date-time");
        assertThat(properties.get("occurredOn")).containsEntry("format", "date");
        assertThat(accident.schema().get("required"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .contains("deaths", "duringLevelOneResponse");
    }
}

package com.safetycredit.ledger.contracts.schema;

import com.safetycredit.ledger.contracts.events.EventTypeRegistry;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Schema (draft 2020-12) of every published event, derived from the event records themselves, so the
 * published contract cannot drift from the code. A snapshot test holds the schemas: changing an event's
 * shape without a new revision fails it.
 */
public final class EventSchemas {

    private EventSchemas() {}

    /** One published event type: stable name, revision, and the schema of its payload. */
    public record PublishedType(String name, int revision, Map<String, Object> schema) {}

    public static List<PublishedType> of(EventTypeRegistry registry) {
        List<PublishedType> types = new ArrayList<>();
        for (EventTypeRegistry.Entry entry : registry.entries()) {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            schema.put("title", entry.name());
            schema.putAll(schemaOf(entry.type()));
            types.add(new PublishedType(entry.name(), entry.revision(), schema));
        }
        return types;
    }

    /**
     * The JSON Schema of any record, derived as an event payload's is: for descriptions of what else the ledger
     * publishes (a batch format, say) from the record that produces it.
     */
    public static Map<String, Object> ofRecord(Class<?> record) {
        return schemaOf(record);
    }

    private static Map<String, Object> schemaOf(Type type) {
        Map<String, Object> schema = new LinkedHashMap<>();
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                schema.put("type", "array");
                schema.put("items", schemaOf(parameterized.getActualTypeArguments()[0]));
            } else if (Map.class.isAssignableFrom(raw)) {
                schema.put("type", "object");
            }
            return schema;
        }
        Class<?> clazz = (Class<?>) type;
        if (clazz == String.class) {
            schema.put("type", "string");
        } else if (clazz == int.class || clazz == long.class || clazz == Integer.class || clazz == Long.class) {
            schema.put("type", "integer");
        } else if (clazz == boolean.class || clazz == Boolean.class) {
            schema.put("type", "boolean");
        } else if (clazz == LocalDate.class) {
            schema.put("type", "string");
            schema.put("format", "date");
        } else if (clazz == OffsetDateTime.class || clazz == Instant.class) {
            schema.put("type", "string");
            schema.put("format", "date-time");
        } else if (clazz.isRecord()) {
            schema.put("type", "object");
            Map<String, Object> properties = new LinkedHashMap<>();
            for (RecordComponent component : clazz.getRecordComponents()) {
                properties.put(component.getName(), schemaOf(component.getGenericType()));
            }
            schema.put("properties", properties);
            schema.put(
                    "required",
                    properties.keySet().stream()
                            .filter(name -> isPrimitive(clazz, name))
                            .toList());
        } else {
            schema.put("type", "object");
        }
        return schema;
    }

    private static boolean isPrimitive(Class<?> record, String name) {
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component.getType().isPrimitive();
            }
        }
        return false;
    }
}

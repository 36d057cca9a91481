package com.safetycredit.ledger.server.apidoc;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names of the schemas, which generated clients turn into class names. A record nested in a controller is
 * called by its simple name unless {@code texts.yml} ({@code schemaNames}, keyed {@code Enclosing.Simple}) names
 * it — {@code Subscriptions.View} is a {@code Subscription} to an agency. Two classes never share a name: the
 * second would silently take the first one's schema, so that is refused (name one of them in {@code schemaNames}).
 */
class SchemaNames implements ModelConverter {

    private final JsonNode names;
    private final Map<String, Class<?>> taken = new ConcurrentHashMap<>();

    SchemaNames(ApiTexts texts) {
        this.names = texts.section("schemaNames");
    }

    @Override
    @SuppressWarnings("rawtypes") // swagger's ModelConverter declares it raw
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        JavaType java = Json.mapper().constructType(type.getType());
        Class<?> raw = java.getRawClass();
        String configured = names.path(key(raw)).asText(null);
        if (configured != null && type.getName() == null && !java.isContainerType()) {
            type.name(configured);
        }
        Schema<?> schema = chain.next().resolve(type, context, chain);
        if (schema != null && schema.getName() != null && !java.isContainerType()) {
            Class<?> before = taken.putIfAbsent(schema.getName(), raw);
            if (before != null && before != raw) {
                throw new IllegalStateException("Two classes would be the API description's schema "
                        + schema.getName() + ": " + before.getName() + " and " + raw.getName()
                        + "; name one of them in apidoc/texts.yml under schemaNames (key " + key(raw) + ")");
            }
        }
        return schema;
    }

    /** {@code AwardBook.Review} for a nested class, the simple name otherwise. */
    static String key(Class<?> type) {
        Class<?> enclosing = type.getEnclosingClass();
        return enclosing == null ? type.getSimpleName() : enclosing.getSimpleName() + "." + type.getSimpleName();
    }
}

package com.safetycredit.ledger.server.apidoc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The words of the API descriptions, kept apart from the code in two resource files: {@code apidoc/operations.yml}
 * (one entry per operation, keyed {@code "METHOD /path"}) and {@code apidoc/texts.yml} (the ledger, the tags,
 * the refusals, and a glossary of fields and parameters by name). Controllers carry no documentation
 * annotations, so moving or renaming one changes nothing here.
 */
public final class ApiTexts {

    private static final YAMLMapper YAML = new YAMLMapper();

    private final JsonNode operations;
    private final JsonNode texts;

    ApiTexts(JsonNode operations, JsonNode texts) {
        this.operations = operations;
        this.texts = texts;
    }

    public static ApiTexts load() {
        return new ApiTexts(read("apidoc/operations.yml"), read("apidoc/texts.yml"));
    }

    static JsonNode read(String resource) {
        try (InputStream in = ApiTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The entry of one operation, e.g. {@code operation("POST", "/api/v1/enterprises")}. */
    public Optional<JsonNode> operation(String method, String path) {
        return Optional.ofNullable(operations.get(key(method, path)));
    }

    public static String key(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }

    /** Every key of {@code operations.yml}, to find entries whose operation is gone. */
    public Iterable<String> operationKeys() {
        return operations::fieldNames;
    }

    /** A section of {@code texts.yml}: {@code info}, {@code tags}, {@code schemes}, {@code refusals}, … */
    public JsonNode section(String name) {
        JsonNode section = texts.get(name);
        return section == null ? JsonNodeFactory.instance.objectNode() : section;
    }

    /**
     * The glossary entry of a field or parameter: first {@code Schema.field}, then the name alone (most names
     * mean the same everywhere). An entry is a text, or an object with {@code text}, {@code enum}, {@code example}.
     */
    public Optional<ObjectNode> field(String schema, String name) {
        JsonNode fields = section("fields");
        JsonNode entry = schema == null ? null : fields.get(schema + "." + name);
        if (entry == null) {
            entry = fields.get(name);
        }
        if (entry == null) {
            return Optional.empty();
        }
        return Optional.of(entry.isTextual() ? textEntry(entry.asText()) : (ObjectNode) entry);
    }

    static ObjectNode textEntry(String text) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        object.put("text", text);
        return object;
    }

    /** The words shown for a constraint annotation springdoc does not translate by itself (by simple name). */
    public Optional<String> constraint(String annotation) {
        JsonNode text = section("constraints").get(annotation);
        return text == null ? Optional.empty() : Optional.of(text.asText());
    }
}

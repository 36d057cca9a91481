package com.safetycredit.ledger.server.apidoc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.safetycredit.ledger.server.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The two published descriptions, as served and as committed ({@code src/test/resources/api/}). */
final class Descriptions {

    static final Path SNAPSHOTS = Path.of("src", "test", "resources", "api");
    static final Path OPENAPI = SNAPSHOTS.resolve("openapi.json");
    static final Path ASYNCAPI = SNAPSHOTS.resolve("asyncapi.json");

    /** Keys sorted, two-space indents: the same description gives the same bytes, and diffs read well. */
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private Descriptions() {}

    static JsonNode openApi(Http http) {
        Http.Response response = http.get("/v3/api-docs");
        if (response.status() != 200) {
            throw new AssertionError("/v3/api-docs answered " + response.status() + ": " + response.body());
        }
        return response.json();
    }

    static JsonNode asyncApi(Http http) {
        Http.Response response = http.get("/api/v1/schema/asyncapi");
        if (response.status() != 200) {
            throw new AssertionError("/api/v1/schema/asyncapi answered " + response.status() + ": " + response.body());
        }
        return response.json();
    }

    static String canonical(JsonNode description) {
        try {
            return CANONICAL.writeValueAsString(CANONICAL.treeToValue(description, Object.class)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file) {
        try {
            return CANONICAL.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Follows a local {@code $ref} ({@code #/components/...}) to what it names. */
    static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode at = node;
        while (at.has("$ref")) {
            at = document.at(at.get("$ref").asText().substring(1));
        }
        return at;
    }

    /** JSON pointers where two documents differ, at most {@code limit}. */
    static List<String> differences(JsonNode before, JsonNode after, int limit) {
        List<String> found = new ArrayList<>();
        differences("", before, after, found, limit);
        return found;
    }

    private static void differences(String at, JsonNode before, JsonNode after, List<String> found, int limit) {
        if (found.size() >= limit || before.equals(after)) {
            return;
        }
        if (before.isObject() && after.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            before.fieldNames().forEachRemaining(keys::add);
            after.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                JsonNode b = before.get(key);
                JsonNode a = after.get(key);
                String path = at + "/" + key.replace("~", "~0").replace("/", "~1");
                if (b == null || a == null) {
                    found.add((b == null ? "added " : "removed ") + path);
                } else {
                    differences(path, b, a, found, limit);
                }
                if (found.size() >= limit) {
                    return;
                }
            }
            return;
        }
        found.add("changed " + (at.isEmpty() ? "/" : at));
    }

    /** Every operation: "METHOD /path" → the operation object. */
    static Map<String, JsonNode> operations(JsonNode openApi) {
        Map<String, JsonNode> operations = new TreeMap<>();
        for (Map.Entry<String, JsonNode> path : openApi.get("paths").properties()) {
            path.getValue()
                    .properties()
                    .forEach(method -> operations.put(
                            method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), method.getValue()));
        }
        return operations;
    }
}

package com.safetycredit.ledger.server.apidoc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed between the committed contract and the description served, as the version bump must say it
 * ({@link ApiVersion}): words only (PATCH), additions (MINOR), or something a client could break on (MAJOR).
 */
final class ContractChanges {

    enum Bump {
        NONE,
        PATCH,
        MINOR,
        MAJOR
    }

    /** Keys whose values are words for people: a change to them alone is a PATCH. */
    private static final Set<String> WORDS =
            Set.of("description", "summary", "title", "example", "examples", "x-displayName");
    /** Keys whose children are names, never words: {@code properties.title} is a field. */
    private static final Set<String> NAMES = Set.of("properties", "headers");

    final List<String> breaking = new ArrayList<>();
    final boolean wordsOnly;

    ContractChanges(JsonNode before, JsonNode after) {
        wordsOnly = withoutWords(before, "").equals(withoutWords(after, ""));
        if (before.has("paths")) {
            Map<String, JsonNode> now = Descriptions.operations(after);
            Descriptions.operations(before).forEach((key, operation) -> {
                if (now.containsKey(key)) {
                    removedParameters(key, operation, now.get(key));
                } else {
                    breaking.add("operation " + key + " removed");
                }
            });
        }
        removedNames(before, after, "/components/messages", "message");
        removedNames(before, after, "/channels", "channel");
        JsonNode schemas = before.at("/components/schemas");
        schemas.fieldNames().forEachRemaining(name -> {
            JsonNode now = after.at("/components/schemas/" + name);
            if (now.isMissingNode()) {
                breaking.add("schema " + name + " removed");
                return;
            }
            JsonNode was = schemas.get(name);
            was.path("properties").fieldNames().forEachRemaining(property -> {
                if (!now.path("properties").has(property)) {
                    breaking.add("field " + name + "." + property + " removed");
                }
            });
            Set<String> required = names(now.path("required"));
            required.removeAll(names(was.path("required")));
            required.forEach(field -> breaking.add("field " + name + "." + field + " now required"));
        });
    }

    /** The least bump that says this change. */
    Bump needed(boolean changed) {
        if (!changed) {
            return Bump.NONE;
        }
        return !breaking.isEmpty() ? Bump.MAJOR : wordsOnly ? Bump.PATCH : Bump.MINOR;
    }

    /** The bump from one version to the next; NONE when equal, null when it went down. */
    static Bump between(String before, String after) {
        int[] b = parts(before);
        int[] a = parts(after);
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return a[i] < b[i] ? null : Bump.values()[3 - i];
            }
        }
        return Bump.NONE;
    }

    private static int[] parts(String version) {
        String[] parts = version.split("\\.");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
    }

    private void removedNames(JsonNode before, JsonNode after, String pointer, String what) {
        before.at(pointer).fieldNames().forEachRemaining(name -> {
            if (!after.at(pointer).has(name)) {
                breaking.add(what + " " + name + " removed");
            }
        });
    }

    private void removedParameters(String operation, JsonNode before, JsonNode after) {
        Set<String> now = new TreeSet<>();
        Set<String> nowRequired = new TreeSet<>();
        after.path("parameters").forEach(p -> {
            now.add(p.get("in").asText() + " " + p.get("name").asText());
            if (p.path("required").asBoolean()) {
                nowRequired.add(p.get("in").asText() + " " + p.get("name").asText());
            }
        });
        before.path("parameters").forEach(p -> {
            String key = p.get("in").asText() + " " + p.get("name").asText();
            if (!now.contains(key)) {
                breaking.add(operation + ": parameter " + key + " removed");
            } else if (nowRequired.contains(key) && !p.path("required").asBoolean()) {
                breaking.add(operation + ": parameter " + key + " now required");
            }
        });
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new TreeSet<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }

    /** The description with its words and its version left out. */
    private static JsonNode withoutWords(JsonNode node, String key) {
        JsonNode copy = node.deepCopy();
        strip(copy, key);
        if (copy.path("info").isObject()) {
            ((ObjectNode) copy.get("info")).remove("version");
        }
        return copy;
    }

    private static void strip(JsonNode node, String key) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (!NAMES.contains(key)) {
                object.remove(WORDS);
            }
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                strip(field.getValue(), field.getKey());
            }
        } else if (node.isArray()) {
            node.forEach(item -> strip(item, key));
        }
    }
}

package com.safetycredit.ledger.server.apidoc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.safetycredit.ledger.contracts.events.EventTypeRegistry;
import com.safetycredit.ledger.contracts.schema.EventSchemas;
import com.safetycredit.ledger.query.webhook.WebhookSettings;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * The AsyncAPI 3.0 description of the push channels: the words and the channels from {@code apidoc/asyncapi.yml},
 * completed from the code — the version, the ledger's address, the webhook settings in force, and one message per
 * event type with its payload schema from {@link EventSchemas}, the source of {@code /api/v1/schema/events}.
 */
public class AsyncApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiProperties properties;
    private final WebhookSettings webhooks;
    private final EventTypeRegistry registry;
    private final MessageSource labels;

    public AsyncApiDocument(
            ApiProperties properties, WebhookSettings webhooks, EventTypeRegistry registry, MessageSource labels) {
        this.properties = properties;
        this.webhooks = webhooks;
        this.registry = registry;
        this.labels = labels;
    }

    public ObjectNode build() {
        ObjectNode document = (ObjectNode) ApiTexts.read("apidoc/asyncapi.yml");
        ((ObjectNode) document.get("info")).put("version", ApiVersion.CURRENT);
        ledgerServer((ObjectNode) document.at("/servers/ledger"));
        for (EventSchemas.PublishedType type : EventSchemas.of(registry)) {
            addEvent(document, type);
        }
        return (ObjectNode) fill(document, settings());
    }

    /** The first configured address: an AsyncAPI server is a host and a protocol, not a URL. */
    private void ledgerServer(ObjectNode server) {
        String url = properties.servers().isEmpty()
                ? "http://localhost:8080"
                : properties.servers().get(0).url();
        URI address = URI.create(url);
        server.put("host", address.getPort() < 0 ? address.getHost() : address.getHost() + ":" + address.getPort());
        server.put("protocol", address.getScheme());
        if (address.getPath() != null
                && !address.getPath().isEmpty()
                && !address.getPath().equals("/")) {
            server.put("pathname", address.getPath());
        }
    }

    /** The payload schema, a message per channel, each listed on its channel and operation. */
    private void addEvent(ObjectNode document, EventSchemas.PublishedType type) {
        String name = type.name();
        Map<String, Object> schema = new LinkedHashMap<>(type.schema());
        schema.remove("$schema"); // AsyncAPI schemas are their own dialect (a superset of draft-07)
        object(document, "/components/schemas").set(name, JSON.valueToTree(schema));
        object(document, "/components/messages").set(name, message(type, "streamFrame"));
        object(document, "/components/messages").set(name + "Delivery", message(type, "webhookDelivery"));
        link(document, "eventStream", "streamEvents", name, name);
        link(document, "webhook", "deliverWebhook", name, name + "Delivery");
    }

    private ObjectNode message(EventSchemas.PublishedType type, String trait) {
        ObjectNode message = JSON.createObjectNode();
        message.put("name", type.name());
        message.put("title", label(type.name(), Locale.CHINESE) + " · " + label(type.name(), Locale.ENGLISH));
        message.put(
                "summary",
                "事件 " + type.name() + "，版本 " + type.revision() + " · Event " + type.name() + ", revision "
                        + type.revision() + ".");
        message.put("contentType", "application/json");
        ObjectNode specific = message.putObject("payload")
                .putArray("allOf")
                .add(reference("#/components/schemas/FeedEntry"))
                .addObject();
        specific.put("type", "object");
        ObjectNode fields = specific.putObject("properties");
        fields.putObject("type").put("const", type.name());
        fields.putObject("revision").put("const", Integer.toString(type.revision()));
        fields.set("data", reference("#/components/schemas/" + type.name()));
        message.putArray("traits").add(reference("#/components/messageTraits/" + trait));
        return message;
    }

    private static void link(ObjectNode document, String channel, String operation, String key, String message) {
        object(document, "/channels/" + channel)
                .withObjectProperty("messages")
                .set(key, reference("#/components/messages/" + message));
        ArrayNode messages = object(document, "/operations/" + operation).withArray("messages");
        messages.add(reference("#/channels/" + channel + "/messages/" + key));
    }

    private String label(String type, Locale locale) {
        return labels.getMessage("event." + type, null, type, locale);
    }

    private Map<String, String> settings() {
        return Map.of(
                "{backoffBase}",
                webhooks.backoffBase().toString(),
                "{backoffMax}",
                webhooks.backoffMax().toString(),
                "{retryWindow}",
                webhooks.retryWindow().toString(),
                "{timeout}",
                webhooks.timeout().toString());
    }

    /** Puts the settings in force into the texts, and a record's schema where the file says {@code x-record}. */
    private static JsonNode fill(JsonNode node, Map<String, String> settings) {
        if (node.isTextual()) {
            String text = node.asText();
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                text = text.replace(setting.getKey(), setting.getValue());
            }
            return TextNode.valueOf(text);
        }
        if (node.isObject() && node.size() == 1 && node.has("x-record")) {
            return JSON.valueToTree(
                    EventSchemas.ofRecord(record(node.get("x-record").asText())));
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                field.setValue(fill(field.getValue(), settings));
            }
        } else if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, fill(array.get(i), settings));
            }
        }
        return node;
    }

    private static Class<?> record(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("apidoc/asyncapi.yml names a record that is gone: " + name, e);
        }
    }

    private static ObjectNode object(ObjectNode document, String pointer) {
        ObjectNode at = document;
        for (String step : pointer.substring(1).split("/")) {
            at = at.withObjectProperty(step);
        }
        return at;
    }

    private static ObjectNode reference(String pointer) {
        return JSON.createObjectNode().put("$ref", pointer);
    }
}

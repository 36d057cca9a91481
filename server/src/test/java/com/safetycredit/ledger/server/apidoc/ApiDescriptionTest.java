package com.safetycredit.ledger.server.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.safetycredit.ledger.contracts.events.LedgerEventCatalog;
import com.safetycredit.ledger.contracts.schema.EventSchemas;
import com.safetycredit.ledger.server.Http;
import com.safetycredit.ledger.server.LedgerServerTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The published descriptions are complete: every operation has its words in both languages, its roles, its
 * refusals as problems, every parameter and body field described with its constraints; the AsyncAPI description
 * carries every event with the schema {@code /api/v1/schema/events} publishes.
 */
@LedgerServerTest
class ApiDescriptionTest {

    static final Set<String> TAGS = Set.of("staff", "auditors", "agencies", "administrators", "public");

    @LocalServerPort
    int port;

    JsonNode openApi;

    @BeforeEach
    void read() {
        openApi = Descriptions.openApi(new Http(port, null));
    }

    @Test
    void everyOperationHasItsEntryAndEveryEntryItsOperation() {
        Set<String> operations = Descriptions.operations(openApi).keySet();
        Set<String> entries = new TreeSet<>();
        ApiTexts.load().operationKeys().forEach(entries::add);
        assertThat(new TreeSet<>(operations))
                .as("operations without an entry in apidoc/operations.yml")
                .isSubsetOf(entries);
        assertThat(entries)
                .as("entries of apidoc/operations.yml whose operation is gone")
                .isSubsetOf(operations);
        assertThat(operations).hasSizeGreaterThanOrEqualTo(50);
    }

    @Test
    void theLedgerIsNamedVersionedAndServedWhereConfigured() {
        JsonNode info = openApi.get("info");
        assertThat(info.get("title").asText()).contains("安全生产信用账本").contains("Safety Credit Ledger");
        assertThat(info.get("version").asText()).isEqualTo(ApiVersion.CURRENT).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(info.get("description").asText()).contains("position").contains("application/problem+json");
        assertThat(openApi.get("servers").get(0).get("url").asText()).isEqualTo("http://localhost:8080");
        // the major version is the one in every path (the public record's paths included: /api/public/v1/…)
        Descriptions.operations(openApi).keySet().forEach(key -> assertThat(key)
                .containsPattern("/api/(public/)?v" + ApiVersion.major() + "/"));
        JsonNode schemes = openApi.at("/components/securitySchemes");
        assertThat(schemes.get("basicAuth").get("scheme").asText()).isEqualTo("basic");
        assertThat(schemes.get("bearerJwt").get("bearerFormat").asText()).isEqualTo("JWT");
        assertThat(schemes.get("apiKey").get("name").asText()).isEqualTo("X-Api-Key");
        assertThat(schemes.get("apiKey").get("in").asText()).isEqualTo("header");
    }

    @Test
    void everyOperationSaysWhatItDoesInBothLanguagesAndWhoMayCallIt() {
        Set<String> ids = new HashSet<>();
        Descriptions.operations(openApi).forEach((key, operation) -> {
            assertThat(operation.get("summary").asText()).as(key).contains("· ").doesNotContain("undocumented");
            assertThat(operation.get("description").asText())
                    .as(key)
                    .containsPattern("\\p{IsHan}")
                    .containsPattern("[A-Za-z]{4,}");
            assertThat(ids.add(operation.get("operationId").asText()))
                    .as("operationId of " + key + " unique")
                    .isTrue();
            assertThat(operation.get("tags")).as(key).hasSize(1);
            assertThat(TAGS).contains(operation.get("tags").get(0).asText());
            JsonNode security = operation.path("security");
            if (operation.get("tags").get(0).asText().equals("public")) {
                assertThat(security).as(key).isEmpty();
            } else {
                assertThat(security).as(key + " names how to sign in").hasSizeGreaterThanOrEqualTo(2);
                assertThat(security.get(0).get("basicAuth"))
                        .as(key + " names its roles")
                        .isNotEmpty();
                assertThat(operation.get("description").asText()).contains("Roles (any of)");
            }
        });
    }

    @Test
    void everyRefusalIsAProblemAndEveryOperationNamesItsOwn() {
        Descriptions.operations(openApi).forEach((key, operation) -> {
            JsonNode responses = operation.get("responses");
            List<String> statuses = new ArrayList<>();
            responses.fieldNames().forEachRemaining(statuses::add);
            assertThat(statuses.stream().filter(s -> s.startsWith("2")))
                    .as(key + " one success")
                    .hasSize(1);
            assertThat(statuses).as(key).contains("500");
            if (!operation.path("security").isEmpty()) {
                assertThat(statuses).as(key).contains("401", "403");
            }
            if (key.contains("{")) {
                assertThat(statuses).as(key).contains("404");
            }
            if (operation.has("requestBody")) {
                assertThat(statuses).as(key).contains("400", "413", "415");
            }
            for (String status : statuses) {
                if (status.startsWith("4") || status.startsWith("5")) {
                    JsonNode response = Descriptions.resolve(openApi, responses.get(status));
                    assertThat(response.get("description").asText())
                            .as(key + " " + status)
                            .contains("· ");
                    JsonNode schema = response.at("/content/application~1problem+json/schema");
                    assertThat(schema.get("$ref").asText())
                            .as(key + " " + status)
                            .isEqualTo("#/components/schemas/Problem");
                }
            }
        });
        JsonNode problem = openApi.at("/components/schemas/Problem");
        assertThat(problem.get("required")).extracting(JsonNode::asText).contains("type", "title", "status");
        JsonNode error = Descriptions.resolve(openApi, problem.at("/properties/errors/items"));
        assertThat(error.get("properties").has("field")).isTrue();
        assertThat(error.get("properties").has("code")).isTrue();
        assertThat(error.get("properties").has("message")).isTrue();
    }

    @Test
    void everyParameterAndBodyFieldIsDescribedWithItsConstraints() {
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        Descriptions.operations(openApi).forEach((key, operation) -> {
            operation.path("parameters").forEach(parameter -> assertThat(
                            parameter.path("description").asText())
                    .as(key + " parameter " + parameter.get("name").asText())
                    .contains("· "));
            if (operation.has("requestBody")) {
                JsonNode json = operation.at("/requestBody/content/application~1json");
                // a JSON body has its example; a spreadsheet (an import) is described by its media type alone
                assertThat(json.has("example")
                                || operation.at("/requestBody/content").size() > 0 && json.isMissingNode())
                        .as(key + " has an example body")
                        .isTrue();
                if (!json.isMissingNode()) {
                    bodies.put(key, json.get("schema"));
                }
            }
        });
        Set<String> seen = new HashSet<>();
        bodies.forEach((key, schema) -> assertDescribed(key, schema, seen));

        // the validation annotations of the request records show, with the codes the server checks
        JsonNode accident = openApi.at("/components/schemas/AccidentReport");
        assertThat(accident.at("/properties/deaths/minimum").asInt()).isZero();
        assertThat(accident.at("/properties/deaths/maximum").asInt()).isEqualTo(100_000);
        assertThat(accident.at("/properties/reportNo/maxLength").asInt()).isEqualTo(100);
        assertThat(accident.at("/properties/reportNo/minLength").asInt())
                .as("@NotBlank")
                .isEqualTo(1);
        assertThat(accident.get("required"))
                .extracting(JsonNode::asText)
                .contains("occurredAt", "category", "reportNo");
        assertThat(accident.at("/properties/category/enum"))
                .extracting(JsonNode::asText)
                .contains("PRODUCTION", "ROAD_TRAFFIC", "FIRE");
        JsonNode registration = openApi.at("/components/schemas/RegisterEnterpriseRequest");
        assertThat(registration.at("/properties/regionCode/pattern").asText()).isEqualTo("\\d{6}");
        assertThat(registration.at("/properties/regionCode/enum"))
                .extracting(JsonNode::asText)
                .contains("330482");
        assertThat(registration.at("/properties/uscc/maxLength").asInt()).isEqualTo(18);
    }

    private void assertDescribed(String where, JsonNode schema, Set<String> seen) {
        if (schema.has("$ref")) {
            if (!seen.add(schema.get("$ref").asText())) {
                return;
            }
            schema = Descriptions.resolve(openApi, schema);
        }
        if (schema.has("items")) {
            assertDescribed(where, schema.get("items"), seen);
        }
        JsonNode properties = schema.path("properties");
        properties.properties().forEach(property -> {
            assertThat(property.getValue().path("description").asText())
                    .as(where + ": field " + property.getKey() + " described in both languages")
                    .contains("· ");
            assertDescribed(where + "." + property.getKey(), property.getValue(), seen);
        });
    }

    @Test
    void theAsyncApiDescribesEveryEventOnBothChannelsWithThePublishedSchema() {
        JsonNode asyncApi = Descriptions.asyncApi(new Http(port));
        assertThat(asyncApi.get("asyncapi").asText()).startsWith("3.0");
        assertThat(asyncApi.at("/info/version").asText()).isEqualTo(ApiVersion.CURRENT);
        assertThat(asyncApi.at("/servers/ledger/host").asText()).isEqualTo("localhost:8080");
        assertThat(asyncApi.at("/servers/ledger/protocol").asText()).isEqualTo("http");
        JsonNode published = new Http(port).get("/api/v1/schema/events").json();
        assertThat(published).hasSize(LedgerEventCatalog.EVENT_TYPES.size());
        for (JsonNode type : published) {
            String name = type.get("name").asText();
            JsonNode expected = type.get("schema").deepCopy();
            ((ObjectNode) expected).remove("$schema");
            assertThat(asyncApi.at("/components/schemas/" + name)).as(name).isEqualTo(expected);
            for (String channel : List.of("eventStream", "webhook")) {
                JsonNode message =
                        Descriptions.resolve(asyncApi, asyncApi.at("/channels/" + channel + "/messages/" + name));
                assertThat(message.get("name").asText())
                        .as(channel + " " + name)
                        .isEqualTo(name);
                JsonNode specific = message.at("/payload/allOf/1/properties");
                assertThat(specific.at("/type/const").asText()).isEqualTo(name);
                assertThat(specific.at("/revision/const").asText())
                        .isEqualTo(type.get("revision").asText());
                assertThat(specific.at("/data/$ref").asText()).isEqualTo("#/components/schemas/" + name);
            }
        }
        // the webhook's headers and the rules in force, not placeholders
        JsonNode headers = asyncApi.at("/components/schemas/WebhookHeaders/properties");
        assertThat(headers.has("Ledger-Signature")
                        && headers.has("Ledger-Event-Id")
                        && headers.has("Ledger-Position")
                        && headers.has("Ledger-Event-Type")
                        && headers.has("Ledger-Subscription"))
                .isTrue();
        String rules = asyncApi.at("/channels/webhook/description").asText();
        assertThat(rules)
                .contains("HMAC-SHA256")
                .contains("PT1S")
                .contains("PT1H")
                .contains("PT72H")
                .doesNotContain("{backoffBase}")
                .doesNotContain("{retryWindow}")
                .doesNotContain("{timeout}");
        assertThat(asyncApi.at("/channels/eventStream/description").asText()).contains("Last-Event-ID");
        assertThat(asyncApi.toString()).doesNotContain("TODO").doesNotContain("x-record");
        assertThat(EventSchemas.of(LedgerEventCatalog.registry())).hasSize(published.size());
    }
}

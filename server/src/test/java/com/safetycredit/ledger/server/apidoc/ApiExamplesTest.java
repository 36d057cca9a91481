package com.safetycredit.ledger.server.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.safetycredit.ledger.server.Http;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The description's examples are the sample data's own (started with {@code ledger.sample-data=true}): every
 * operation whose path the examples fill is called with its example parameters and body, in the order of
 * {@code operations.yml}, and answers the success status the description names. The examples are not decoration:
 * a rule change that makes one wrong fails here.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ledger.embedded.in-memory=true",
            "ledger.expiry.initial-delay=PT1H",
            "ledger.sample-data=true",
            // the example receiver's name is reserved (RFC 2606) and resolves nowhere: let it be subscribed
            "ledger.webhooks.allowed-hosts=receiver.agency.example"
        })
@DirtiesContext
class ApiExamplesTest {

    /** Identifiers the server makes as it answers (a subscription, a job, a key): no example can name them. */
    static final List<String> MADE_BY_THE_SERVER = List.of(
            "/api/v1/subscriptions/{id}",
            "/api/v1/ledger/verifications/{id}",
            "/api/v1/admin/api-keys/{id}",
            "/api/v1/enterprises/{uscc}/listing-notices/{noticeId}",
            "/api/v1/repair-applications/{repairId}",
            "/api/v1/objections/{objectionId}",
            "/api/v1/practitioners/{registrationNo}/employments/{employmentId}",
            "/api/v1/imports/jobs/{id}");

    /** Operations only one kind of account may call, with the test account that calls them. */
    static final Map<String, String> CALLED_AS =
            Map.of("POST /api/v1/partner-lists/{department}/entries", "partner-tax");

    @LocalServerPort
    int port;

    @Test
    void everyExampleIsAcceptedByTheSampleLedger() {
        Http http = new Http(port);
        // the read models follow the sample data within moments
        http.await("/api/v1/admin/projections", answer -> {
            long head = http.get("/api/v1/ledger/head").json().get("position").asLong();
            return head > 0
                    && StreamSupport.stream(answer.json().spliterator(), false)
                            .allMatch(projection -> projection.get("position").asLong() >= head);
        });
        Map<String, JsonNode> operations = Descriptions.operations(Descriptions.openApi(http));
        List<String> called = new ArrayList<>();
        for (String key : ApiTexts.load().operationKeys()) {
            JsonNode operation = operations.get(key);
            String method = key.substring(0, key.indexOf(' '));
            String path = key.substring(method.length() + 1);
            if (MADE_BY_THE_SERVER.stream().anyMatch(path::startsWith) || path.endsWith("/feed/stream")) {
                continue;
            }
            if (operation.has("requestBody")
                    && operation.at("/requestBody/content/application~1json").isMissingNode()) {
                continue; // a spreadsheet to import has no JSON example: ImportApiTest sends real files
            }
            String url = url(path, operation);
            String expected = success(operation);
            String body = operation.has("requestBody")
                    ? operation
                            .at("/requestBody/content/application~1json/example")
                            .toString()
                    : "";
            Http caller = CALLED_AS.containsKey(key) ? new Http(port, CALLED_AS.get(key)) : http;
            Http.Response answer =
                    switch (method) {
                        case "GET" -> caller.get(url);
                        case "DELETE" -> new Http.Response(caller.delete(url), "", "");
                        case "PUT" -> caller.put(url, body);
                        default -> caller.post(url, body);
                    };
            assertThat(Integer.toString(answer.status()))
                    .as(key + " with its examples: " + answer.body())
                    .isEqualTo(expected);
            called.add(key);
        }
        assertThat(called).hasSizeGreaterThanOrEqualTo(40);
    }

    /**
     * The bounds the description gives a query parameter are the server's: one past a bound is a 400 naming the
     * parameter, the bound itself is answered.
     */
    @Test
    void theBoundsOfTheParametersAreTheServers() {
        Http http = new Http(port);
        List<String> checked = new ArrayList<>();
        Descriptions.operations(Descriptions.openApi(http)).forEach((key, operation) -> {
            String path = key.substring(key.indexOf(' ') + 1);
            if (!key.startsWith("GET ")
                    || path.endsWith("/feed/stream")
                    || MADE_BY_THE_SERVER.stream().anyMatch(path::startsWith)) {
                return;
            }
            for (JsonNode parameter : operation.path("parameters")) {
                JsonNode schema = parameter.path("schema");
                String name = parameter.get("name").asText();
                String base = url(path, operation).replaceAll("([?&])" + name + "=[^&]*&?", "$1");
                String join = base.contains("?") ? (base.endsWith("?") || base.endsWith("&") ? "" : "&") : "?";
                for (String bound : List.of("minimum", "maximum")) {
                    if (!parameter.get("in").asText().equals("query") || !schema.has(bound)) {
                        continue;
                    }
                    long at = schema.get(bound).asLong();
                    long past = bound.equals("minimum") ? at - 1 : at + 1;
                    Http.Response refused = http.get(base + join + name + "=" + past);
                    assertThat(refused.status())
                            .as(key + " " + name + "=" + past)
                            .isEqualTo(400);
                    assertThat(refused.body()).contains(name);
                    assertThat(http.get(base + join + name + "=" + at).status())
                            .as(key + " " + name + "=" + at)
                            .isEqualTo(200);
                    checked.add(key + " " + name + " " + bound);
                }
            }
        });
        assertThat(checked).hasSizeGreaterThanOrEqualTo(6);
    }

    /** The path with its example identifiers, and every query parameter that has an example. */
    private static String url(String path, JsonNode operation) {
        StringBuilder url = new StringBuilder();
        Matcher variable = Pattern.compile("\\{([^}]+)}").matcher(path);
        while (variable.find()) {
            JsonNode example = parameter(operation, variable.group(1)).get("example");
            assertThat(example)
                    .as("example of " + variable.group(1) + " in " + path)
                    .isNotNull();
            variable.appendReplacement(url, Matcher.quoteReplacement(encode(example.asText())));
        }
        variable.appendTail(url);
        String separator = "?";
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.get("in").asText().equals("query") && parameter.has("example")) {
                url.append(separator)
                        .append(parameter.get("name").asText())
                        .append('=')
                        .append(encode(parameter.get("example").asText()));
                separator = "&";
            }
        }
        return url.toString();
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.get("name").asText().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name);
    }

    private static String success(JsonNode operation) {
        List<String> statuses = new ArrayList<>();
        operation.get("responses").fieldNames().forEachRemaining(statuses::add);
        return statuses.stream()
                .filter(status -> status.startsWith("2"))
                .findFirst()
                .orElseThrow();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package com.safetycredit.ledger.server.apidoc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.safetycredit.ledger.server.security.OperationRoles;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * The OpenAPI description at {@code /v3/api-docs}: springdoc finds the operations and derives the schemas from
 * the request and answer records (their validation annotations included); this completes it — the ledger's
 * title and version ({@link ApiVersion}), the servers of {@code ledger.api.servers}, the three ways to sign in,
 * and through {@link OperationDocs} and {@link SchemaDocs} every operation's words, roles and refusals.
 * A new endpoint costs one entry in {@code apidoc/operations.yml}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
public class ApiDescription {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerJwt";
    static final String API_KEY = "apiKey";
    private static final ObjectMapper PLAIN = new ObjectMapper();

    @Bean
    ApiTexts apiTexts() {
        return ApiTexts.load();
    }

    @Bean
    OperationRoles operationRoles(WebInvocationPrivilegeEvaluator evaluator) {
        return new OperationRoles(evaluator);
    }

    @Bean
    OpenAPI ledgerOpenApi(ApiTexts texts, ApiProperties properties) {
        JsonNode info = texts.section("info");
        JsonNode schemes = texts.section("schemes");
        return new OpenAPI()
                .info(new Info()
                        .title(info.path("title").asText())
                        .version(ApiVersion.CURRENT)
                        .summary(info.path("summary").asText(null))
                        .description(info.path("description").asText()))
                .servers(properties.servers().stream()
                        .map(s -> new Server().url(s.url()).description(s.description()))
                        .toList())
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description(schemes.path(BASIC).asText()))
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description(schemes.path(BEARER).asText()))
                        .addSecuritySchemes(
                                API_KEY,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name(OperationRoles.API_KEY_HEADER)
                                        .description(schemes.path(API_KEY).asText())));
    }

    /** Operations first (they decide which shared refusals are used), then the schemas, then the refusals. */
    @Bean
    OpenApiCustomizer ledgerApiDescription(ApiTexts texts, OperationRoles roles) {
        OperationDocs operations = new OperationDocs(texts, roles);
        SchemaDocs schemas = new SchemaDocs(texts);
        return api -> {
            // springdoc sets the schemas it found after this bean was made: the answers no record declares go in now
            texts.section("answerSchemas").properties().forEach(answer -> api.getComponents()
                    .addSchemas(answer.getKey(), Json31.mapper().convertValue(answer.getValue(), Schema.class)));
            operations.customise(api);
            schemas.customise(api);
            Map<String, ApiResponse> refusals = OperationDocs.sharedRefusals(api, texts.section("refusals"));
            ApiResponse tooMany = refusals.get(refusalName(429));
            if (tooMany != null) {
                tooMany.addHeaderObject(
                        "Retry-After",
                        new Header()
                                .description(texts.section("headers")
                                        .path("Retry-After")
                                        .asText())
                                .schema(new IntegerSchema()));
            }
            refusals.forEach(api.getComponents()::addResponses);
            pruneUnused(api);
        };
    }

    @Bean
    PropertyCustomizer ledgerConstraintNotes(ApiTexts texts) {
        return new ConstraintNotes(texts);
    }

    @Bean
    SchemaNames ledgerSchemaNames(ApiTexts texts) {
        return new SchemaNames(texts);
    }

    /** {@code NotFound} for 404: the name of the shared refusal response of a status. */
    static String refusalName(int status) {
        String phrase = HttpStatus.valueOf(status).getReasonPhrase();
        return phrase.replaceAll("[^A-Za-z ]", "").replace(" ", "");
    }

    /** A YAML value as the plain Java value swagger's models serialise. */
    static Object plain(JsonNode value) {
        return PLAIN.convertValue(value, Object.class);
    }

    /**
     * A response's content from {@code operations.yml}: media type → {@code {schema: …, example: …}} where the
     * schema is {@code $ref: Name} (a component), {@code $class: <class name>} (resolved like springdoc resolves
     * a return type, for a controller that answers {@code ResponseEntity<?>}), {@code $arrayOf: <class name>} (a
     * list of those) or a JSON Schema written out.
     */
    static Content content(JsonNode media, Components components) {
        Content content = new Content();
        media.properties().forEach(entry -> {
            MediaType type = new MediaType().schema(schema(entry.getValue().path("schema"), components));
            if (entry.getValue().has("example")) {
                type.setExample(plain(entry.getValue().get("example")));
            }
            content.addMediaType(entry.getKey(), type);
        });
        return content;
    }

    private static Schema<?> schema(JsonNode node, Components components) {
        if (node.has("$arrayOf")) {
            ObjectNode item = JsonNodeFactory.instance
                    .objectNode()
                    .put("$class", node.get("$arrayOf").asText());
            return new ArraySchema().items(schema(item, components));
        }
        if (node.has("$ref")) {
            return new Schema<>()
                    .$ref("#/components/schemas/" + node.get("$ref").asText());
        }
        if (node.has("$class")) {
            try {
                Class<?> type = Class.forName(node.get("$class").asText());
                ResolvedSchema resolved = ModelConverters.getInstance(true)
                        .readAllAsResolvedSchema(new AnnotatedType(type).resolveAsRef(true));
                resolved.referencedSchemas.forEach(components::addSchemas);
                return resolved.schema.get$ref() != null
                        ? new Schema<>().$ref(resolved.schema.get$ref())
                        : new Schema<>().$ref("#/components/schemas/" + resolved.schema.getName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("apidoc/operations.yml names a class that is gone: " + node, e);
            }
        }
        return Json31.mapper().convertValue(node, Schema.class);
    }

    /** Drops the schemas nothing refers to any more (those of answers an entry replaced). */
    @SuppressWarnings("rawtypes") // swagger's model hands its schemas out raw
    static void pruneUnused(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        schemas.keySet()
                .retainAll(reachable(List.of(api.getPaths(), api.getComponents().getResponses()), schemas));
    }

    /** The names of the schemas {@code roots} refer to, directly or through other schemas. */
    static Set<String> reachable(List<Object> roots, Map<String, ?> schemas) {
        Set<String> reached = new HashSet<>();
        Set<String> found = refs(Json31.pretty(roots));
        while (reached.addAll(found)) {
            found = refs(Json31.pretty(
                    found.stream().map(schemas::get).filter(Objects::nonNull).toList()));
        }
        return reached;
    }

    private static Set<String> refs(String json) {
        Set<String> names = new HashSet<>();
        Matcher matcher =
                Pattern.compile("#/components/schemas/([A-Za-z0-9._-]+)").matcher(json);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}

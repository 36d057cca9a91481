package com.safetycredit.ledger.server.apidoc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.safetycredit.ledger.server.security.OperationRoles;
import io.swagger.v3.core.util.AnnotationsUtils;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Completes every operation springdoc found: its id, tag, summary and description from {@code operations.yml};
 * who may call it, read off the security configuration ({@link OperationRoles}); its success status; the
 * problems it can answer ({@link Refusals}); its parameters from the glossary; its example body.
 */
class OperationDocs implements OpenApiCustomizer {

    /** Tags by who uses an operation, in the order a reader meets them. */
    static final List<String> TAGS = List.of("staff", "auditors", "agencies", "administrators", "public");

    private final ApiTexts texts;
    private final OperationRoles roles;

    OperationDocs(ApiTexts texts, OperationRoles roles) {
        this.texts = texts;
        this.roles = roles;
    }

    @Override
    public void customise(OpenAPI api) {
        Set<String> used = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) ->
                        used.add(document(method.name(), path, operation, api.getComponents()))));
        api.setTags(TAGS.stream().filter(used::contains).map(this::tag).toList());
    }

    private Tag tag(String name) {
        JsonNode words = texts.section("tags").path(name);
        Tag tag = new Tag().name(name).description(words.path("description").asText(null));
        tag.addExtension("x-displayName", words.path("name").asText(name));
        return tag;
    }

    /** Documents one operation; answers its tag. */
    private String document(String method, String path, Operation operation, Components components) {
        JsonNode entry = texts.operation(method, path).orElse(null);
        OperationRoles.Access access = roles.of(method, path);
        String tag = entry != null && entry.has("tag") ? entry.get("tag").asText() : tagOf(access);
        operation.setTags(List.of(tag));
        if (entry == null) {
            operation.setSummary("(undocumented) " + ApiTexts.key(method, path));
        } else {
            operation.setOperationId(entry.path("id").asText(operation.getOperationId()));
            operation.setSummary(entry.path("summary").asText());
            operation.setDescription(description(entry, access));
        }
        operation.setSecurity(security(access));
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> describe(parameter, entry));
        }
        exampleBody(operation, entry);
        operation.setResponses(responses(method, path, operation, access, entry, components));
        return tag;
    }

    static String tagOf(OperationRoles.Access access) {
        if (access.open()) {
            return "public";
        }
        if (access.roles().equals(Set.of("ADMIN"))) {
            return "administrators";
        }
        if (access.outside()) {
            return "agencies";
        }
        return access.roles().contains("AUDITOR") && !access.roles().contains("REGISTRAR") ? "auditors" : "staff";
    }

    private String description(JsonNode entry, OperationRoles.Access access) {
        StringBuilder text = new StringBuilder();
        text.append(entry.path("zh").asText().strip())
                .append("\n\n")
                .append(entry.path("en").asText().strip());
        text.append("\n\n");
        if (access.open()) {
            text.append("**无需登录 · No sign-in needed.**");
        } else {
            text.append("**角色（任一）· Roles (any of):** ")
                    .append(String.join(
                            ", ",
                            access.roles().stream().map(r -> "`" + r + "`").toList()));
        }
        return text.toString();
    }

    /**
     * HTTP Basic or a bearer JWT for any account; an agency API key where role AGENCY may call. The roles are
     * named in each requirement, as OpenAPI 3.1 allows for schemes other than OAuth2.
     */
    private static List<SecurityRequirement> security(OperationRoles.Access access) {
        if (access.open()) {
            return List.of();
        }
        List<String> named = List.copyOf(access.roles());
        List<SecurityRequirement> requirements = new ArrayList<>();
        requirements.add(new SecurityRequirement().addList(ApiDescription.BASIC, named));
        requirements.add(new SecurityRequirement().addList(ApiDescription.BEARER, named));
        if (access.roles().contains("AGENCY")) {
            requirements.add(new SecurityRequirement().addList(ApiDescription.API_KEY, List.of("AGENCY")));
        }
        return requirements;
    }

    /** From the operation's own {@code parameters} entry, else the glossary by name. */
    private void describe(Parameter parameter, JsonNode entry) {
        JsonNode own = entry == null ? null : entry.path("parameters").get(parameter.getName());
        ObjectNode field = texts.field(null, parameter.getName())
                .map(ObjectNode::deepCopy)
                .orElseGet(() -> ApiTexts.textEntry(null));
        if (own != null) {
            if (own.has("enum")) {
                // the operation's own values, not a glossary code list of a field that shares the name
                field.remove("codes");
            }
            field.setAll(own.isTextual() ? ApiTexts.textEntry(own.asText()) : (ObjectNode) own);
        }
        parameter.setDescription(field.path("text").asText(null));
        if (field.has("example")) {
            parameter.setExample(ApiDescription.plain(field.get("example")));
        }
        if (parameter.getSchema() != null
                && (field.has("codes") || field.has("enum") || field.has("minimum") || field.has("maximum"))) {
            // springdoc shares one schema object among parameters of a type: change a copy
            parameter.setSchema(AnnotationsUtils.clone(parameter.getSchema(), true));
            SchemaDocs.enumerate(parameter.getSchema(), field);
            // bounds the controller checks in code, not by annotation
            if (field.has("minimum")) {
                parameter.getSchema().setMinimum(field.get("minimum").decimalValue());
            }
            if (field.has("maximum")) {
                parameter.getSchema().setMaximum(field.get("maximum").decimalValue());
            }
        }
    }

    private static void exampleBody(Operation operation, JsonNode entry) {
        if (operation.getRequestBody() == null || entry == null || !entry.has("example")) {
            return;
        }
        MediaType json = operation.getRequestBody().getContent().get("application/json");
        if (json != null) {
            json.setExample(ApiDescription.plain(entry.get("example")));
        }
    }

    private ApiResponses responses(
            String method,
            String path,
            Operation operation,
            OperationRoles.Access access,
            JsonNode entry,
            Components components) {
        ApiResponse success = operation.getResponses().values().iterator().next();
        String status = entry == null ? "200" : entry.path("status").asText("200");
        success.setDescription(
                entry != null && entry.has("returns")
                        ? entry.get("returns").asText()
                        : texts.section("success").path(status).asText("OK"));
        if ("204".equals(status)) {
            success.setContent(null);
        }
        if (entry != null && entry.has("response")) {
            success.setContent(ApiDescription.content(entry.get("response"), components));
        }
        ApiResponses responses = new ApiResponses();
        responses.addApiResponse(status, success);
        JsonNode specific = entry == null ? null : entry.get("refusals");
        for (int refusal : Refusals.of(method, path, operation, access, entry)) {
            String code = Integer.toString(refusal);
            if (specific != null && specific.has(code)) {
                responses.addApiResponse(code, problem(specific.get(code).asText()));
            } else {
                responses.addApiResponse(
                        code, new ApiResponse().$ref("#/components/responses/" + ApiDescription.refusalName(refusal)));
            }
        }
        return responses;
    }

    static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                "application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }

    /** The shared problem responses the operations refer to, one per status used. */
    static Map<String, ApiResponse> sharedRefusals(OpenAPI api, JsonNode texts) {
        Map<String, ApiResponse> shared = new LinkedHashMap<>();
        for (PathItem item : api.getPaths().values()) {
            for (Operation operation : item.readOperations()) {
                operation.getResponses().forEach((code, response) -> {
                    if (response.get$ref() != null) {
                        int status = Integer.parseInt(code);
                        shared.putIfAbsent(
                                ApiDescription.refusalName(status),
                                problem(texts.path(code).asText()));
                    }
                });
            }
        }
        return shared;
    }
}

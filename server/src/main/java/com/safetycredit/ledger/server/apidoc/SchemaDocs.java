package com.safetycredit.ledger.server.apidoc;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.AnnotationsUtils;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Every property of every schema described from the glossary ({@code texts.yml}, {@code fields}), after what
 * the validation annotations already say (required, lengths, bounds, patterns; see {@link ConstraintNotes});
 * and the problem schema every refusal answers with.
 */
class SchemaDocs implements OpenApiCustomizer {

    private final ApiTexts texts;

    SchemaDocs(ApiTexts texts) {
        this.texts = texts;
    }

    @Override
    @SuppressWarnings("rawtypes") // swagger's model hands its schemas out raw
    public void customise(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        if (schemas != null) {
            Set<String> requests = ApiDescription.reachable(
                    api.getPaths().values().stream()
                            .flatMap(item -> item.readOperations().stream())
                            .filter(operation -> operation.getRequestBody() != null)
                            .map(operation -> (Object) operation.getRequestBody())
                            .toList(),
                    schemas);
            schemas.forEach((name, schema) -> describe(name, schema, requests.contains(name)));
        }
        api.getComponents().addSchemas("Problem", problem());
        api.getComponents().addSchemas("FieldError", fieldError());
    }

    /**
     * @param request whether clients send it: only there are codes an {@code enum}. In an answer a new code (an
     *                industry, a region) must not break a client generated before it, so the codes are named in
     *                the words instead, when there are few.
     */
    private void describe(String schemaName, Schema<?> schema, boolean request) {
        if (texts.section("schemas").has(schemaName)) {
            schema.setDescription(texts.section("schemas").get(schemaName).asText());
        }
        if (schema.getProperties() == null) {
            return;
        }
        // a property's schema object may be shared with other schemas: describe a copy
        schema.getProperties().replaceAll((property, value) -> AnnotationsUtils.clone(value, true));
        schema.getProperties().values().forEach(SchemaDocs::notBlank);
        schema.getProperties()
                .forEach((property, value) -> texts.field(schemaName, property).ifPresent(field -> {
                    String text = field.path("text").asText(null);
                    if (text != null) {
                        String notes = value.getDescription();
                        value.setDescription(notes == null || notes.isBlank() ? text : text + " " + notes);
                    }
                    if (field.has("example")) {
                        value.setExample(ApiDescription.plain(field.get("example")));
                    }
                    if (request) {
                        enumerate(value, field);
                    } else {
                        nameCodes(value, field);
                    }
                }));
    }

    private static void nameCodes(Schema<?> property, JsonNode field) {
        List<String> codes =
                field.has("codes") ? CodeLists.of(field.get("codes").asText()) : List.of();
        if (!codes.isEmpty() && codes.size() <= 12) {
            property.setDescription(property.getDescription() + " 代码 · Codes: "
                    + String.join(
                            ", ", codes.stream().map(code -> "`" + code + "`").toList()) + ".");
        }
    }

    /** {@code @NotBlank}: at least one character, whatever {@code @Size} said. */
    private static void notBlank(Schema<?> property) {
        if (property.getExtensions() != null && property.getExtensions().remove(ConstraintNotes.NOT_BLANK) != null) {
            if (property.getMinLength() == null || property.getMinLength() < 1) {
                property.setMinLength(1);
            }
            if (property.getExtensions().isEmpty()) {
                property.setExtensions(null);
            }
        }
    }

    /**
     * The codes a field (or each item of a list) takes, when the code checks them rather than an annotation:
     * {@code codes: <list>} from {@link CodeLists}, or {@code enum: [...]} written out.
     */
    @SuppressWarnings("unchecked")
    static void enumerate(Schema<?> schema, JsonNode field) {
        if (!field.has("codes") && !field.has("enum")) {
            return;
        }
        Schema<Object> target = (Schema<Object>) schema;
        if (target.getItems() != null) {
            target = (Schema<Object>) target.getItems();
        }
        List<Object> codes = new ArrayList<>();
        if (field.has("codes")) {
            codes.addAll(CodeLists.of(field.get("codes").asText()));
        } else {
            field.get("enum").forEach(value -> codes.add(ApiDescription.plain(value)));
        }
        target.setEnum(codes);
    }

    /** RFC 7807 (RFC 9457) as the ledger answers it, {@code errors} naming each field at fault. */
    @SuppressWarnings("unchecked") // swagger's builder returns its schemas raw
    private Schema<?> problem() {
        JsonNode words = texts.section("schemas");
        return new ObjectSchema()
                .description(words.path("Problem").asText())
                .addProperty(
                        "type",
                        new StringSchema()
                                .format("uri")
                                .description(words.path("Problem.type").asText()))
                .addProperty(
                        "title",
                        new StringSchema()
                                .description(words.path("Problem.title").asText()))
                .addProperty(
                        "status",
                        new IntegerSchema()
                                .minimum(BigDecimal.valueOf(400))
                                .maximum(BigDecimal.valueOf(599))
                                .description(words.path("Problem.status").asText()))
                .addProperty(
                        "detail",
                        new StringSchema()
                                .description(words.path("Problem.detail").asText()))
                .addProperty(
                        "instance",
                        new StringSchema()
                                .format("uri-reference")
                                .description(words.path("Problem.instance").asText()))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(new Schema<>().$ref("#/components/schemas/FieldError"))
                                .description(words.path("Problem.errors").asText()))
                .required(List.of("type", "title", "status"));
    }

    @SuppressWarnings("unchecked") // swagger's builder returns its schemas raw
    private Schema<?> fieldError() {
        JsonNode words = texts.section("schemas");
        return new ObjectSchema()
                .description(words.path("FieldError").asText())
                .addProperty(
                        "field",
                        new StringSchema()
                                .description(words.path("FieldError.field").asText()))
                .addProperty(
                        "code",
                        new StringSchema()
                                .description(words.path("FieldError.code").asText()))
                .addProperty(
                        "message",
                        new StringSchema()
                                .description(words.path("FieldError.message").asText()))
                .required(List.of("field", "message"));
    }
}

package com.safetycredit.ledger.server.apidoc;

import static com.safetycredit.ledger.server.apidoc.ContractChanges.Bump.MAJOR;
import static com.safetycredit.ledger.server.apidoc.ContractChanges.Bump.MINOR;
import static com.safetycredit.ledger.server.apidoc.ContractChanges.Bump.NONE;
import static com.safetycredit.ledger.server.apidoc.ContractChanges.Bump.PATCH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Each kind of change to the committed contract asks for its bump; a version may only go up. */
class ContractChangesTest {

    final JsonNode openApi = Descriptions.read(Descriptions.OPENAPI);
    final JsonNode asyncApi = Descriptions.read(Descriptions.ASYNCAPI);

    private static ContractChanges.Bump needed(JsonNode before, JsonNode after) {
        return new ContractChanges(before, after).needed(!before.equals(after));
    }

    @Test
    void theSameDescriptionNeedsNothing() {
        assertThat(needed(openApi, openApi.deepCopy())).isEqualTo(NONE);
        assertThat(needed(asyncApi, asyncApi.deepCopy())).isEqualTo(NONE);
    }

    @Test
    void wordsAreAPatchEvenWithTheVersionChanged() {
        JsonNode after = openApi.deepCopy();
        ((ObjectNode) after.at("/paths/~1api~1v1~1enterprises/post")).put("summary", "登记 · Register");
        ((ObjectNode) after.get("info")).put("version", "1.0.1");
        assertThat(needed(openApi, after)).isEqualTo(PATCH);
        JsonNode field = asyncApi.deepCopy();
        ((ObjectNode) field.at("/components/schemas/FeedEntry/properties/hash")).put("description", "哈希 · Hash");
        assertThat(needed(asyncApi, field)).isEqualTo(PATCH);
    }

    @Test
    void aNewOptionalFieldOrOperationOrEventIsMinor() {
        JsonNode field = openApi.deepCopy();
        ((ObjectNode) field.at("/components/schemas/AccidentReport/properties"))
                .putObject("weather")
                .put("type", "string");
        assertThat(needed(openApi, field)).isEqualTo(MINOR);
        JsonNode operation = openApi.deepCopy();
        ((ObjectNode) operation.get("paths"))
                .set("/api/v1/future-operation", openApi.at("/paths/~1api~1v1~1enterprises"));
        assertThat(needed(openApi, operation)).isEqualTo(MINOR);
        JsonNode event = asyncApi.deepCopy();
        ((ObjectNode) event.at("/components/messages"))
                .set("FutureEventRecorded", asyncApi.at("/components/messages/EnterpriseRegistered"));
        assertThat(needed(asyncApi, event)).isEqualTo(MINOR);
        JsonNode refusal = openApi.deepCopy();
        ((ObjectNode) refusal.at("/paths/~1api~1v1~1ledger~1head/get/responses"))
                .set("404", openApi.at("/components/responses/NotFound"));
        assertThat(needed(openApi, refusal)).isEqualTo(MINOR);
    }

    @Test
    void whatAClientCouldBreakOnIsMajor() {
        JsonNode operation = openApi.deepCopy();
        ((ObjectNode) operation.at("/paths/~1api~1v1~1enterprises")).remove("post");
        assertThat(new ContractChanges(openApi, operation).breaking)
                .containsExactly("operation POST /api/v1/enterprises removed");
        assertThat(needed(openApi, operation)).isEqualTo(MAJOR);

        JsonNode field = openApi.deepCopy();
        ((ObjectNode) field.at("/components/schemas/FeedPage/properties")).remove("next");
        assertThat(new ContractChanges(openApi, field).breaking).containsExactly("field FeedPage.next removed");

        JsonNode required = openApi.deepCopy();
        ((ArrayNode) required.at("/components/schemas/AccidentReport/required")).add("summary");
        assertThat(new ContractChanges(openApi, required).breaking)
                .containsExactly("field AccidentReport.summary now required");

        JsonNode event = asyncApi.deepCopy();
        ((ObjectNode) event.at("/components/schemas/EnterpriseRegistered/properties")).remove("name");
        assertThat(needed(asyncApi, event)).isEqualTo(MAJOR);
    }

    @Test
    void versionsOnlyGoUp() {
        assertThat(ContractChanges.between("1.0.0", "1.0.0")).isEqualTo(NONE);
        assertThat(ContractChanges.between("1.0.0", "1.0.1")).isEqualTo(PATCH);
        assertThat(ContractChanges.between("1.0.9", "1.1.0")).isEqualTo(MINOR);
        assertThat(ContractChanges.between("1.4.2", "2.0.0")).isEqualTo(MAJOR);
        assertThat(ContractChanges.between("1.1.0", "1.0.5")).isNull();
    }
}

package com.safetycredit.ledger.rules.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the code lists shipped under {@code reference/}. */
final class ReferenceData {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReferenceData() {}

    static JsonNode read(String name) {
        try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream("reference/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference data " + name);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable reference data " + name, e);
        }
    }
}

package com.safetycredit.ledger.query.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safetycredit.ledger.rules.credit.Evidence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * The reasons of one interval of a profile's timeline, kept as one value: their JSON ({@code [{"code", "message",
 * "positions"}, …]}) in UTF-8 bytes. Nothing searches by a reason, and the embedded store copies, compares and checks
 * every nested field of a document it replaces: with the reasons as ~450 sub-documents per profile of ~100 facts,
 * replacing the profiles was most of the store's time in a 1,000,000-event catch-up (docs/benchmarks.md). Bytes rather
 * than a string: the driver copies bytes as they are, where it encodes a string's Chinese character by character.
 * Profiles written before, with the reasons as a list of documents, read the same.
 */
final class StoredReasons {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Evidence>> REASONS = new TypeReference<>() {};

    private StoredReasons() {}

    static Binary encode(List<Evidence> reasons) {
        try {
            return new Binary(JSON.writeValueAsBytes(reasons));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Reasons that cannot be written as JSON: " + reasons, e);
        }
    }

    /** The reasons of an interval as stored: encoded, or (written before) a list of documents. */
    static List<Evidence> decode(Document interval) {
        Object stored = interval.get("reasons");
        if (stored instanceof Binary binary) {
            try {
                return List.copyOf(JSON.readValue(binary.getData(), REASONS));
            } catch (IOException e) {
                throw new UncheckedIOException("A profile's reasons that are not the JSON they were written as", e);
            }
        }
        return interval.getList("reasons", Document.class, List.of()).stream()
                .map(r -> new Evidence(
                        r.getString("code"),
                        r.getString("message"),
                        r.getList("positions", Number.class).stream()
                                .map(Number::longValue)
                                .toList()))
                .toList();
    }
}

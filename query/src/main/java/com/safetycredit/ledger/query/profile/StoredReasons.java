package com.safetycredit.ledger.query.profile;

import com.safetycredit.ledger.rules.credit.Evidence;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonBinaryWriter;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.Binary;

/**
 * The reasons of one interval of a profile's timeline, kept as one value: a BSON document {@code {r: [{code,
 * message, positions}, …]}} in its encoded bytes. Nothing searches by a reason, and the embedded store copies,
 * compares and checks every nested field of a document it replaces: with the reasons as ~450 sub-documents per
 * profile of ~100 facts, replacing the profiles was most of the store's time in a 1,000,000-event catch-up
 * (docs/benchmarks.md). Profiles written before, with the reasons as a list of documents, read the same.
 */
final class StoredReasons {

    private StoredReasons() {}

    static Binary encode(List<Evidence> reasons) {
        BasicOutputBuffer buffer = new BasicOutputBuffer(256);
        try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
            writer.writeStartDocument();
            writer.writeStartArray("r");
            for (Evidence reason : reasons) {
                writer.writeStartDocument();
                text(writer, "code", reason.code());
                text(writer, "message", reason.message());
                writer.writeStartArray("positions");
                for (long position : reason.positions()) {
                    writer.writeInt64(position);
                }
                writer.writeEndArray();
                writer.writeEndDocument();
            }
            writer.writeEndArray();
            writer.writeEndDocument();
        }
        return new Binary(buffer.toByteArray());
    }

    private static void text(BsonBinaryWriter writer, String name, String value) {
        if (value == null) {
            writer.writeNull(name);
        } else {
            writer.writeString(name, value);
        }
    }

    private static String text(BsonDocument reason, String name) {
        BsonValue value = reason.get(name);
        return value == null || value.isNull() ? null : value.asString().getValue();
    }

    /** The reasons of an interval as stored: encoded, or (written before) a list of documents. */
    static List<Evidence> decode(Document interval) {
        Object stored = interval.get("reasons");
        if (stored instanceof Binary binary) {
            List<Evidence> reasons = new ArrayList<>();
            for (BsonValue value : new RawBsonDocument(binary.getData()).getArray("r")) {
                BsonDocument reason = value.asDocument();
                BsonArray positions = reason.getArray("positions");
                List<Long> at = new ArrayList<>(positions.size());
                positions.forEach(p -> at.add(p.asNumber().longValue()));
                reasons.add(new Evidence(text(reason, "code"), text(reason, "message"), List.copyOf(at)));
            }
            return List.copyOf(reasons);
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

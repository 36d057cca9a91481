package com.safetycredit.ledger.query.history;

import java.util.List;
import java.util.Map;
import org.bson.BsonBinaryWriter;
import org.bson.BsonWriter;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.io.BasicOutputBuffer;

/**
 * A history entry written straight to BSON, the bytes the driver would send for the same entry built as nested
 * {@code Document}s: the driver's document codec looks each value's codec up in the registry through a child
 * registry checking for cycles, which in the 1,000,000-event catch-up was a quarter of the history's thread
 * (docs/benchmarks.md). Strings, numbers, booleans, nulls, maps and lists — what an event's payload becomes as a
 * map — are written here as that codec writes them; any other value goes to the registry's codec, as there.
 */
final class EntryBson {

    private static final EncoderContext CONTEXT = EncoderContext.builder().build();

    private final CodecRegistry registry;

    EntryBson(CodecRegistry registry) {
        this.registry = registry;
    }

    /** The entry's document; {@code data} the event's payload as a map. */
    RawBsonDocument entry(
            long position,
            String uscc,
            String type,
            int revision,
            String validTime,
            String recordedAt,
            Object user,
            Object role,
            Object authority,
            Map<?, ?> data) {
        BasicOutputBuffer buffer = new BasicOutputBuffer(1024);
        try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
            writer.writeStartDocument();
            writer.writeInt64("_id", position);
            writer.writeName("uscc");
            value(writer, uscc);
            writer.writeName("type");
            value(writer, type);
            writer.writeInt32("revision", revision);
            writer.writeName("validTime");
            value(writer, validTime);
            writer.writeName("recordedAt");
            value(writer, recordedAt);
            writer.writeStartDocument("actor");
            writer.writeName("user");
            value(writer, user);
            writer.writeName("role");
            value(writer, role);
            writer.writeName("authority");
            value(writer, authority);
            writer.writeEndDocument();
            writer.writeName("data");
            value(writer, data);
            writer.writeEndDocument();
        }
        return new RawBsonDocument(buffer.getInternalBuffer(), 0, buffer.getPosition());
    }

    /** One value, as the driver's document codec writes it. */
    private void value(BsonWriter writer, Object value) {
        if (value == null) {
            writer.writeNull();
        } else if (value instanceof String text) {
            writer.writeString(text);
        } else if (value instanceof Integer number) {
            writer.writeInt32(number);
        } else if (value instanceof Long number) {
            writer.writeInt64(number);
        } else if (value instanceof Double number) {
            writer.writeDouble(number);
        } else if (value instanceof Boolean flag) {
            writer.writeBoolean(flag);
        } else if (value instanceof Map<?, ?> map) {
            writer.writeStartDocument();
            for (Map.Entry<?, ?> field : map.entrySet()) {
                writer.writeName(field.getKey().toString());
                value(writer, field.getValue());
            }
            writer.writeEndDocument();
        } else if (value instanceof List<?> list) {
            writer.writeStartArray();
            for (Object element : list) {
                value(writer, element);
            }
            writer.writeEndArray();
        } else {
            encode(writer, value);
        }
    }

    private <T> void encode(BsonWriter writer, T value) {
        @SuppressWarnings("unchecked")
        Codec<T> codec = (Codec<T>) registry.get(value.getClass());
        CONTEXT.encodeWithChildContext(codec, writer, value);
    }
}

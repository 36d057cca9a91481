package com.safetycredit.ledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoClientSettings;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecConfigurationException;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.io.BasicOutputBuffer;
import org.junit.jupiter.api.Test;

/** A history entry written straight to BSON is, byte for byte, the entry the driver writes from nested documents. */
class EntryBsonTest {

    private static final CodecRegistry REGISTRY = MongoClientSettings.getDefaultCodecRegistry();

    @Test
    void everyKindOfValueIsWrittenAsTheDriverWritesItFromDocuments() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("code", "330482");
        nested.put("count", 3);
        nested.put("none", null);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("uscc", "91330482MA28A1B56G");
        data.put("amount", 50_000);
        data.put("big", 12_345_678_901L);
        data.put("ratio", 0.25);
        data.put("single", 1.5f);
        data.put("decimal", new BigDecimal("123.45"));
        data.put("serious", true);
        data.put("revoked", false);
        data.put("missing", null);
        data.put("at", new Date(1_683_680_400_000L));
        data.put("validOn", LocalDate.of(2023, 5, 10));
        data.put("region", nested);
        data.put("grounds", new ArrayList<>(Arrays.asList("一", null, 2, List.of(), Map.of("k", "v"))));
        data.put("empty", Map.of());

        RawBsonDocument written = new EntryBson(REGISTRY)
                .entry(
                        7L,
                        "91330482MA28A1B56G",
                        "PenaltyImposed",
                        2,
                        "2023-05-10",
                        "2023-05-11T02:00:00Z",
                        "wangli",
                        "REGISTRAR",
                        null,
                        data);

        Document asDocuments = new Document("_id", 7L)
                .append("uscc", "91330482MA28A1B56G")
                .append("type", "PenaltyImposed")
                .append("revision", 2)
                .append("validTime", "2023-05-10")
                .append("recordedAt", "2023-05-11T02:00:00Z")
                .append(
                        "actor",
                        new Document("user", "wangli")
                                .append("role", "REGISTRAR")
                                .append("authority", null))
                .append("data", new Document(data));
        assertThat(bytes(written)).isEqualTo(driverBytes(asDocuments));
    }

    /** A value no codec knows is refused as the driver refuses it, not written some other way. */
    @Test
    void aValueWithoutACodecIsRefusedAsTheDriverRefusesIt() {
        Map<String, Object> data = Map.of("huge", new BigInteger("123456789012345678901234567890"));
        assertThatThrownBy(() -> new EntryBson(REGISTRY).entry(1L, "u", "T", 1, null, "t", null, null, null, data))
                .isInstanceOf(CodecConfigurationException.class);
        assertThatThrownBy(() -> driverBytes(new Document("data", new Document(data))))
                .isInstanceOf(CodecConfigurationException.class);
    }

    @Test
    void anEntryWithoutAValidTimeHoldsANull() {
        RawBsonDocument written = new EntryBson(REGISTRY).entry(1L, "u", "T", 1, null, "t", null, null, null, Map.of());

        assertThat(written.isNull("validTime")).isTrue();
        assertThat(written.getDocument("actor").isNull("user")).isTrue();
        assertThat(written.getInt64("_id").getValue()).isEqualTo(1L);
    }

    private static byte[] bytes(RawBsonDocument document) {
        return Arrays.copyOfRange(
                document.getByteBuffer().array(),
                document.getByteBuffer().arrayOffset(),
                document.getByteBuffer().arrayOffset()
                        + document.getByteBuffer().limit());
    }

    /** As an insert encodes a document: the registry's codec, as a collectible document. */
    private static byte[] driverBytes(Document document) {
        BasicOutputBuffer buffer = new BasicOutputBuffer();
        try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
            REGISTRY.get(Document.class)
                    .encode(
                            writer,
                            document,
                            EncoderContext.builder()
                                    .isEncodingCollectibleDocument(true)
                                    .build());
        }
        return buffer.toByteArray();
    }
}

package com.safetycredit.ledger.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * The read models' progress as the token store holds it — the same on every node and right after a
 * restart, unlike a processor's in-memory status, which is empty until it has claimed its segments. Read
 * without claiming anything (the token store's own fetch would take the claim).
 */
public class StoredTokens {

    /** One segment's stored token: who holds it (since when it last said so), how far it got, whether it is replaying. */
    public record SegmentToken(int segment, String owner, long claimedAtMillis, long position, boolean replaying) {}

    private final MongoCollection<Document> tokens;
    private final Serializer serializer;

    public StoredTokens(MongoDatabase database, Serializer serializer) {
        this.tokens = database.getCollection("trackingtokens");
        this.serializer = serializer;
    }

    public List<SegmentToken> of(String processor) {
        List<SegmentToken> result = new ArrayList<>();
        for (Document document : tokens.find(Filters.eq("processorName", processor))) {
            TrackingToken token = token(document);
            long position = token == null ? 0 : token.position().orElse(0);
            boolean replaying = token instanceof ReplayToken replay
                    && position < replay.getTokenAtReset().position().orElse(0);
            Object timestamp = document.get("timestamp");
            result.add(new SegmentToken(
                    document.getInteger("segment", 0),
                    document.getString("owner"),
                    timestamp instanceof Number millis ? millis.longValue() : 0,
                    position,
                    replaying));
        }
        return result;
    }

    private TrackingToken token(Document document) {
        Object stored = document.get("token");
        String type = document.getString("tokenType");
        if (stored == null || type == null) {
            return null;
        }
        byte[] bytes = stored instanceof Binary binary ? binary.getData() : (byte[]) stored;
        return serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, type, null));
    }
}

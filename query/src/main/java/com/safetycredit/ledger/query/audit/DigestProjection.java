package com.safetycredit.ledger.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.safetycredit.ledger.contracts.events.ledger.LedgerDigestRecorded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The digests the ledger recorded, newest first. */
@Component
@ProcessingGroup("digests")
public class DigestProjection {

    public record Digest(long position, String hash, long recordedAtPosition, String recordedAt, String recordedBy) {
    }

    private final MongoCollection<Document> digests;

    public DigestProjection(MongoDatabase database) {
        this.digests = database.getCollection("ledger_digests");
    }

    @EventHandler
    void on(LedgerDigestRecorded digest, EventMessage<?> message, TrackingToken token) {
        long at = token.position().orElseThrow();
        digests.replaceOne(Filters.eq("_id", at), new Document("_id", at).append("position", digest.position())
                .append("hash", digest.hash()).append("recordedAt", message.getTimestamp().toString())
                .append("recordedBy", digest.recordedBy()), new ReplaceOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        digests.deleteMany(new Document());
    }

    public List<Digest> list() {
        List<Digest> result = new ArrayList<>();
        for (Document d : digests.find()) {
            result.add(new Digest(d.get("position", Number.class).longValue(), d.getString("hash"),
                    d.get("_id", Number.class).longValue(), d.getString("recordedAt"), d.getString("recordedBy")));
        }
        result.sort(Comparator.comparingLong(Digest::recordedAtPosition).reversed());
        return result;
    }
}

package com.safetycredit.ledger.query.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The last ledger position each projection applied. A projection skips any event at or below it, so a
 * redelivery (a crash between a projection write and the token update, which mongo-java-server cannot make
 * atomic) never counts an event twice.
 */
@Component
public class ProjectionCheckpoints {

    private final MongoCollection<Document> checkpoints;

    public ProjectionCheckpoints(MongoDatabase database) {
        this.checkpoints = database.getCollection("projection_checkpoints");
    }

    public long lastApplied(String projection) {
        Document document = checkpoints.find(Filters.eq("_id", projection)).first();
        return document == null ? 0 : document.get("position", Number.class).longValue();
    }

    public boolean alreadyApplied(String projection, long position) {
        return position <= lastApplied(projection);
    }

    public void applied(String projection, long position) {
        checkpoints.updateOne(
                Filters.eq("_id", projection), Updates.max("position", position), new UpdateOptions().upsert(true));
    }

    public void reset(String projection) {
        checkpoints.deleteOne(Filters.eq("_id", projection));
    }
}

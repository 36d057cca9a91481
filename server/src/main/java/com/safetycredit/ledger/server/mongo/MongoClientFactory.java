package com.safetycredit.ledger.server.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.UuidRepresentation;

/** MongoDB clients configured the one way the ledger needs them. */
public final class MongoClientFactory {

    private MongoClientFactory() {}

    public static MongoClient create(String uri) {
        return MongoClients.create(settings(uri));
    }

    public static MongoClientSettings settings(String uri) {
        return MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                // UUIDs as the standard binary subtype 4, which every other tool reads
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .build();
    }
}

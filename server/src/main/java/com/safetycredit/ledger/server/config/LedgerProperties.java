package com.safetycredit.ledger.server.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ledger's settings ({@code ledger.*}; environment variables such as {@code LEDGER_MONGO_URI} bind to them).
 *
 * @param mongo    where the ledger's MongoDB is; without a URI an embedded one is started
 * @param embedded the embedded MongoDB's settings
 */
@ConfigurationProperties("ledger")
public record LedgerProperties(@DefaultValue Mongo mongo, @DefaultValue Embedded embedded) {

    /**
     * @param uri      a MongoDB connection string; empty for the embedded MongoDB
     * @param database the database holding events, snapshots, tokens and read models
     */
    public record Mongo(String uri, @DefaultValue("safety_credit_ledger") String database) {}

    /**
     * @param dataDir  the folder holding the embedded MongoDB's file
     * @param port     the loopback port it listens on (0: any free port)
     * @param inMemory keep nothing on disk (tests)
     */
    public record Embedded(
            @DefaultValue("./data") Path dataDir,
            @DefaultValue("0") int port,
            @DefaultValue("false") boolean inMemory) {}
}

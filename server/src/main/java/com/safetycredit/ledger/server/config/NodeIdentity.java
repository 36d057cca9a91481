package com.safetycredit.ledger.server.config;

import com.safetycredit.ledger.server.mongo.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who this node is to the token store, the same across restarts: {@code ledger.node-id} when configured,
 * else an identity made on the first start and kept in the data folder ({@code node-id}, owner-only). A node
 * that crashed and starts again recognises its own claims on the read models' segments and takes them back at
 * once, instead of waiting for them to expire ({@code ledger.projections.claim-timeout}). Two running nodes
 * must never share an identity (nor a data folder).
 */
public record NodeIdentity(String id) {

    private static final Logger log = LoggerFactory.getLogger(NodeIdentity.class);
    private static final String FILE = "node-id";

    public static NodeIdentity of(String configured, Path dataDirectory, boolean inMemory) {
        if (configured != null && !configured.isBlank()) {
            return new NodeIdentity(configured.strip());
        }
        if (inMemory) {
            return new NodeIdentity("node-" + UUID.randomUUID()); // nothing outlives this process anyway
        }
        Path file = OwnerOnly.folder(dataDirectory.toAbsolutePath().normalize()).resolve(FILE);
        try {
            if (Files.exists(file)) {
                return new NodeIdentity(
                        Files.readString(file, StandardCharsets.UTF_8).strip());
            }
            String id = "node-" + UUID.randomUUID();
            OwnerOnly.write(file, id.getBytes(StandardCharsets.UTF_8));
            log.info("This node's identity for read-model claims is {} (kept in {})", id, file);
            return new NodeIdentity(id);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the node identity in " + file, e);
        }
    }
}

package com.safetycredit.ledger.shared.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded MongoDB (mongo-java-server) the ledger runs on when no MongoDB URI is configured: an H2 file
 * that keeps everything across restarts, or memory for tests. It listens on loopback only.
 *
 * <p>mongo-java-server has no transactions and uses an index only for exact-key look-ups; the ledger store
 * is built for exactly that (see DESIGN.md).
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);
    private static final String FILE_NAME = "ledger.mv.db";

    private final MongoServer server;
    private final MongoBackend backend;
    private final H2Backend fileBackend;
    private final String connectionString;

    private EmbeddedMongo(MongoBackend backend, H2Backend fileBackend, int port) {
        this.backend = backend;
        this.fileBackend = fileBackend;
        // no oplog: nothing here uses change streams, and mongo-java-server's oplog is an unbounded copy of
        // every write (in memory, or in the data file), which doubled the store's size and its write cost
        this.server = new MongoServer(backend);
        this.server.bind(new InetSocketAddress("127.0.0.1", port));
        InetSocketAddress address = server.getLocalAddress();
        this.connectionString = "mongodb://127.0.0.1:" + address.getPort();
    }

    /** An embedded MongoDB keeping its data in {@code dataDirectory}; port 0 picks a free port. */
    public static EmbeddedMongo onDisk(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dataDirectory.toAbsolutePath(), e);
        }
        Path file = dataDirectory.toAbsolutePath().normalize().resolve(FILE_NAME);
        H2Backend backend = new H2Backend(file.toString());
        EmbeddedMongo mongo = new EmbeddedMongo(backend, backend, port);
        log.info("Embedded MongoDB (mongo-java-server, H2 file backend) keeps its data in {} and listens on {}",
                file, mongo.connectionString);
        return mongo;
    }

    /** An embedded MongoDB in memory, gone when closed: for tests. */
    public static EmbeddedMongo inMemory() {
        return new EmbeddedMongo(new MemoryBackend(), null, 0);
    }

    public String connectionString() {
        return connectionString;
    }

    /**
     * Writes everything accepted so far to the data file. The H2 backend otherwise commits about once a
     * second; the ledger store calls this after each commit so that an acknowledged event survives a crash
     * of the process.
     */
    public void flush() {
        if (fileBackend != null) {
            fileBackend.commit();
        }
    }

    public boolean onDisk() {
        return fileBackend != null;
    }

    @Override
    public void close() {
        server.shutdownNow();
        backend.close();
    }
}

package com.safetycredit.ledger.server.mongo;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded MongoDB (mongo-java-server) the ledger runs on when no MongoDB URI is configured: an H2 file
 * that keeps everything across restarts, or memory for tests. It listens on loopback only.
 *
 * <p>On disk it is locked: the data folder and every file in it are its owner's alone, and the store speaks
 * only mutual TLS with a client certificate made for this folder on the first start
 * ({@link EmbeddedCertificates}); a local process without that key cannot read or write it. The in-memory
 * store of the tests listens without TLS.
 *
 * <p>mongo-java-server has no transactions and uses an index only for exact-key look-ups; the ledger store
 * is built for exactly that (see DESIGN.md). Its collections keep no data size ({@link LeanBackends}).
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);
    private static final String FILE_NAME = "ledger.mv.db";

    private final MongoServer server;
    private final LockedWire lockedWire;
    private final EmbeddedCertificates certificates;
    private final MongoBackend backend;
    private final H2Backend fileBackend;
    private final String connectionString;

    /** Plain loopback, for the in-memory store of tests. */
    private EmbeddedMongo(MongoBackend backend) {
        this.backend = backend;
        this.fileBackend = null;
        this.certificates = null;
        this.lockedWire = null;
        // no oplog: nothing here uses change streams, and mongo-java-server's oplog is an unbounded copy of
        // every write (in memory, or in the data file), which doubled the store's size and its write cost
        this.server = new MongoServer(backend);
        this.server.bind(new InetSocketAddress("127.0.0.1", 0));
        this.connectionString =
                "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }

    /** Mutual TLS on loopback, for the data file (no oplog either). */
    private EmbeddedMongo(H2Backend backend, int port, EmbeddedCertificates certificates) {
        this.backend = backend;
        this.fileBackend = backend;
        this.certificates = certificates;
        this.server = null;
        this.lockedWire = new LockedWire(backend, port, certificates);
        this.connectionString = "mongodb://127.0.0.1:" + lockedWire.address().getPort() + "/?tls=true";
    }

    /** An embedded MongoDB keeping its data in {@code dataDirectory}; port 0 picks a free port. */
    public static EmbeddedMongo onDisk(Path dataDirectory, int port) {
        Path folder = OwnerOnly.folder(dataDirectory.toAbsolutePath().normalize());
        EmbeddedCertificates certificates = EmbeddedCertificates.in(folder);
        Path file = folder.resolve(FILE_NAME);
        H2Backend backend = LeanBackends.file(file.toString());
        OwnerOnly.file(file);
        EmbeddedMongo mongo = new EmbeddedMongo(backend, port, certificates);
        log.info(
                "Embedded MongoDB (mongo-java-server, H2 file backend) keeps its data in {} and listens on {} "
                        + "(mutual TLS with the keys in {})",
                file,
                mongo.connectionString,
                folder.resolve("tls"));
        return mongo;
    }

    /** An embedded MongoDB in memory, gone when closed: for tests. */
    public static EmbeddedMongo inMemory() {
        return new EmbeddedMongo(LeanBackends.memory());
    }

    public String connectionString() {
        return connectionString;
    }

    /** Driver settings that reach this store: with the client certificate when it is locked. */
    public MongoClientSettings clientSettings() {
        MongoClientSettings.Builder builder =
                MongoClientSettings.builder(MongoClientFactory.settings(connectionString));
        if (certificates != null) {
            SSLContext context = certificates.clientContext();
            builder.applyToSslSettings(ssl -> ssl.enabled(true).context(context));
        }
        return builder.build();
    }

    /** A client of this store, configured as the ledger's own. */
    public MongoClient client() {
        return MongoClients.create(clientSettings());
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
        if (server != null) {
            server.shutdownNow();
        }
        if (lockedWire != null) {
            lockedWire.close();
        }
        backend.close();
    }
}

package com.safetycredit.ledger.server.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store on disk can be reached only with the client key made for its data folder: a local
 * process without it — plain, TLS without a certificate, or with a certificate of another folder — can
 * neither read nor write, and the folder's files are readable by their owner alone.
 */
class EmbeddedStoreLockTest {

    @TempDir
    Path data;

    @TempDir
    Path elsewhere;

    @Test
    void onlyTheLedgersKeyOpensTheStore() throws Exception {
        try (EmbeddedMongo mongo = EmbeddedMongo.onDisk(data, 0);
                MongoClient ledger = mongo.client()) {
            ledger.getDatabase("ledger").getCollection("ledger_users").insertOne(new Document("_id", "admin"));
            int port = new ConnectionString(mongo.connectionString())
                    .getHosts().stream()
                            .map(h -> Integer.parseInt(h.substring(h.lastIndexOf(':') + 1)))
                            .findFirst()
                            .orElseThrow();

            assertRefused(plain("mongodb://127.0.0.1:" + port));
            assertRefused(withTls(port, trustingOnly(data)));
            assertRefused(withTls(port, EmbeddedCertificates.in(elsewhere).clientContext()));
            assertThat(ledger.getDatabase("ledger")
                            .getCollection("ledger_users")
                            .countDocuments())
                    .as("the ledger's own client still works")
                    .isEqualTo(1);
        }
        try (Stream<Path> files = Files.walk(data)) {
            for (Path path : files.toList()) {
                String permissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
                assertThat(permissions).as(path.toString()).endsWith("------");
            }
        }
    }

    @Test
    void theKeysAreMadeOnceAndKeptAcrossRestarts() throws Exception {
        try (EmbeddedMongo mongo = EmbeddedMongo.onDisk(data, 0);
                MongoClient client = mongo.client()) {
            client.getDatabase("ledger").getCollection("x").insertOne(new Document("_id", 1));
            mongo.flush();
        }
        byte[] key = Files.readAllBytes(data.resolve("tls/client.p12"));
        try (EmbeddedMongo mongo = EmbeddedMongo.onDisk(data, 0);
                MongoClient client = mongo.client()) {
            assertThat(client.getDatabase("ledger").getCollection("x").countDocuments())
                    .isEqualTo(1);
        }
        assertThat(Files.readAllBytes(data.resolve("tls/client.p12"))).isEqualTo(key);
    }

    private static MongoClient plain(String uri) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(1500, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(
                        s -> s.connectTimeout(1500, TimeUnit.MILLISECONDS).readTimeout(1500, TimeUnit.MILLISECONDS))
                .build());
    }

    private static MongoClient withTls(int port, SSLContext context) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + port))
                .applyToSslSettings(ssl -> ssl.enabled(true).context(context))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(1500, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(
                        s -> s.connectTimeout(1500, TimeUnit.MILLISECONDS).readTimeout(1500, TimeUnit.MILLISECONDS))
                .build());
    }

    /** A client that trusts the store's authority (it could read the certificate) but has no key of its own. */
    private static SSLContext trustingOnly(Path data) throws Exception {
        TrustManagerFactory trust = EmbeddedCertificates.in(data).trustedAuthority();
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(null, trust.getTrustManagers(), new SecureRandom());
        return context;
    }

    private static void assertRefused(MongoClient intruder) {
        try (intruder) {
            assertThatThrownBy(() -> intruder.getDatabase("ledger")
                            .getCollection("ledger_users")
                            .insertOne(new Document("_id", "intruder").append("password", "{noop}x")))
                    .isNotNull();
            assertThatThrownBy(() -> intruder.getDatabase("ledger")
                            .getCollection("ledger_users")
                            .find()
                            .first())
                    .isNotNull();
        }
    }
}

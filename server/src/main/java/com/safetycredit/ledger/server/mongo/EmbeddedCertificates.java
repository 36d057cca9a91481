package com.safetycredit.ledger.server.mongo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The keys that lock the embedded MongoDB: a certificate authority made for this data folder alone, a
 * server certificate for loopback and a client certificate that the ledger's driver presents. Made on
 * the first start, kept in {@code <data>/tls} (owner-only, as is every file in it), with a random keystore
 * password beside them. A process without the client key cannot complete the TLS handshake, so it cannot
 * read or write the store.
 */
public final class EmbeddedCertificates {

    private static final String PASSWORD_FILE = "keystore-password";
    private static final Duration VALIDITY = Duration.ofDays(3650 * 3);

    private final KeyStore server;
    private final KeyStore client;
    private final KeyStore trust;
    private final char[] password;

    private EmbeddedCertificates(KeyStore server, KeyStore client, KeyStore trust, char[] password) {
        this.server = server;
        this.client = client;
        this.trust = trust;
        this.password = password;
    }

    /** The folder's certificates, made now if it has none. */
    public static EmbeddedCertificates in(Path dataDirectory) {
        Path folder = OwnerOnly.folder(dataDirectory.resolve("tls"));
        try {
            if (!Files.exists(folder.resolve(PASSWORD_FILE))) {
                create(folder);
            }
            char[] password = Files.readString(folder.resolve(PASSWORD_FILE), StandardCharsets.US_ASCII)
                    .strip()
                    .toCharArray();
            return new EmbeddedCertificates(
                    load(folder.resolve("server.p12"), password),
                    load(folder.resolve("client.p12"), password),
                    load(folder.resolve("trust.p12"), password),
                    password);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedded MongoDB's keys in " + folder, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The embedded MongoDB's keys in " + folder + " are unusable", e);
        }
    }

    public KeyManagerFactory serverKeys() throws GeneralSecurityException {
        return keys(server);
    }

    public TrustManagerFactory trustedAuthority() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        return factory;
    }

    /** What the ledger's driver uses: its client certificate, and only this folder's authority trusted. */
    public SSLContext clientContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(keys(client).getKeyManagers(), trustedAuthority().getTrustManagers(), new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private KeyManagerFactory keys(KeyStore store) throws GeneralSecurityException {
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(store, password);
        return factory;
    }

    private static void create(Path folder) throws IOException, GeneralSecurityException {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        char[] password =
                Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
        KeyPair authority = keyPair();
        X509Certificate ca = certificate(
                "CN=safety-credit-ledger embedded store authority",
                authority,
                authority.getPrivate(),
                "CN=safety-credit-ledger embedded store authority",
                true,
                null);
        KeyPair serverKeys = keyPair();
        X509Certificate serverCertificate = certificate(
                "CN=127.0.0.1",
                serverKeys,
                authority.getPrivate(),
                ca.getSubjectX500Principal().getName(),
                false,
                KeyPurposeId.id_kp_serverAuth);
        KeyPair clientKeys = keyPair();
        X509Certificate clientCertificate = certificate(
                "CN=safety-credit-ledger",
                clientKeys,
                authority.getPrivate(),
                ca.getSubjectX500Principal().getName(),
                false,
                KeyPurposeId.id_kp_clientAuth);
        store(folder.resolve("server.p12"), password, "server", serverKeys.getPrivate(), serverCertificate, ca);
        store(folder.resolve("client.p12"), password, "client", clientKeys.getPrivate(), clientCertificate, ca);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("authority", ca);
        save(folder.resolve("trust.p12"), trust, password);
        // the password last: its presence says the folder is complete
        OwnerOnly.write(folder.resolve(PASSWORD_FILE), new String(password).getBytes(StandardCharsets.US_ASCII));
    }

    private static KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(
            String subject, KeyPair keys, PrivateKey issuerKey, String issuer, boolean authority, KeyPurposeId purpose)
            throws GeneralSecurityException {
        try {
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    new X500Name(issuer),
                    new BigInteger(128, new SecureRandom()),
                    Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(VALIDITY)),
                    new X500Name(subject),
                    keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
            if (authority) {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            } else {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                    new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                    new GeneralName(GeneralName.dNSName, "localhost")
                }));
            }
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
        } catch (OperatorCreationException | CertIOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static void store(
            Path file, char[] password, String alias, PrivateKey key, X509Certificate certificate, X509Certificate ca)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, key, password, new Certificate[] {certificate, ca});
        save(file, store, password);
    }

    private static void save(Path file, KeyStore store, char[] password) throws IOException, GeneralSecurityException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        store.store(bytes, password);
        OwnerOnly.write(file, bytes.toByteArray());
    }

    private static KeyStore load(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }
}

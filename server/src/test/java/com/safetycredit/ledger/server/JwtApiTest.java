package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Production sign-in: an OIDC issuer by configuration. The test runs its own issuer on loopback (discovery
 * document and key set) and signs tokens with it; roles and department come from the token's claims.
 */
class JwtApiTest {

    @Test
    void bearerTokensOfTheConfiguredIssuerAreAcceptedWithTheirRolesAndDepartment() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("ledger-test").generate();
        HttpServer issuer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + issuer.getAddress().getPort();
        issuer.createContext(
                "/.well-known/openid-configuration",
                exchange -> respond(
                        exchange,
                        "{\"issuer\":\"" + base + "\",\"jwks_uri\":\"" + base
                                + "/jwks\",\"subject_types_supported\":[\"public\"],"
                                + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}"));
        issuer.createContext("/jwks", exchange -> respond(exchange, new JWKSet(key.toPublicJWK()).toString()));
        issuer.start();
        try (ConfigurableApplicationContext ledger = new SpringApplicationBuilder(LedgerApplication.class)
                .run(
                        "--server.port=0",
                        "--ledger.embedded.in-memory=true",
                        "--ledger.security.jwt.issuer-uri=" + base,
                        "--ledger.expiry.initial-delay=PT1H")) {
            int port = ((WebServerApplicationContext) ledger).getWebServer().getPort();
            String registrar = token(key, base, "li.ming", List.of("REGISTRAR"), "平湖市应急管理局");
            String agency = token(key, base, "market", List.of("AGENCY"), "平湖市市场监督管理局");
            String body = EnterpriseRegistrationApiTest.registration(EnterpriseRegistrationApiTest.PINGHU);

            assertThat(post(port, registrar, body).statusCode()).isEqualTo(201);
            assertThat(post(port, agency, body).statusCode()).isEqualTo(403);
            RSAKey stranger = new RSAKeyGenerator(2048).keyID("ledger-test").generate();
            assertThat(post(port, token(stranger, base, "mallory", List.of("REGISTRAR"), "x"), body)
                            .statusCode())
                    .as("signed by another key")
                    .isEqualTo(401);

            JsonNode event = new Http(port)
                    .await(
                            "/api/v1/enterprises/" + EnterpriseRegistrationApiTest.PINGHU + "/history",
                            r -> r.status() == 200)
                    .json()
                    .get("events")
                    .get(0);
            assertThat(event.get("actor").get("user").asText()).isEqualTo("li.ming");
            assertThat(event.get("actor").get("role").asText()).isEqualTo("REGISTRAR");
            assertThat(event.get("actor").get("authority").asText()).isEqualTo("平湖市应急管理局");
        } finally {
            issuer.stop(0);
        }
    }

    private static String token(RSAKey key, String issuer, String user, List<String> roles, String department)
            throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder()
                        .issuer(issuer)
                        .subject("id-" + user)
                        .claim("preferred_username", user)
                        .claim("roles", roles)
                        .claim("department", department)
                        .expirationTime(new Date(System.currentTimeMillis() + 600_000))
                        .build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static HttpResponse<String> post(int port, String token, String body) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/enterprises"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}

package com.safetycredit.ledger.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/** A real HTTP client for API tests: requests go over a socket to the running server. */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;

    /** As the test account holding every role. */
    public Http(int port) {
        this(port, "tester");
    }

    /** As one of the test accounts of {@code config/application.yml} (password: name + "-password"), or anonymous for null. */
    public Http(int port, String user) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization = user == null
                ? null
                : "Basic "
                        + Base64.getEncoder()
                                .encodeToString((user + ":" + user + "-password").getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    public record Response(int status, String contentType, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    public Response get(String path) {
        return send(request(path).GET().build());
    }

    /** Posts a file (a spreadsheet to import) as the body. */
    public Response postFile(String path, String contentType, byte[] body) {
        return send(request(path)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    /** A file as it arrives: a spreadsheet or a PDF. */
    public record Download(int status, String contentType, String disposition, byte[] body) {}

    public Download download(String path) {
        try {
            HttpResponse<byte[]> response =
                    client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""),
                    response.body());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("HTTP request failed: " + path, e);
        }
    }

    public Response post(String path, String json) {
        return post(path, json, null);
    }

    public Response post(String path, String json, String idempotencyKey) {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.build());
    }

    public Response put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    /** Sends a DELETE and answers its status. */
    public int delete(String path) {
        return send(request(path).DELETE().build()).status();
    }

    /** Polls {@code path} until the answer satisfies {@code condition}: projections are eventually consistent. */
    public Response await(String path, Predicate<Response> condition) {
        return Awaitility.await("GET " + path)
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> get(path), condition);
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("HTTP request failed: " + request.uri(), e);
        }
    }
}

package com.safetycredit.ledger.server.console;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like session over plain HTTP: cookies, the login form, CSRF tokens, no redirects followed. */
final class ConsoleSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;

    ConsoleSession(int port) {
        this.base = "http://localhost:" + port;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form; with {@code tokenFrom} the CSRF token is taken from that page first, as a browser would. */
    HttpResponse<String> post(String path, Map<String, String> fields, String tokenFrom)
            throws IOException, InterruptedException {
        Map<String, String> body = new LinkedHashMap<>(fields);
        if (tokenFrom != null) {
            Matcher token = CSRF.matcher(get(tokenFrom).body());
            if (!token.find()) {
                throw new IllegalStateException("no CSRF token on " + tokenFrom);
            }
            body.put("_csrf", token.group(1));
        }
        String encoded = body.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encoded))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    ConsoleSession login(String user) throws IOException, InterruptedException {
        return login(user, user + "-password");
    }

    ConsoleSession login(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = post("/login", Map.of("username", user, "password", password), "/login");
        if (response.statusCode() != 302
                || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login as " + user + " failed: " + response.statusCode());
        }
        return this;
    }
}

package com.safetycredit.ledger.query.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The delivery connects only to the addresses the policy checked. The receiver listens on loopback; a name
 * server that tells the check one thing and the connection another must never get a delivery through to it.
 */
class WebhookTransportTest {

    private static final InetAddress PUBLIC = address(203, 0, 113, 9);
    private static final InetAddress LOOPBACK = address(127, 0, 0, 1);

    private HttpServer receiver;
    private final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("Ledger-Position") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void aNameTheCheckSawAsPublicIsNotFollowedToLoopbackByASecondLookUp() throws Exception {
        // the system resolver knows "localhost" as loopback; the policy's resolver was told it is public
        WebhookTargets targets = new WebhookTargets(true, Set.of(), host -> new InetAddress[] {PUBLIC});
        URI url = hook("localhost");
        targets.check(url);

        try (WebhookTransport transport = new WebhookTransport(targets, Duration.ofMillis(300), 2)) {
            assertThatThrownBy(() -> transport.post(url, Map.of("Ledger-Position", "1"), "{}"))
                    .isInstanceOf(IOException.class);
        }
        assertThat(received).isEmpty();
    }

    @Test
    void aNameThatRebindsToLoopbackAfterTheCheckIsRefusedAtConnection() throws Exception {
        AtomicInteger lookUps = new AtomicInteger();
        WebhookTargets targets = new WebhookTargets(
                true, Set.of(), host -> new InetAddress[] {lookUps.getAndIncrement() == 0 ? PUBLIC : LOOPBACK});
        URI url = hook("rebinding.example");
        targets.check(url);

        try (WebhookTransport transport = new WebhookTransport(targets, Duration.ofSeconds(2), 2)) {
            assertThatThrownBy(() -> transport.post(url, Map.of("Ledger-Position", "1"), "{}"))
                    .isInstanceOf(WebhookTransport.RefusedAddress.class)
                    .hasMessageContaining("internal address");
        }
        assertThat(lookUps).hasValue(2);
        assertThat(received).isEmpty();
    }

    @Test
    void anInHouseReceiverTheOperatorAllowedIsDeliveredToWithItsHeadersAndBody() throws Exception {
        WebhookTargets targets = new WebhookTargets(true, Set.of("ledger-receiver.internal"), host -> {
            if (!host.equals("ledger-receiver.internal")) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {LOOPBACK};
        });
        URI url = hook("ledger-receiver.internal");
        targets.check(url);

        try (WebhookTransport transport = new WebhookTransport(targets, Duration.ofSeconds(2), 2)) {
            int status = transport.post(url, Map.of("Ledger-Position", "42"), "{\"名称\":\"平湖\"}");
            assertThat(status).isEqualTo(204);
        }
        assertThat(received).containsExactly("42 {\"名称\":\"平湖\"}");
    }

    @Test
    void aReceiversRedirectIsNotFollowed() throws Exception {
        receiver.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + port() + "/hook");
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
        });
        WebhookTargets targets = new WebhookTargets(true, Set.of("localhost"), host -> new InetAddress[] {LOOPBACK});
        try (WebhookTransport transport = new WebhookTransport(targets, Duration.ofSeconds(2), 2)) {
            int status = transport.post(URI.create("http://localhost:" + port() + "/moved"), Map.of(), "{}");
            assertThat(status).isEqualTo(307);
        }
        assertThat(received).isEmpty();
    }

    private URI hook(String host) {
        return URI.create("http://" + host + ":" + port() + "/hook");
    }

    private int port() {
        return receiver.getAddress().getPort();
    }

    private static InetAddress address(int a, int b, int c, int d) {
        try {
            return InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}

package com.safetycredit.ledger.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

/** A webhook receiver on loopback that records what it got and answers what the test tells it to. */
final class Receiver implements AutoCloseable {

    record Received(long position, String eventId, String type, String signature, String body, int answered) {}

    private final HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger requests = new AtomicInteger();
    volatile IntSupplier answer = () -> 200;
    volatile long delayMillis;
    private final CountDownLatch closing = new CountDownLatch(1);

    Receiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            requests.incrementAndGet();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (delayMillis > 0) {
                try {
                    // a slow receiver: it answers after delayMillis, or at once when the test is over
                    closing.await(delayMillis, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status = answer.getAsInt();
            var headers = exchange.getRequestHeaders();
            received.add(new Received(
                    Long.parseLong(headers.getFirst("Ledger-Position")),
                    headers.getFirst("Ledger-Event-Id"),
                    headers.getFirst("Ledger-Event-Type"),
                    headers.getFirst("Ledger-Signature"),
                    body,
                    status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Positions the receiver accepted (2xx), in arrival order. */
    List<Long> accepted() {
        return received.stream()
                .filter(r -> r.answered() < 300)
                .map(Received::position)
                .toList();
    }

    Map<Long, Long> acceptedCounts() {
        return received.stream()
                .filter(r -> r.answered() < 300)
                .collect(Collectors.groupingBy(Received::position, Collectors.counting()));
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}

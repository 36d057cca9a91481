package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.safetycredit.ledger.contracts.values.Uscc;
import com.safetycredit.ledger.query.webhook.WebhookDispatcher;
import com.safetycredit.ledger.query.webhook.WebhookSignature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/** Other agencies follow the ledger by feed, stream or webhook with nothing missed, over real HTTP. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ledger.embedded.in-memory=true",
            "ledger.expiry.initial-delay=PT1H",
            "ledger.webhooks.poll=PT0.05S",
            "ledger.webhooks.backoff-base=PT0.05S",
            "ledger.webhooks.backoff-max=PT0.2S",
            "ledger.webhooks.retry-window=PT1.5S",
            "ledger.webhooks.allow-http=true",
            "ledger.webhooks.allowed-hosts=127.0.0.1"
        })
@DirtiesContext
class AgencyApiTest {

    @Autowired
    WebhookDispatcher dispatcher;

    static final String SECRET = "a-long-shared-secret-for-tests";
    static final AtomicInteger SERIAL = new AtomicInteger();

    @LocalServerPort
    int port;

    Http http;
    Receiver receiver;

    @BeforeEach
    void start() {
        http = new Http(port);
        receiver = new Receiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    static String newUscc() {
        String first17 = "91330482MA3" + String.format("%06d", SERIAL.incrementAndGet());
        return first17 + Uscc.checkCharacter(first17);
    }

    private long register() {
        Http.Response response =
                http.post("/api/v1/enterprises", EnterpriseRegistrationApiTest.registration(newUscc()));
        assertThat(response.status()).isEqualTo(201);
        return response.json().get("position").asLong();
    }

    private long head() {
        return http.get("/api/v1/ledger/head").json().get("position").asLong();
    }

    private static void await(String what, BooleanSupplier condition) {
        Awaitility.await(what)
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(20))
                .until(condition::getAsBoolean);
    }

    @Test
    void pagingThroughTheFeedWhileOthersWriteSeesEveryEventOnceInOrder() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(2);
        List<Future<?>> writing = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            writing.add(writers.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    register();
                }
            }));
        }
        List<Long> seen = new ArrayList<>();
        long cursor = 0;
        boolean writersDone = false;
        while (true) {
            JsonNode page =
                    http.get("/api/v1/feed?after=" + cursor + "&limit=7").json();
            page.get("events").forEach(e -> seen.add(e.get("position").asLong()));
            cursor = page.get("next").asLong();
            if (writersDone && cursor == page.get("head").asLong()) {
                break;
            }
            writersDone = writing.stream().allMatch(Future::isDone);
        }
        writers.shutdown();
        assertThat(seen).isEqualTo(LongStream.rangeClosed(1, head()).boxed().toList());
    }

    @Test
    void theStreamResumesFromLastEventIdWithNothingMissedOrRepeated() throws Exception {
        for (int i = 0; i < 3; i++) {
            register();
        }
        long firstHead = head();
        List<Long> firstSession = readStream("?after=0", null, (int) firstHead);
        assertThat(firstSession)
                .isEqualTo(LongStream.rangeClosed(1, firstHead).boxed().toList());

        long missedWhileAway = register();
        register();
        List<Long> resumed = readStream("", String.valueOf(firstHead), 2);
        assertThat(resumed).containsExactly(missedWhileAway, missedWhileAway + 1);
    }

    /** Opens the SSE stream and collects the ids of the first {@code count} events. */
    private List<Long> readStream(String query, String lastEventId, int count) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/feed/stream" + query))
                .header("Accept", "text/event-stream")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString("tester:tester-password".getBytes(StandardCharsets.UTF_8)));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofLines());
        List<Long> ids = new ArrayList<>();
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
            var lines = response.body().iterator();
            while (ids.size() < count && lines.hasNext()) {
                String line = lines.next();
                if (line.startsWith("id:")) {
                    ids.add(Long.parseLong(line.substring(3).strip()));
                }
            }
        });
        reading.get(20, TimeUnit.SECONDS);
        response.body().close();
        return ids;
    }

    private String subscribe(List<String> types) {
        String typeList = types.stream()
                .map(t -> "\"" + t + "\"")
                .reduce((a, b) -> a + "," + b)
                .orElse("");
        Http.Response created = http.post(
                "/api/v1/subscriptions",
                "{\"url\":\"" + receiver.url() + "\",\"types\":[" + typeList + "],\"secret\":\"" + SECRET
                        + "\",\"after\":" + head() + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain(SECRET);
        return created.json().get("id").asText();
    }

    @Test
    void webhooksArriveInOrderSignedAndFilteredByType() throws Exception {
        subscribe(List.of("EnterpriseRegistered"));
        List<Long> registered = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            registered.add(register());
            http.post("/api/v1/enterprises/unknown/penalties", "{}"); // refused: appends nothing
        }
        await("4 deliveries", () -> receiver.accepted().size() >= 4);
        assertThat(receiver.accepted()).isEqualTo(registered);
        for (Receiver.Received delivery : receiver.received) {
            assertThat(WebhookSignature.verify(SECRET, delivery.signature(), delivery.body()))
                    .isTrue();
            assertThat(WebhookSignature.verify("another-secret-entirely!", delivery.signature(), delivery.body()))
                    .isFalse();
            assertThat(delivery.type()).isEqualTo("EnterpriseRegistered");
            assertThat(delivery.body())
                    .contains("\"position\":" + delivery.position())
                    .doesNotContain("clientAddress");
        }
    }

    @Test
    void aReceiverThatFailsForAWhileGetsEverythingAfterRetriesInOrder() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        receiver.answer = () -> calls.incrementAndGet() <= 4 ? 503 : 200;
        String id = subscribe(List.of());
        List<Long> positions = List.of(register(), register(), register());
        await("3 accepted", () -> receiver.accepted().size() >= 3);
        assertThat(receiver.accepted()).isEqualTo(positions);
        JsonNode deliveries =
                http.get("/api/v1/subscriptions/" + id + "/deliveries").json();
        assertThat(deliveries.findValuesAsText("outcome")).contains("FAILED", "DELIVERED");
        assertThat(http.get("/api/v1/subscriptions/" + id).json().get("state").asText())
                .isEqualTo("ACTIVE");
    }

    @Test
    void aSubscriptionThatKeepsFailingIsPausedNotDroppedAndResumesWhereItStopped() throws Exception {
        receiver.answer = () -> 500;
        String id = subscribe(List.of());
        long first = register();
        await("paused", () -> http.get("/api/v1/subscriptions/" + id)
                .json()
                .get("state")
                .asText()
                .equals("PAUSED"));
        long second = register();
        // a round of the dispatcher that sees the new event: a paused subscription is given no delivery turn
        dispatcher.dispatch();
        assertThat(receiver.accepted()).isEmpty();
        assertThat(http.get("/api/v1/subscriptions/" + id).json().get("cursor").asLong())
                .isLessThan(second);

        receiver.answer = () -> 200;
        assertThat(http.post("/api/v1/subscriptions/" + id + "/resume", "")
                        .json()
                        .get("state")
                        .asText())
                .isEqualTo("ACTIVE");
        await("both delivered", () -> receiver.accepted().size() >= 2);
        assertThat(receiver.accepted()).containsExactly(first, second);
    }

    @Test
    void aSubscriberCanAskForRedeliveryFromAnyPosition() throws Exception {
        String id = subscribe(List.of());
        long first = register();
        long second = register();
        await("delivered once", () -> receiver.accepted().size() >= 2);
        assertThat(http.post("/api/v1/subscriptions/" + id + "/redeliver?from=" + first, "")
                        .status())
                .isEqualTo(202);
        await("delivered again", () -> receiver.accepted().size() >= 4);
        assertThat(receiver.accepted()).containsExactly(first, second, first, second);
        assertThat(http.post("/api/v1/subscriptions/" + id + "/redeliver?from=0", "")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void subscriptionsAreManagedAndBadOnesRefused() {
        String id = subscribe(List.of("AccidentReported"));
        assertThat(http.get("/api/v1/subscriptions").body()).contains(id).doesNotContain(SECRET);
        assertThat(http.post("/api/v1/subscriptions", "{\"url\":\"ftp://x\",\"secret\":\"" + SECRET + "\"}")
                        .status())
                .isEqualTo(400);
        assertThat(http.post("/api/v1/subscriptions", "{\"url\":\"" + receiver.url() + "\",\"secret\":\"short\"}")
                        .status())
                .isEqualTo(400);
        assertThat(http.post(
                                "/api/v1/subscriptions",
                                "{\"url\":\"" + receiver.url() + "\",\"types\":[\"Nope\"],\"secret\":\"" + SECRET
                                        + "\"}")
                        .status())
                .isEqualTo(400);
        JsonNode schema = http.get("/api/v1/schema/events").json();
        assertThat(schema.findValuesAsText("name")).contains("AccidentReported", "EnterpriseBlacklisted");
        assertThat(http.delete("/api/v1/subscriptions/" + id)).isEqualTo(204);
        assertThat(http.get("/api/v1/subscriptions/" + id).status()).isEqualTo(404);
    }
}

package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The ledger stops in the middle of delivering webhooks and starts again on its data: every event reaches the
 * receiver, in order, and nothing is duplicated beyond at-least-once (an event in flight at the stop may come
 * twice; receivers deduplicate on Ledger-Event-Id).
 */
class WebhookRestartTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LedgerApplication.class)
                .run(
                        "--server.port=0",
                        "--ledger.mongo.uri=",
                        "--ledger.mongo.database=ledger",
                        "--ledger.embedded.data-dir=" + dataDir,
                        "--ledger.webhooks.poll=PT0.05S",
                        // a stop mid-delivery leaves the subscription claimed for three delivery timeouts: the
                        // restarted node takes it over after 3 s rather than the default 30 s
                        "--ledger.webhooks.timeout=PT1S",
                        "--ledger.expiry.initial-delay=PT1H",
                        "--ledger.webhooks.allow-http=true",
                        "--ledger.webhooks.allowed-hosts=127.0.0.1");
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Test
    void deliveriesResumeAfterARestartWithNothingLost() throws Exception {
        try (Receiver receiver = new Receiver()) {
            receiver.delayMillis = 250;
            List<Long> registered = new ArrayList<>();
            try (ConfigurableApplicationContext ledger = start()) {
                Http http = http(ledger);
                assertThat(http.post(
                                        "/api/v1/subscriptions",
                                        "{\"url\":\"" + receiver.url() + "\",\"secret\":\"" + AgencyApiTest.SECRET
                                                + "\"}")
                                .status())
                        .isEqualTo(201);
                for (int i = 0; i < 12; i++) {
                    registered.add(http.post(
                                    "/api/v1/enterprises",
                                    EnterpriseRegistrationApiTest.registration(AgencyApiTest.newUscc()))
                            .json()
                            .get("position")
                            .asLong());
                }
                waitFor(() -> receiver.accepted().size() >= 3);
            } // stopped mid-delivery
            int beforeRestart = receiver.accepted().size();
            assertThat(beforeRestart).isLessThan(12);

            receiver.delayMillis = 0;
            try (ConfigurableApplicationContext ledger = start()) {
                waitFor(() ->
                        ledger.isActive() && receiver.acceptedCounts().keySet().containsAll(registered));
            }
            List<Long> accepted = receiver.accepted();
            assertThat(receiver.acceptedCounts().keySet()).containsExactlyInAnyOrderElementsOf(registered);
            assertThat(receiver.acceptedCounts().values()).allMatch(count -> count <= 2);
            assertThat(accepted.size() - registered.size()).as("duplicates").isLessThanOrEqualTo(1);
            for (int i = 1; i < accepted.size(); i++) {
                assertThat(accepted.get(i))
                        .as("in order, a redelivery only of the event in flight")
                        .isGreaterThanOrEqualTo(accepted.get(i - 1));
            }
        }
    }

    private static void waitFor(BooleanSupplier condition) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20))
                .until(condition::getAsBoolean);
    }
}

package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.safetycredit.ledger.query.webhook.Subscriptions;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Webhooks never reach inside the network: loopback, unspecified, link-local, private, unique-local,
 * multicast and oddly written numeric hosts are refused at subscription (no connection is ever made to
 * them) and again before every delivery, where the delivery log says "refused by policy" without telling
 * whether anything answers. Only an operator's allow-list opens an in-house receiver, and one slow
 * receiver does not hold up the others.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ledger.embedded.in-memory=true", "ledger.expiry.initial-delay=PT1H", "ledger.webhooks.poll=PT0.05S",
            "ledger.webhooks.allowed-hosts=localhost", "ledger.webhooks.allow-http=true", "ledger.webhooks.timeout=PT5S"
        })
@DirtiesContext
class SsrfWebhookApiTest {

    static final String SECRET = "a-long-shared-secret-for-tests";

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    Subscriptions subscriptions;

    @Test
    void internalAddressesAreRefusedAtSubscription() {
        Http agency = new Http(port, "agency-a");
        for (String url : List.of(
                "https://127.0.0.1/hook",
                "https://127.1/hook",
                "https://[::1]/hook",
                "https://0.0.0.0/hook",
                "https://[::]/hook",
                "https://2130706433/hook",
                "https://0177.0.0.1/hook",
                "https://0x7f000001/hook",
                "https://169.254.169.254/latest/meta-data",
                "https://[fe80::1]/hook",
                "https://10.0.0.1/hook",
                "https://172.16.0.1/hook",
                "https://192.168.1.1/hook",
                "https://100.64.0.1/hook",
                "https://[fd00::1]/hook",
                "https://[fc00::1]/hook",
                "https://224.0.0.1/hook",
                "https://[ff02::1]/hook",
                "https://[::ffff:127.0.0.1]/hook",
                "https://[::ffff:10.0.0.1]/hook",
                "https://255.255.255.255/hook",
                "https://user:pw@8.8.8.8/hook",
                "ftp://8.8.8.8/hook",
                "file:///etc/passwd",
                "gopher://8.8.8.8/")) {
            Http.Response refused =
                    agency.post("/api/v1/subscriptions", "{\"url\":\"" + url + "\",\"secret\":\"" + SECRET + "\"}");
            assertThat(refused.status()).as(url + " → " + refused.body()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").get(0).get("field").asText())
                    .isEqualTo("url");
        }
        assertThat(agency.get("/api/v1/subscriptions").body())
                .as("none was made")
                .doesNotContain("https:", "ftp:", "file:");
    }

    @Test
    void deliveryChecksAgainAndSaysRefusedByPolicyWithoutProbing() throws Exception {
        try (Receiver receiver = new Receiver()) {
            // a subscription stored past the API (or whose name now resolves inside): the dispatcher checks again
            database.getCollection("webhook_subscriptions")
                    .insertOne(new Document("_id", "sub-inside")
                            .append("url", receiver.url())
                            .append("types", List.of())
                            .append("secret", SECRET)
                            .append("cursor", 0L)
                            .append("state", "ACTIVE")
                            .append("failures", 0)
                            .append("nextAttemptAt", new Date(0))
                            .append("leaseUntil", new Date(0))
                            .append("owner", "agency-a"));
            new Http(port)
                    .post("/api/v1/enterprises", EnterpriseRegistrationApiTest.registration(AgencyApiTest.newUscc()));
            Http agency = new Http(port, "agency-a");
            Http.Response log = agency.await(
                    "/api/v1/subscriptions/sub-inside/deliveries", r -> r.json().size() > 0);
            assertThat(log.json().get(0).get("outcome").asText()).isEqualTo("REFUSED");
            assertThat(log.json().get(0).get("error").asText()).startsWith("refused by policy");
            assertThat(receiver.requests.get()).as("nothing was sent").isZero();
            // the delivery log expires (a TTL index on MongoDB; the sweep where TTL does not run)
            assertThat(subscriptions.sweepDeliveryLog(Instant.now())).isZero();
            assertThat(subscriptions.sweepDeliveryLog(Instant.now().plus(Duration.ofDays(31))))
                    .isPositive();
            assertThat(subscriptions.deliveries("sub-inside", 100)).isEmpty();
        }
    }

    @Test
    void anAllowedInHouseReceiverWorksAndASlowOneDoesNotHoldUpOthers() throws Exception {
        try (Receiver slow = new Receiver();
                Receiver fast = new Receiver()) {
            slow.delayMillis = 3000;
            Http agency = new Http(port, "agency-b");
            long head = new Http(port)
                    .get("/api/v1/ledger/head")
                    .json()
                    .get("position")
                    .asLong();
            for (Receiver receiver : List.of(slow, fast)) {
                Http.Response created = agency.post(
                        "/api/v1/subscriptions",
                        "{\"url\":\"" + receiver.url().replace("127.0.0.1", "localhost") + "\",\"secret\":\"" + SECRET
                                + "\",\"after\":" + head + "}");
                assertThat(created.status()).as(created.body()).isEqualTo(201);
            }
            Http writer = new Http(port);
            for (int i = 0; i < 5; i++) {
                writer.post("/api/v1/enterprises", EnterpriseRegistrationApiTest.registration(AgencyApiTest.newUscc()));
            }
            // held up by the slow receiver, the fast one's fifth event would come after the slow one's fourth, 12 s
            // in; 10 s leaves a loaded machine time for the five registrations without letting that pass
            Awaitility.await("the fast receiver got everything while the slow one took 3 s per event")
                    .atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> fast.accepted().size() == 5);
            assertThat(slow.received.size())
                    .as("the slow receiver is still behind")
                    .isLessThan(5);
        }
    }
}

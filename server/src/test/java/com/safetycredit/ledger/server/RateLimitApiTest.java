package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/** A client over its rate gets a 429 problem; another client is not affected. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ledger.embedded.in-memory=true", "ledger.expiry.initial-delay=PT1H",
            "ledger.limits.writes-per-second=2", "ledger.limits.feed-per-second=3"
        })
@DirtiesContext
class RateLimitApiTest {

    @LocalServerPort
    int port;

    @Test
    void writesAndFeedReadsAreLimitedPerClient() {
        Http registrar = new Http(port, "registrar");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            statuses.add(registrar.post("/api/v1/enterprises", "{}").status());
        }
        assertThat(statuses).contains(400, 429);
        Http.Response limited = registrar.post("/api/v1/enterprises", "{}");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.json().get("title").asText()).isEqualTo("请求过多");
        assertThat(limited.json().get("errors").get(0).get("code").asText()).isEqualTo("rate-limited");

        Http agency = new Http(port, "agency-a");
        List<Integer> feed = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            feed.add(agency.get("/api/v1/feed").status());
        }
        assertThat(feed).contains(200, 429);
        assertThat(new Http(port, "agency-b").get("/api/v1/feed").status())
                .as("another client")
                .isEqualTo(200);
    }
}

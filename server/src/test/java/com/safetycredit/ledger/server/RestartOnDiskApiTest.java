package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The default set-up, the embedded MongoDB on its H2 file: stop the ledger, start it again, and every
 * event, token and read model is still there and processing resumes where it stopped.
 */
class RestartOnDiskApiTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LedgerApplication.class)
                .run(
                        "--server.port=0",
                        "--ledger.mongo.uri=",
                        "--ledger.mongo.database=ledger",
                        "--ledger.embedded.data-dir=" + dataDir);
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Test
    void eventsTokensAndReadModelsSurviveARestart() {
        String first = EnterpriseRegistrationApiTest.PINGHU;
        String second = EnterpriseRegistrationApiTest.SHANGHAI;
        long firstPosition;
        try (ConfigurableApplicationContext ledger = start()) {
            Http http = http(ledger);
            firstPosition = http.post("/api/v1/enterprises", EnterpriseRegistrationApiTest.registration(first))
                    .json()
                    .get("position")
                    .asLong();
            http.await("/api/v1/enterprises/" + first + "/history", r -> r.status() == 200);
        }
        assertThat(Files.exists(dataDir.resolve("ledger.mv.db"))).isTrue();

        try (ConfigurableApplicationContext ledger = start()) {
            Http http = http(ledger);
            // the read model is there at once: nothing had to be replayed to answer
            JsonNode history =
                    http.get("/api/v1/enterprises/" + first + "/history").json();
            assertThat(history.get("events").get(0).get("position").asLong()).isEqualTo(firstPosition);

            Http.Response duplicate =
                    http.post("/api/v1/enterprises", EnterpriseRegistrationApiTest.registration(first));
            assertThat(duplicate.status())
                    .as("the aggregate is still known after the restart")
                    .isEqualTo(409);

            long secondPosition = http.post("/api/v1/enterprises", EnterpriseRegistrationApiTest.registration(second))
                    .json()
                    .get("position")
                    .asLong();
            assertThat(secondPosition).isEqualTo(firstPosition + 1);
            http.await("/api/v1/enterprises/" + second + "/history", r -> r.status() == 200);
            // processing resumed from its stored token: the first event was not projected twice
            assertThat(http.get("/api/v1/enterprises/" + first + "/history")
                            .json()
                            .get("events"))
                    .hasSize(1);
            JsonNode feed = http.get("/api/v1/feed?after=0").json();
            assertThat(feed.get("events").findValuesAsText("type"))
                    .containsExactly("EnterpriseRegistered", "EnterpriseRegistered");
        }
    }
}

package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.server.mongo.EmbeddedMongo;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The same jar in role {@code command} and in role {@code query}, sharing one MongoDB as the compose file runs
 * them: a write on the command side shows on the query side, through the store and the tracking tokens.
 */
class SeparateRolesTest {

    private static ConfigurableApplicationContext start(String role, String uri) {
        return new SpringApplicationBuilder(LedgerApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.profiles.active=" + role,
                        "--ledger.mongo.uri=" + uri,
                        "--ledger.mongo.database=roles",
                        "--ledger.expiry.initial-delay=PT1H");
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Test
    void aWriteOnTheCommandServiceIsReadOnTheQueryService() {
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory();
                ConfigurableApplicationContext command = start("command", mongo.connectionString());
                ConfigurableApplicationContext query = start("query", mongo.connectionString())) {
            Http writes = http(command);
            Http reads = http(query);
            assertThat(writes.post(
                                    "/api/v1/enterprises",
                                    EnterpriseRegistrationApiTest.registration(EnterpriseRegistrationApiTest.PINGHU))
                            .status())
                    .isEqualTo(201);
            reads.await(
                    "/api/v1/enterprises/" + EnterpriseRegistrationApiTest.PINGHU + "/history",
                    r -> r.status() == 200 && r.json().get("events").size() == 1);
            assertThat(reads.post(
                                    "/api/v1/enterprises",
                                    EnterpriseRegistrationApiTest.registration(EnterpriseRegistrationApiTest.SHANGHAI))
                            .status())
                    .as("the query service takes no commands")
                    .isIn(404, 405);
            assertThat(writes.get("/api/v1/lists/black").status())
                    .as("the command service answers no queries")
                    .isEqualTo(404);
        }
    }
}

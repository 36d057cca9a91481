package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.safetycredit.ledger.store.LedgerReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;

/**
 * What the public page and the provincial exchange publish, with the ledger's clock moved across every boundary
 * date: a general-procedure penalty from the 7th working day after its decision for five years, a listing while in
 * force, a summary-procedure penalty never; the exchange in ledger order, resumable, valid against its published
 * JSON Schema, and the same batches by a signed webhook with {@code format: "PROVINCIAL"}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ledger.embedded.in-memory=true",
            "ledger.expiry.initial-delay=PT1H",
            "ledger.webhooks.poll=PT0.05S",
            "ledger.webhooks.allow-http=true",
            "ledger.webhooks.allowed-hosts=127.0.0.1"
        })
@DirtiesContext
class PublicationApiTest {

    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-01-05T02:00:00Z"));

    @TestConfiguration
    static class MovableTime {
        @Bean
        @Primary
        MutableClock testClock() {
            return CLOCK;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    LedgerReader store;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Http http() {
        return new Http(port);
    }

    private JsonNode created(String path, String body) {
        Http.Response response = http().post(path, body);
        assertThat(response.status()).as(path + " → " + response.body()).isBetween(200, 201);
        return response.json();
    }

    /** Noon in Pinghu on {@code day}. */
    private static void today(String day) {
        CLOCK.set(Instant.parse(day + "T04:00:00Z"));
    }

    private Set<String> publishedOn(String day) {
        today(day);
        JsonNode page =
                new Http(port, null).get("/api/public/v1/disclosures?size=100").json();
        Set<String> ids = new java.util.TreeSet<>();
        page.get("records")
                .forEach(r -> ids.add(
                        r.get("kind").asText() + ":" + r.get("decisionNo").asText()));
        return ids;
    }

    @Test
    void thePublicPageShowsExactlyWhatTheRulesPublishOnEachSideOfEveryBoundaryAndTheExchangeCarriesIt()
            throws Exception {
        try (Receiver receiver = new Receiver()) {
            long start = store.head().position();
            created(
                    "/api/v1/subscriptions",
                    """
                    {"url":"%s","secret":"a-long-shared-secret-for-tests","after":%d,"format":"PROVINCIAL"}"""
                            .formatted(receiver.url(), start));
            String uscc = TestUsccs.in("330482");
            String enterprise = "/api/v1/enterprises/" + uscc;
            created(
                    "/api/v1/enterprises",
                    """
                    {"uscc":"%s","name":"平湖市公示示例有限公司","industry":"MANUFACTURING","regionCode":"330482",
                     "registeredOn":"2019-01-02"}"""
                            .formatted(uscc));
            created(
                    enterprise + "/penalties",
                    """
                    {"decisionNo":"罚-一般","decidedOn":"2025-09-26","violation":"未按规定开展隐患排查","fineYuan":50000,
                     "serious":false,"summaryProcedure":false}""");
            created(
                    enterprise + "/penalties",
                    """
                    {"decisionNo":"罚-简易","decidedOn":"2025-09-26","violation":"警示标志缺失","fineYuan":200,
                     "serious":false,"summaryProcedure":true}""");
            created(
                    enterprise + "/penalties",
                    """
                    {"decisionNo":"罚-严重","decidedOn":"2025-09-01","violation":"无证储存危险化学品","fineYuan":300000,
                     "serious":true,"summaryProcedure":false,"permitViolation":"WITHOUT_PERMIT"}""");
            String notice = created(
                            enterprise + "/listing-notices",
                            """
                    {"basis":6,"penaltyDecisionNo":"罚-严重","authority":"平湖市应急管理局","noticeNo":"告-1",
                     "noticedOn":"2025-09-26","facts":"无证储存危险化学品"}""")
                    .get("id")
                    .asText();
            created(
                    enterprise + "/listings",
                    """
                    {"basis":6,"penaltyDecisionNo":"罚-严重","authority":"平湖市应急管理局","decisionNo":"失信-1",
                     "decidedOn":"2025-10-20","noticeId":"%s"}"""
                            .formatted(notice));
            long end = store.head().position();
            Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> publishedOn("2026-01-05").size() == 3);

            // the serious penalty of 2025-09-01 from 2025-09-10; the general one of Friday 2025-09-26 from
            // Monday 2025-10-13 (the golden week and its make-up Saturday counted); the listing from 2025-10-20
            assertThat(publishedOn("2025-09-09")).isEmpty();
            assertThat(publishedOn("2025-09-10")).containsExactly("PENALTY:罚-严重");
            assertThat(publishedOn("2025-10-12")).containsExactly("PENALTY:罚-严重");
            assertThat(publishedOn("2025-10-13")).containsExactly("PENALTY:罚-一般", "PENALTY:罚-严重");
            assertThat(publishedOn("2025-10-19")).doesNotContain("LISTING:失信-1");
            assertThat(publishedOn("2025-10-20")).containsExactly("LISTING:失信-1", "PENALTY:罚-一般", "PENALTY:罚-严重");
            assertThat(publishedOn("2028-10-19")).contains("LISTING:失信-1");
            assertThat(publishedOn("2028-10-20")).doesNotContain("LISTING:失信-1");
            assertThat(publishedOn("2030-09-09")).containsExactly("PENALTY:罚-一般", "PENALTY:罚-严重");
            assertThat(publishedOn("2030-09-10")).containsExactly("PENALTY:罚-一般");
            assertThat(publishedOn("2030-10-12")).containsExactly("PENALTY:罚-一般");
            assertThat(publishedOn("2030-10-13")).isEmpty();
            today("2026-01-05");

            // the exchange: the same records in ledger order, whole or in pages of 2 positions, valid against the
            // schema
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(http().get("/api/v1/schema/exchange/provincial").body());
            JsonNode whole = http().get("/api/v1/exchange/provincial?after=" + start + "&limit=100")
                    .json();
            assertThat(schema.validate(whole)).isEmpty();
            assertThat(whole.get("format").asText()).isEqualTo("PROVINCIAL");
            assertThat(whole.get("next").asLong()).isEqualTo(store.head().position());
            List<String> actions = new ArrayList<>();
            whole.get("records")
                    .forEach(r -> actions.add(r.get("action").asText() + ":"
                            + r.get("fields").get("decisionNo").asText()));
            assertThat(actions).containsExactly("PUBLISH:罚-一般", "PUBLISH:罚-严重", "PUBLISH:失信-1");
            assertThat(whole.toString()).doesNotContain("罚-简易").doesNotContain("tester");
            List<JsonNode> paged = new ArrayList<>();
            long after = start;
            while (after < end) {
                JsonNode page = http().get("/api/v1/exchange/provincial?after=" + after + "&limit=2")
                        .json();
                Set<ValidationMessage> problems = schema.validate(page);
                assertThat(problems).isEmpty();
                page.get("records").forEach(paged::add);
                after = page.get("next").asLong();
            }
            List<JsonNode> all = new ArrayList<>();
            whole.get("records").forEach(all::add);
            assertThat(paged).isEqualTo(all);

            // the webhook: one signed batch per position that changes a published record, the same records
            Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> receiver.accepted().size() == 3);
            List<JsonNode> delivered = new ArrayList<>();
            for (Receiver.Received r : receiver.received) {
                JsonNode body = JSON.readTree(r.body());
                assertThat(schema.validate(body)).isEmpty();
                assertThat(r.signature()).startsWith("t=");
                body.get("records").forEach(delivered::add);
            }
            assertThat(delivered).isEqualTo(all);
        }
    }
}

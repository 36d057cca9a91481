package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.safetycredit.ledger.command.expiry.ExpirySweep;
import com.safetycredit.ledger.command.expiry.PendingDeadlines;
import com.safetycredit.ledger.store.LedgerReader;
import com.safetycredit.ledger.store.StoredTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;

/** The ledger appends expiry events itself, on the day, once. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.embedded.in-memory=true", "ledger.expiry.initial-delay=PT1H"})
@DirtiesContext
class ExpiryApiTest {

    static final String USCC = "91330482MA28A1B56G";
    static final String SECOND = TestUsccs.in("330482");
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2022-08-31T04:00:00Z"));

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
    ExpirySweep sweep;

    @Autowired
    PendingDeadlines deadlines;

    @Autowired
    StoredTokens tokens;

    @Autowired
    LedgerReader ledger;

    @Test
    void aListingAndACertificateExpireOnTheirDayByTheLedgersOwnEvents() throws Exception {
        Http http = new Http(port);
        String enterprise = "/api/v1/enterprises/" + USCC;
        assertThat(http.post(
                                "/api/v1/enterprises",
                                EnterpriseRegistrationApiTest.registration(USCC)
                                        .replace("}", ",\"registeredOn\":\"2019-01-02\"}"))
                        .status())
                .isEqualTo(201);
        assertThat(http.post(
                                enterprise + "/certifications",
                                """
                {"type":"SAFETY_CULTURE_UNIT","level":"CITY","certificateNo":"WH-1","issuer":"嘉兴市应急管理局",
                 "issuedOn":"2020-01-01","expiresOn":"2022-09-01"}""")
                        .status())
                .isEqualTo(201);
        assertThat(http.post(
                                enterprise + "/penalties",
                                """
                {"decisionNo":"P-1","decidedOn":"2021-08-15","violation":"v","fineYuan":1,"serious":true,
                 "summaryProcedure":false,"permitViolation":"WITHOUT_PERMIT"}""")
                        .status())
                .isEqualTo(201);
        assertThat(http.post(
                                enterprise + "/listings",
                                """
                {"basis":6,"penaltyDecisionNo":"P-1","authority":"平湖市应急管理局","decisionNo":"L-1",
                 "decidedOn":"2021-09-01"}""")
                        .status())
                .isEqualTo(201);

        awaitDeadlines(USCC, USCC);
        assertThat(sweep.sweep()).as("the day before: nothing is due").isZero();

        CLOCK.set(Instant.parse("2022-09-01T00:30:00Z")); // 08:30 in Pinghu on the expiry day
        assertThat(sweep.sweep()).isEqualTo(2);
        JsonNode events = http.await(
                        enterprise + "/history",
                        r -> r.body().contains("\"ListingExpired\"") && r.body().contains("\"CertificationExpired\""))
                .json()
                .get("events");
        List<JsonNode> expiries = new ArrayList<>();
        events.forEach(event -> {
            if (event.get("type").asText().endsWith("Expired")) {
                expiries.add(event);
            }
        });
        assertThat(expiries).hasSize(2);
        assertThat(expiries).allSatisfy(event -> {
            assertThat(event.get("validTime").asText()).isEqualTo("2022-09-01");
            assertThat(event.get("actor").get("user").asText()).isEqualTo("ledger-expiry-sweep");
        });

        long head = http.get("/api/v1/feed?after=0&limit=1").json().get("head").asLong();
        sweep.sweep();
        assertThat(http.get("/api/v1/feed?after=0&limit=1").json().get("head").asLong())
                .as("a second sweep appends nothing")
                .isEqualTo(head);

        aReinstatedCertificateStillExpiresOnItsDay(http);
    }

    /**
     * A certificate the ledger revoked for a fatal accident, given back when the accident is retracted, runs to its
     * expiry again: the deadline comes back with it (RULES.md §5).
     */
    private void aReinstatedCertificateStillExpiresOnItsDay(Http http) throws Exception {
        String enterprise = "/api/v1/enterprises/" + SECOND;
        assertThat(http.post(
                                "/api/v1/enterprises",
                                EnterpriseRegistrationApiTest.registration(SECOND)
                                        .replace("}", ",\"registeredOn\":\"2019-01-02\"}"))
                        .status())
                .isEqualTo(201);
        String certificate = http.post(
                        enterprise + "/certifications",
                        """
                {"type":"STANDARDIZATION","level":"2","certificateNo":"AQBⅡ-R","issuer":"嘉兴市应急管理局",
                 "issuedOn":"2020-01-01","expiresOn":"2022-09-10"}""")
                .json()
                .get("id")
                .asText();
        String accident = http.post(
                        enterprise + "/accidents",
                        """
                {"occurredAt":"2022-05-01T10:00:00+08:00","deaths":1,"seriousInjuries":0,"personsEndangered":0,
                 "directLossYuan":0,"duringLevelOneResponse":false,"category":"PRODUCTION","reportNo":"误报-R"}""")
                .json()
                .get("id")
                .asText();
        http.await(enterprise + "/history?types=CertificationRevoked", r -> r.body()
                .contains(certificate));
        assertThat(http.post(enterprise + "/accidents/" + accident + "/retraction", "{\"reason\":\"录入错误\"}")
                        .status())
                .isEqualTo(200);
        http.await(enterprise + "/history?types=CertificationReinstated", r -> r.body()
                .contains(certificate));
        awaitDeadlines(SECOND);
        CLOCK.set(Instant.parse("2022-09-10T01:00:00Z"));
        assertThat(sweep.sweep()).isEqualTo(1);
        JsonNode expired = http.await(enterprise + "/history?types=CertificationExpired", r -> r.body()
                        .contains(certificate))
                .json()
                .get("events")
                .get(0);
        assertThat(expired.get("validTime").asText()).isEqualTo("2022-09-10");
    }

    /**
     * Waits until the deadlines processor has handled everything recorded so far and the pending deadlines are
     * then exactly those of these enterprises (one entry per deadline): the history can show a reinstatement
     * while the deadlines processor has not yet handled the revocation before it, and a sweep in between finds
     * nothing due.
     */
    private void awaitDeadlines(String... usccs) {
        long head = ledger.head().position();
        Awaitility.await("pending deadlines of " + List.of(usccs))
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(25))
                .until(() ->
                        caughtUp(PendingDeadlines.NAME, head) && pendingFor().equals(List.of(usccs)));
    }

    private boolean caughtUp(String processor, long position) {
        List<StoredTokens.SegmentToken> stored = tokens.of(processor);
        return !stored.isEmpty() && stored.stream().allMatch(token -> token.position() >= position);
    }

    private List<String> pendingFor() {
        return deadlines.dueBy(LocalDate.of(2030, 1, 1)).stream()
                .map(PendingDeadlines.Deadline::uscc)
                .sorted()
                .toList();
    }
}

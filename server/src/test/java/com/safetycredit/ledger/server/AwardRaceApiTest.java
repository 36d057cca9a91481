package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.safetycredit.ledger.contracts.events.award.AwardApplied;
import com.safetycredit.ledger.contracts.events.award.AwardGranted;
import com.safetycredit.ledger.rules.policy.AwardBasis;
import com.safetycredit.ledger.store.MongoLedgerStorageEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Money under races and tampering, over real HTTP: applications on one basis sent at the same moment, the last
 * approvals of two grants of one year at the same moment, a premium in yuan and fen kept to the fen, and a
 * grant written straight into the store that the online verifier names.
 */
// its own server: it writes a grant straight into the store that breaks the money invariants on purpose
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.embedded.in-memory=true"})
@DirtiesContext
class AwardRaceApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoLedgerStorageEngine store;

    private String register(Http http, String first17, String region) {
        String uscc = AwardApiTest.uscc(first17);
        assertThat(http.post(
                                "/api/v1/enterprises",
                                """
                {"uscc":"%s","name":"示例企业%s","industry":"MANUFACTURING","regionCode":"%s","registeredOn":"2019-05-01"}"""
                                        .formatted(uscc, first17.substring(14), region))
                        .status())
                .isEqualTo(201);
        return uscc;
    }

    private static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void applicationsOnOneBasisAtTheSameMomentFileOne() throws Exception {
        Http http = new Http(port);
        String uscc = register(http, "91330482MA2R00011", "330482");
        String basis = http.post(
                        "/api/v1/enterprises/" + uscc + "/certifications",
                        """
                {"type":"DEMONSTRATION_ENTERPRISE","certificateNo":"示范-R1","issuer":"平湖市应急管理局","issuedOn":"2021-04-01"}""")
                .json()
                .get("id")
                .asText();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String named = i % 2 == 0 ? basis : null; // named, or resolved by the ledger
            calls.add(() -> AwardApiTest.apply(new Http(port), uscc, "DEMONSTRATION_ENTERPRISE", 2021, named)
                    .status());
        }
        List<Integer> statuses = atOnce(calls);
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
    }

    @Test
    void twoGrantsOfOneYearApprovedAtTheSameMomentStayWithinTheCap() throws Exception {
        Http http = new Http(port);
        String uscc = register(http, "91330482MA2R00021", "330482");
        Http.Response yuan = http.post(
                "/api/v1/enterprises/" + uscc + "/safety-investments",
                "{\"type\":\"LIABILITY_INSURANCE\",\"policyYear\":2021,\"amountYuan\":1234.56}");
        assertThat(yuan.status()).isEqualTo(201);
        http.post(
                "/api/v1/enterprises/" + uscc + "/safety-investments",
                "{\"type\":\"LIABILITY_INSURANCE\",\"policyYear\":2021,\"amountFen\":20000000}");
        http.post(
                "/api/v1/enterprises/" + uscc + "/safety-investments",
                "{\"type\":\"LIABILITY_INSURANCE\",\"policyYear\":2021,\"amountFen\":20000000}");
        JsonNode recorded = AwardApiTest.eventOfType(http, "/api/v1/enterprises/" + uscc, "SafetyInvestmentRecorded");
        assertThat(recorded.get("data").get("amountFen").asLong())
                .as("1,234.56 yuan, not 1,234")
                .isEqualTo(123_456L);

        List<String> applications = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            applications.add(AwardApiTest.apply(http, uscc, "LIABILITY_INSURANCE_SUBSIDY", 2021, null)
                    .json()
                    .get("id")
                    .asText());
        }
        // three of the four departments approve each; the fourth approves all three at once
        for (String application : applications) {
            for (String reviewer : AwardApiTest.REVIEWERS.subList(0, 3)) {
                new Http(port, reviewer)
                        .post("/api/v1/award-applications/" + application + "/reviews", "{\"decision\":\"APPROVE\"}");
            }
        }
        List<Callable<Integer>> last = applications.stream()
                .map(application -> (Callable<Integer>) () -> new Http(port, "reviewer-market")
                        .post("/api/v1/award-applications/" + application + "/reviews", "{\"decision\":\"APPROVE\"}")
                        .status())
                .toList();
        List<Integer> statuses = new ArrayList<>(atOnce(last));
        // a last approval that met another grant of the year in the store is refused whole: approve again
        for (int i = 0; i < applications.size(); i++) {
            if (statuses.get(i) == 409) {
                statuses.set(
                        i,
                        new Http(port, "reviewer-market")
                                .post(
                                        "/api/v1/award-applications/" + applications.get(i) + "/reviews",
                                        "{\"decision\":\"APPROVE\"}")
                                .status());
            }
        }
        assertThat(statuses).containsOnly(200);
        JsonNode awards = http.await(
                        "/api/v1/awards?uscc=" + uscc,
                        r -> !r.body().contains("\"PENDING\"") && r.body().contains("GRANTED"))
                .json();
        long granted = 0;
        for (JsonNode award : awards) {
            granted += award.path("amountFen").asLong(0);
        }
        // 25% of 1,234.56 = 308.64; then 50,000 each, but the year's cap is 30,000 in all
        assertThat(granted).isEqualTo(30_000_00L);
        assertThat(http.get("/api/v1/ledger/verify")
                        .json()
                        .get("moneyInvariants")
                        .get("ok")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aGrantWrittenStraightIntoTheStoreForAJiashanEnterpriseIsNamedByTheVerifier() {
        Http http = new Http(port);
        String jiashan = register(http, "91330421MA2R00031", "330421");
        String basis = http.post(
                        "/api/v1/enterprises/" + jiashan + "/certifications",
                        """
                {"type":"DEMONSTRATION_ENTERPRISE","certificateNo":"示范-R3","issuer":"嘉善县应急管理局","issuedOn":"2021-04-01"}""")
                .json()
                .get("id")
                .asText();
        String application = AwardBasis.applicationId(
                "PINGHU_2020", AwardBasis.Kind.ACHIEVEMENT, jiashan + "|DEMONSTRATION_ENTERPRISE");
        LocalDate day = LocalDate.of(2022, 5, 1);
        store.appendEvents(new GenericDomainEventMessage<>(
                "AwardApplicationAggregate",
                application,
                0,
                new AwardApplied(
                        jiashan,
                        application,
                        "DEMONSTRATION_ENTERPRISE",
                        2021,
                        basis,
                        "PINGHU_2020",
                        List.of("EMERGENCY_MANAGEMENT"),
                        day)));
        store.appendEvents(new GenericDomainEventMessage<>(
                "AwardYearAggregate",
                "awy-" + jiashan + "-PINGHU_2020-2021",
                0,
                new AwardGranted(
                        jiashan,
                        application,
                        "DEMONSTRATION_ENTERPRISE",
                        2021,
                        20_000_00L,
                        List.of(),
                        day,
                        "PINGHU_2020",
                        basis)));
        JsonNode verified = http.get("/api/v1/ledger/verify").json();
        assertThat(verified.get("ok").asBoolean())
                .as("the chain itself is intact")
                .isTrue();
        assertThat(verified.get("moneyInvariants").get("ok").asBoolean()).isFalse();
        assertThat(verified.get("moneyInvariants").get("violations").toString())
                .contains("\"SCOPE\"")
                .contains(application);
    }
}

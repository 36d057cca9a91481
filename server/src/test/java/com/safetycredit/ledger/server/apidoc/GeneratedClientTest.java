package com.safetycredit.ledger.server.apidoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.safetycredit.ledger.client.ApiClient;
import com.safetycredit.ledger.client.ApiException;
import com.safetycredit.ledger.client.api.AgenciesApi;
import com.safetycredit.ledger.client.api.StaffApi;
import com.safetycredit.ledger.client.model.EnterpriseHistory;
import com.safetycredit.ledger.client.model.FeedPage;
import com.safetycredit.ledger.client.model.HistoryEntry;
import com.safetycredit.ledger.client.model.Penalty;
import com.safetycredit.ledger.client.model.Problem;
import com.safetycredit.ledger.client.model.PublishedEvent;
import com.safetycredit.ledger.client.model.RegisterEnterpriseRequest;
import com.safetycredit.ledger.client.model.WriteResponse;
import com.safetycredit.ledger.contracts.values.Uscc;
import com.safetycredit.ledger.server.LedgerServerTest;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.LongStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An agency's developer integrates from the description alone: a client generated from the committed OpenAPI
 * contract (the OpenAPI Generator Maven plugin, {@code target/generated-test-sources/agency-client}) registers an
 * enterprise, records a penalty, reads the enterprise's history and pages the feed over real HTTP — and reads
 * a refusal as the problem the description promises.
 */
@LedgerServerTest
class GeneratedClientTest {

    @LocalServerPort
    int port;

    /** The generated client, pointed at this server, signing in with HTTP Basic as the description says. */
    private ApiClient client(String account) {
        ApiClient client = new ApiClient(
                HttpClient.newBuilder(), ApiClient.createDefaultObjectMapper(), "http://127.0.0.1:" + port);
        String basic = Base64.getEncoder()
                .encodeToString((account + ":" + account + "-password").getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
        return client;
    }

    @Test
    void aGeneratedClientRegistersReadsTheHistoryAndPagesTheFeed() throws Exception {
        StaffApi registrar = new StaffApi(client("registrar"));
        String uscc = newUscc();
        WriteResponse registered = registrar.registerEnterprise(
                new RegisterEnterpriseRequest()
                        .uscc(uscc)
                        .name("平湖市生成客户端示例有限公司")
                        .industry(RegisterEnterpriseRequest.IndustryEnum.MANUFACTURING)
                        .regionCode(RegisterEnterpriseRequest.RegionCodeEnum._330482)
                        .registeredOn(LocalDate.of(2019, 1, 2)),
                "client-" + uscc);
        assertThat(registered.getId()).isEqualTo(uscc);
        WriteResponse penalised = registrar.imposePenalty(
                uscc,
                new Penalty()
                        .decisionNo("平应急罚〔2024〕" + uscc.substring(12) + "号")
                        .decidedOn(LocalDate.of(2024, 3, 1))
                        .violation("未按规定开展安全培训")
                        .fineYuan(20000L)
                        .serious(false)
                        .summaryProcedure(false),
                null);
        assertThat(penalised.getPosition()).isGreaterThan(registered.getPosition());

        // the same key with the same body is answered as the first time, nothing appended
        WriteResponse repeated = registrar.registerEnterprise(
                new RegisterEnterpriseRequest()
                        .uscc(uscc)
                        .name("平湖市生成客户端示例有限公司")
                        .industry(RegisterEnterpriseRequest.IndustryEnum.MANUFACTURING)
                        .regionCode(RegisterEnterpriseRequest.RegionCodeEnum._330482)
                        .registeredOn(LocalDate.of(2019, 1, 2)),
                "client-" + uscc);
        assertThat(repeated.getPosition()).isEqualTo(registered.getPosition());

        // a refusal is the documented problem: a second registration of the code
        ApiException refused = catchThrowableOfType(
                ApiException.class,
                () -> registrar.registerEnterprise(
                        new RegisterEnterpriseRequest()
                                .uscc(uscc)
                                .name("另一家")
                                .industry(RegisterEnterpriseRequest.IndustryEnum.MANUFACTURING)
                                .regionCode(RegisterEnterpriseRequest.RegionCodeEnum._330482),
                        null));
        assertThat(refused.getCode()).isEqualTo(409);
        Problem problem = ApiClient.createDefaultObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getType().toString()).endsWith("already-registered");

        EnterpriseHistory history = awaitHistory(registrar, uscc, 2);
        assertThat(history.getEvents())
                .extracting(HistoryEntry::getType)
                .containsExactly("EnterpriseRegistered", "PenaltyImposed");
        assertThat(history.getEvents())
                .extracting(HistoryEntry::getPosition)
                .containsExactly(registered.getPosition(), penalised.getPosition());

        // an agency pages the feed from 0: every position once, in order, without gaps, ours among them
        AgenciesApi agency = new AgenciesApi(client("agency-a"));
        List<Long> positions = new ArrayList<>();
        long after = 0;
        FeedPage page;
        do {
            page = agency.getFeed(after, 3, null);
            page.getEvents().stream().map(PublishedEvent::getPosition).forEach(positions::add);
            assertThat(page.getNext()).isGreaterThanOrEqualTo(after);
            after = page.getNext();
        } while (after < page.getHead());
        assertThat(positions)
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, after).boxed().toList());
        assertThat(positions).contains(registered.getPosition(), penalised.getPosition());
        FeedPage ours = agency.getFeed(registered.getPosition() - 1, 1, null);
        PublishedEvent event = ours.getEvents().get(0);
        assertThat(event.getType()).isEqualTo("EnterpriseRegistered");
        assertThat(event.getHash()).hasSize(64);
        assertThat(event.getData()).isNotNull();
    }

    /** The history is a read model: it follows the ledger within moments. */
    private static EnterpriseHistory awaitHistory(StaffApi staff, String uscc, int events) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .ignoreExceptionsMatching(e -> e instanceof ApiException api && api.getCode() == 404)
                .until(
                        () -> staff.getEnterpriseHistory(uscc, null, null, null),
                        history -> history.getEvents().size() >= events);
    }

    private static String newUscc() {
        String first17 = "91330482MA4"
                + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        return first17 + Uscc.checkCharacter(first17);
    }
}

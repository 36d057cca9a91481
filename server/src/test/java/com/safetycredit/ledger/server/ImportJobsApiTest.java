package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safetycredit.ledger.query.export.Spreadsheet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Batch import as a background job over HTTP: a file of a few thousand rows answers at once with {@code 202} and
 * the job's {@code Location}; the job's progress only grows and is seen part way; its final report is the one a
 * synchronous import of the same file gives; committing the file again appends nothing; a commit cut short is
 * finished by committing the whole file again; a job is read by its starter or an administrator only.
 */
@LedgerServerTest
class ImportJobsApiTest {

    static final String XLSX = Spreadsheet.MEDIA_TYPE;
    static final ObjectMapper JSON = new ObjectMapper();
    static final int LARGE = 2_000;
    static final int ENTERPRISES = 10;

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void connect() {
        // the account that starts the jobs: an import's rows are idempotent per account, as every write's key is
        http = new Http(port, "registrar");
    }

    long head() {
        return new Http(port, "tester")
                .get("/api/v1/ledger/head")
                .json()
                .get("position")
                .asLong();
    }

    /** A job started over HTTP: its status, its address, its answer. */
    record Started(int status, String location, JsonNode body) {}

    Started start(String user, String query, byte[] xlsx) {
        String auth =
                Base64.getEncoder().encodeToString((user + ":" + user + "-password").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/imports/jobs" + query))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", XLSX)
                .POST(HttpRequest.BodyPublishers.ofByteArray(xlsx))
                .build();
        try {
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new Started(
                    response.statusCode(),
                    response.headers().firstValue("Location").orElse(null),
                    JSON.readTree(response.body()));
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Reads the job until it has finished, keeping every (done, total) seen on the way. */
    JsonNode follow(String location, List<int[]> seen) {
        return follow(http, location, seen);
    }

    JsonNode follow(Http reader, String location, List<int[]> seen) {
        return Awaitility.await(location)
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(20))
                .until(
                        () -> {
                            JsonNode job = reader.get(location).json();
                            seen.add(new int[] {
                                job.get("done").asInt(), job.get("total").asInt()
                            });
                            return job;
                        },
                        job -> !"RUNNING".equals(job.get("status").asText()));
    }

    /** Enterprises registered for the test, through the synchronous import. */
    List<String> enterprises(int count) {
        List<String> usccs =
                IntStream.range(0, count).mapToObj(i -> TestUsccs.in("330482")).toList();
        byte[] file = ImportApiTest.file(
                List.of("统一社会信用代码", "企业名称", "行业", "区域", "登记日期"),
                usccs.stream()
                        .map(u -> List.of(u, "平湖市导入任务示例企业" + u.substring(10), "MANUFACTURING", "330482", "2020-01-02"))
                        .toList());
        JsonNode registered = http.postFile("/api/v1/imports?kind=enterprises&dryRun=false", XLSX, file)
                .json();
        assertThat(registered.get("written").asInt()).isEqualTo(count);
        return usccs;
    }

    /** {@code count} dual-prevention certificates spread over {@code usccs}, headed as the template is. */
    byte[] certificates(List<String> usccs, String series, int count) throws IOException {
        List<String> headings = Spreadsheets.rows(http.download("/api/v1/imports/template?kind=certifications")
                        .body())
                .get(0);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(List.of(
                    usccs.get(i % usccs.size()),
                    "DUAL_PREVENTION",
                    "",
                    series + "-" + i,
                    "平湖市应急管理局",
                    "2024-02-01",
                    "2099-12-31"));
        }
        // the template's columns: uscc, type, level, certificateNo, issuer, issuedOn, expiresOn
        assertThat(headings).hasSize(7);
        return ImportApiTest.file(headings, rows);
    }

    @Test
    void aLargeFileIsCheckedAndWrittenInTheBackgroundAsASynchronousImportWouldBe() throws IOException {
        List<String> usccs = enterprises(ENTERPRISES);
        byte[] file = certificates(usccs, "SF-JOB-" + usccs.get(0).substring(10), LARGE);
        long before = head();

        Started dryRun = start("registrar", "?kind=certifications", file);
        assertThat(dryRun.status()).isEqualTo(202);
        assertThat(dryRun.location()).startsWith("/api/v1/imports/jobs/");
        assertThat(dryRun.body().get("total").asInt()).isEqualTo(LARGE);
        JsonNode checked = follow(dryRun.location(), new ArrayList<>());
        JsonNode synchronousDryRun =
                http.postFile("/api/v1/imports?kind=certifications", XLSX, file).json();
        assertThat(checked.get("status").asText()).isEqualTo("FINISHED");
        assertThat(checked.get("report")).isEqualTo(synchronousDryRun);
        assertThat(head()).as("a dry run appends nothing").isEqualTo(before);

        Started commit = start("registrar", "?kind=certifications&dryRun=false&mode=rows", file);
        List<int[]> seen = new ArrayList<>();
        seen.add(new int[] {
            commit.body().get("done").asInt(), commit.body().get("total").asInt()
        });
        JsonNode written = follow(commit.location(), seen);
        assertThat(written.get("status").asText()).isEqualTo("FINISHED");
        assertThat(written.get("report").get("written").asInt()).isEqualTo(LARGE);
        assertThat(head()).isEqualTo(before + LARGE);
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i)[0]).as("rows done only grow").isGreaterThanOrEqualTo(seen.get(i - 1)[0]);
            assertThat(seen.get(i)[1]).isEqualTo(LARGE);
            assertThat(seen.get(i)[0]).isBetween(0, LARGE);
        }
        assertThat(seen).as("progress seen part way").anyMatch(s -> s[0] > 0 && s[0] < s[1]);
        assertThat(seen.get(seen.size() - 1)[0]).isEqualTo(LARGE);

        // the same file committed again, now synchronously: the same answer, and nothing appended
        JsonNode again = http.postFile("/api/v1/imports?kind=certifications&dryRun=false&mode=rows", XLSX, file)
                .json();
        assertThat(again).isEqualTo(written.get("report"));
        assertThat(head()).as("the same file again appends nothing").isEqualTo(before + LARGE);
    }

    @Test
    void aCommitCutShortIsFinishedByCommittingTheWholeFileAgain() throws IOException {
        List<String> usccs = enterprises(2);
        String series = "SF-CUT-" + usccs.get(0).substring(10);
        // what a job lost with its process leaves: the first rows of the file written, the others not
        JsonNode firstRows = http.postFile(
                        "/api/v1/imports?kind=certifications&dryRun=false&mode=rows",
                        XLSX,
                        certificates(usccs, series, 4))
                .json();
        assertThat(firstRows.get("written").asInt()).isEqualTo(4);
        long before = head();

        Started again =
                start("registrar", "?kind=certifications&dryRun=false&mode=all", certificates(usccs, series, 10));
        JsonNode finished = follow(again.location(), new ArrayList<>());
        JsonNode report = finished.get("report");
        assertThat(report.get("written").asInt())
                .as("every row answered as written")
                .isEqualTo(10);
        assertThat(head()).as("only the six rows missing appended").isEqualTo(before + 6);
        assertThat(report.get("results").get(0).get("position").asLong())
                .isEqualTo(firstRows.get("results").get(0).get("position").asLong());
    }

    @Test
    void aJobIsReadByItsStarterOrAnAdministratorAndAnUnknownOneIsAChinese404() throws IOException {
        List<String> usccs = enterprises(1);
        Started started = start(
                "tester",
                "?kind=certifications",
                certificates(usccs, "SF-OWN-" + usccs.get(0).substring(10), 3));
        assertThat(started.status()).isEqualTo(202);
        follow(new Http(port, "tester"), started.location(), new ArrayList<>());

        Http.Response other = new Http(port, "registrar").get(started.location());
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.json().get("errors").get(0).get("code").asText()).isEqualTo("not-your-import-job");
        assertThat(other.json().get("detail").asText()).contains("其他账户");
        assertThat(new Http(port, "admin").get(started.location()).status()).isEqualTo(200);
        assertThat(new Http(port, "reviewer").get(started.location()).status()).isEqualTo(403);

        Http.Response unknown = new Http(port, "tester").get("/api/v1/imports/jobs/no-such-job");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("errors").get(0).get("code").asText()).isEqualTo("unknown-import-job");
        assertThat(unknown.json().get("detail").asText()).contains("没有编号为 no-such-job 的导入任务");
        assertThat(http.get("/api/v1/imports/jobs/no-such-job?lang=en")
                        .json()
                        .get("detail")
                        .asText())
                .contains("no import job no-such-job");
    }

    @Test
    void anUnreadableFileIsRefusedAtOnceAndStartsNoJob() {
        long before = head();
        Started refused = start("registrar", "?kind=certifications", "not a workbook".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.location()).isNull();
        assertThat(refused.body().get("errors").get(0).get("code").asText()).isEqualTo("import-unreadable");
        assertThat(start("registrar", "?kind=accidents", new byte[] {1}).status())
                .isEqualTo(400);
        assertThat(start("reviewer", "?kind=certifications", new byte[] {1}).status())
                .isEqualTo(403);
        assertThat(head()).isEqualTo(before);
    }
}

package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.safetycredit.ledger.query.export.Spreadsheet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Batch import from a spreadsheet over HTTP: the template, a dry run that reports every row with the API's own
 * checks and appends nothing, an all-or-nothing commit that writes nothing when a row fails, a row-by-row commit,
 * and a second import of the same file that appends nothing.
 */
@LedgerServerTest
class ImportApiTest {

    static final String XLSX = Spreadsheet.MEDIA_TYPE;

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    long head() {
        return http.get("/api/v1/ledger/head").json().get("position").asLong();
    }

    /** A file with {@code headings} and {@code rows}, as a clerk fills in the template. */
    static byte[] file(List<String> headings, List<List<String>> rows) {
        List<Spreadsheet.Column<List<String>>> columns = IntStream.range(0, headings.size())
                .mapToObj(i -> new Spreadsheet.Column<List<String>>(headings.get(i), 20, row -> row.get(i)))
                .toList();
        return Spreadsheet.of("sheet", columns, rows);
    }

    @Test
    void theTemplateHasTheColumnsHeadedInChinese() throws Exception {
        Http.Download template = http.download("/api/v1/imports/template?kind=penalties");
        assertThat(template.status()).isEqualTo(200);
        assertThat(Spreadsheets.rows(template.body()).get(0))
                .containsExactly("统一社会信用代码", "决定文号", "决定日期", "违法行为", "罚款（元）", "性质恶劣、情节严重", "简易程序", "涉及安全生产许可（第6项依据）");
        assertThat(http.get("/api/v1/imports/template?kind=accidents").status()).isEqualTo(400);
    }

    @Test
    void enterprisesArePenalisedFromASpreadsheetCheckedFirstThenWrittenOnce() {
        String first = TestUsccs.in("330482");
        String second = TestUsccs.in("330421");
        byte[] enterprises = file(
                List.of("统一社会信用代码", "企业名称", "行业", "区域", "登记日期"),
                List.of(
                        List.of(first, "平湖市导入示例化工有限公司", "危险化学品", "平湖市", "2020-01-02"),
                        List.of(second, "嘉善县导入示例机械有限公司", "MANUFACTURING", "330421", "2020-03-04")));
        JsonNode registered = http.postFile("/api/v1/imports?kind=enterprises&dryRun=false", XLSX, enterprises)
                .json();
        assertThat(registered.get("written").asInt()).isEqualTo(2);
        assertThat(http.get("/api/v1/enterprises/" + first)
                        .json()
                        .get("industry")
                        .asText())
                .isEqualTo("HAZARDOUS_CHEMICALS");

        String tomorrow = LocalDate.now().plusDays(2).toString();
        List<String> headings = List.of("统一社会信用代码", "决定文号", "决定日期", "违法行为", "罚款（元）", "性质恶劣、情节严重", "简易程序");
        List<List<String>> rows = new ArrayList<>(List.of(
                List.of(first, "平应急罚〔2026〕101号", "2026-10-08", "未按规定开展隐患排查", "30000", "否", "否"),
                List.of(second, "善应急罚〔2026〕102号", "2026-10-09", "特种作业人员无证上岗", "20000", "否", "否")));
        rows.add(List.of(first, "平应急罚〔2026〕103号", tomorrow, "", "三万", "否", "也许"));
        byte[] penalties = file(headings, rows);

        long before = head();
        JsonNode dryRun =
                http.postFile("/api/v1/imports?kind=penalties", XLSX, penalties).json();
        assertThat(dryRun.get("dryRun").asBoolean()).isTrue();
        assertThat(dryRun.get("results").get(0).get("result").asText()).isEqualTo("ACCEPTED");
        assertThat(dryRun.get("results").get(0).get("row").asInt()).isEqualTo(2);
        JsonNode bad = dryRun.get("results").get(2);
        assertThat(bad.get("result").asText()).isEqualTo("REFUSED");
        // every unreadable cell of the row at once, in Chinese
        assertThat(bad.get("problems").findValuesAsText("field")).contains("fineYuan", "summaryProcedure");
        assertThat(bad.get("problems").findValuesAsText("message")).allMatch(m -> m.matches(".*[\\u4e00-\\u9fa5].*"));
        assertThat(head()).as("a dry run appends nothing").isEqualTo(before);

        JsonNode allOrNothing = http.postFile("/api/v1/imports?kind=penalties&dryRun=false&mode=all", XLSX, penalties)
                .json();
        assertThat(allOrNothing.get("written").asInt()).isZero();
        assertThat(head()).as("all or nothing: one bad row, nothing written").isEqualTo(before);

        // the third row fixed except its date: the API's own check refuses a decision in the future
        rows.set(2, List.of(first, "平应急罚〔2026〕103号", tomorrow, "未设置安全警示标志", "30000", "否", "否"));
        byte[] corrected = file(headings, rows);
        JsonNode dry =
                http.postFile("/api/v1/imports?kind=penalties", XLSX, corrected).json();
        assertThat(dry.get("results").get(2).get("problems").findValuesAsText("code"))
                .containsExactly("future");

        JsonNode rowByRow = http.postFile("/api/v1/imports?kind=penalties&dryRun=false&mode=rows", XLSX, corrected)
                .json();
        assertThat(rowByRow.get("written").asInt()).isEqualTo(2);
        assertThat(rowByRow.get("refused").asInt()).isEqualTo(1);
        http.await("/api/v1/enterprises/" + second + "/history", r -> r.body().contains("善应急罚〔2026〕102号"));

        long afterImport = head();
        JsonNode again = http.postFile("/api/v1/imports?kind=penalties&dryRun=false&mode=rows", XLSX, corrected)
                .json();
        assertThat(again.get("results").get(0).get("result").asText()).isEqualTo("WRITTEN");
        assertThat(head()).as("the same file again appends nothing").isEqualTo(afterImport);
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedInChinese() {
        long before = head();
        Http.Response refused = http.postFile("/api/v1/imports?kind=penalties", XLSX, "not a workbook".getBytes());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("code").asText()).isEqualTo("import-unreadable");
        assertThat(refused.json().get("detail").asText()).contains("Excel");
        Http.Response noColumn =
                http.postFile("/api/v1/imports?kind=penalties", XLSX, file(List.of("统一社会信用代码"), List.of(List.of("x"))));
        assertThat(noColumn.json().get("detail").asText()).contains("缺少“决定文号”列");
        assertThat(head()).isEqualTo(before);
    }
}

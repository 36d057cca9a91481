package com.safetycredit.ledger.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.server.Http;
import com.safetycredit.ledger.server.LedgerServerTest;
import com.safetycredit.ledger.server.TestUsccs;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * RULES.md §11: a listing decided before the notice step began (2025-01-01 in the tests' settings) stays valid
 * without a notice and says so on its history row; one that followed its notice does not carry the remark.
 */
@LedgerServerTest
class ListingWithoutNoticeConsoleTest {

    @LocalServerPort
    int port;

    private String listed(String penaltyOn, String noticeJson, String decidedOn) {
        Http api = new Http(port);
        String uscc = TestUsccs.in("330482");
        String enterprise = "/api/v1/enterprises/" + uscc;
        assertThat(api.post(
                                "/api/v1/enterprises",
                                """
                {"uscc":"%s","name":"平湖市告知示例有限公司","industry":"HAZARDOUS_CHEMICALS","regionCode":"330482",
                 "registeredOn":"2019-01-02"}"""
                                        .formatted(uscc))
                        .status())
                .isEqualTo(201);
        assertThat(api.post(
                                enterprise + "/penalties",
                                """
                {"decisionNo":"罚-1","decidedOn":"%s","violation":"未经许可储存危险化学品","fineYuan":300000,
                 "serious":true,"summaryProcedure":false,"permitViolation":"WITHOUT_PERMIT"}"""
                                        .formatted(penaltyOn))
                        .status())
                .isEqualTo(201);
        String noticeId = "";
        if (noticeJson != null) {
            noticeId = ",\"noticeId\":\""
                    + api.post(enterprise + "/listing-notices", noticeJson)
                            .json()
                            .get("id")
                            .asText()
                    + "\"";
        }
        Http.Response listing = api.post(
                enterprise + "/listings",
                """
                {"basis":6,"penaltyDecisionNo":"罚-1","authority":"平湖市应急管理局","decisionNo":"平应急失信-1",
                 "decidedOn":"%s"%s}"""
                        .formatted(decidedOn, noticeId));
        assertThat(listing.status()).as(listing.body()).isEqualTo(201);
        return uscc;
    }

    @Test
    void aListingFromBeforeTheNoticeStepSaysItHadNoneAndOneAfterItDoesNot() throws Exception {
        String before = listed("2024-03-01", null, "2024-03-20");
        String after = listed(
                "2025-09-01",
                """
                {"basis":6,"penaltyDecisionNo":"罚-1","authority":"平湖市应急管理局","noticeNo":"平应急告-1",
                 "noticedOn":"2025-09-26","facts":"未取得危险化学品经营许可证储存甲醇"}""",
                "2025-10-20");
        ConsoleSession reviewer = new ConsoleSession(port).login("reviewer");

        String page = reviewer.get("/enterprises/" + before).body();
        String row = page.substring(page.indexOf("data-type=\"EnterpriseBlacklisted\""));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("未经告知：告知程序启用前作出的列入，继续有效");
        assertThat(reviewer.get("/enterprises/" + after).body()).doesNotContain("未经告知");
    }
}

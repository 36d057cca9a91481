package com.safetycredit.ledger.query.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseProfileChanged;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.contracts.events.listing.EnterpriseBlacklisted;
import com.safetycredit.ledger.contracts.events.listing.ListingRemovedEarly;
import com.safetycredit.ledger.contracts.events.penalty.PenaltyImposed;
import com.safetycredit.ledger.query.objection.ObjectionQueue;
import com.safetycredit.ledger.query.projection.CheckpointedProjection;
import com.safetycredit.ledger.query.projection.ReadModelContract;
import com.safetycredit.ledger.query.projection.ReadModelFixture;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The public record against a real store: only the allow-listed event types and fields of
 * {@code rules/publication-v1.json} are copied (RULES.md §10), a record's later changes fold into it, and the
 * enterprise is named by its latest name.
 */
class DisclosureProjectionTest extends ReadModelContract {

    static final String PINGHU = "91330482MA28A1B56G";

    @Override
    protected CheckpointedProjection<?> projection(ReadModelFixture ledger) {
        return new DisclosureProjection(ledger.database, ledger.checkpoints, ReadModelFixture.REGISTRY, ledger.json);
    }

    @Override
    protected void recordStory(ReadModelFixture ledger) {
        ledger.record(
                new EnterpriseRegistered(
                        PINGHU, "平湖示例", "MANUFACTURING", "330482", "示例路1号", null, LocalDate.of(2020, 1, 2)),
                penalty("pen-1", "平应急罚〔2025〕1号", false),
                penalty("pen-2", "平应急罚〔2025〕2号", true),
                new EnterpriseBlacklisted(
                        PINGHU,
                        "lst-1",
                        9,
                        "MEM_ORDER_11_2023",
                        "平应急罚〔2025〕1号",
                        "平湖市应急管理局",
                        "平应急失信〔2025〕1号",
                        LocalDate.of(2025, 10, 20),
                        LocalDate.of(2028, 10, 20),
                        false,
                        List.of("pen-1"),
                        null,
                        "ntc-1",
                        "补办许可证不改变违法事实",
                        null),
                new EnterpriseProfileChanged(PINGHU, "平湖示例新名", null, null, null, LocalDate.of(2026, 1, 1)));
    }

    @Override
    protected void recordOneMore(ReadModelFixture ledger) {
        ledger.record(penalty("pen-3", "平应急罚〔2025〕3号", false));
    }

    private void removeTheListingEarly() {
        ledger.record(new ListingRemovedEarly(PINGHU, "lst-1", "平应急修〔2026〕1号", LocalDate.of(2026, 11, 2)));
    }

    @Override
    protected List<String> collections() {
        return List.of(DisclosureProjection.RECORDS, DisclosureProjection.ENTERPRISES);
    }

    @Test
    void onlyTheAllowListedTypesAndFieldsAreCopied() {
        caughtUpOnTheStory();

        List<Document> records = ledger.documents(DisclosureProjection.RECORDS);
        assertThat(records)
                .as("the summary-procedure penalty is never published")
                .extracting(d -> d.get("_id"))
                .containsExactly("lst-1", "pen-1");
        Document listing = records.get(0).get("record", Document.class);
        assertThat(listing.get("fields", Document.class))
                .containsOnlyKeys(
                        "listingId",
                        "decisionNo",
                        "authority",
                        "basis",
                        "regime",
                        "decidedOn",
                        "expiresOn",
                        "penaltyDecisionNo");
        Document penalty = records.get(1).get("record", Document.class);
        assertThat(penalty.get("fields", Document.class))
                .as("no permit code, no seriousness, no recording clerk")
                .containsOnlyKeys("penaltyId", "decisionNo", "decidedOn", "violation", "fineYuan", "authority")
                .containsEntry("authority", "平湖市应急管理局");
        assertThat(records.toString()).doesNotContain("wangli").doesNotContain("ntc-1");

        assertThat(ledger.documents(DisclosureProjection.ENTERPRISES))
                .singleElement()
                .satisfies(d -> assertThat(d)
                        .containsEntry("name", "平湖示例新名")
                        .containsEntry("regionCode", "330482")
                        .doesNotContainKey("address"));
    }

    @Test
    void whatIsPublishedOnADayFollowsTheRecordsPeriodsAndTheirLaterChanges() {
        caughtUpOnTheStory();
        Disclosures disclosures = new Disclosures(ledger.database, new ObjectionQueue(ledger.database), ledger.json);

        // the penalty of Monday 1 Sept 2025 is published from the 7th working day after it, 10 Sept
        assertThat(kinds(disclosures, LocalDate.of(2025, 9, 9))).isEmpty();
        assertThat(kinds(disclosures, LocalDate.of(2025, 9, 10))).containsExactly("pen-1");
        assertThat(kinds(disclosures, LocalDate.of(2026, 11, 2))).containsExactlyInAnyOrder("lst-1", "pen-1");

        removeTheListingEarly();
        ledger.caughtUp();
        assertThat(kinds(disclosures, LocalDate.of(2026, 11, 1))).containsExactlyInAnyOrder("lst-1", "pen-1");
        assertThat(kinds(disclosures, LocalDate.of(2026, 11, 2)))
                .as("removed early: no longer published from that day")
                .containsExactly("pen-1");
        assertThat(disclosures.enterprise(PINGHU, LocalDate.of(2026, 11, 2)).name())
                .isEqualTo("平湖示例新名");
    }

    private static List<String> kinds(Disclosures disclosures, LocalDate on) {
        return disclosures.on(on, null, null, null, 0, 100).records().stream()
                .map(Disclosures.Disclosure::recordId)
                .toList();
    }

    static PenaltyImposed penalty(String id, String decisionNo, boolean summaryProcedure) {
        return new PenaltyImposed(
                PINGHU,
                id,
                decisionNo,
                LocalDate.of(2025, 9, 1),
                "未经许可储存危险化学品",
                300_000,
                true,
                summaryProcedure,
                "WITHOUT_PERMIT");
    }
}

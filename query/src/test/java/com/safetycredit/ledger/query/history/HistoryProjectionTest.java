package com.safetycredit.ledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseProfileChanged;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.contracts.events.penalty.PenaltyImposed;
import com.safetycredit.ledger.query.projection.CheckpointedProjection;
import com.safetycredit.ledger.query.projection.ReadModelContract;
import com.safetycredit.ledger.query.projection.ReadModelFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The history read model against a real store: one entry per event, one index per enterprise. */
class HistoryProjectionTest extends ReadModelContract {

    static final String PINGHU = "91330482MA28A1B56G";
    static final String JIASHAN = "91330421MA2R00031X";

    @Override
    protected CheckpointedProjection<?> projection(ReadModelFixture ledger) {
        return new HistoryProjection(ledger.database, ledger.checkpoints, ReadModelFixture.REGISTRY, ledger.json);
    }

    @Override
    protected void recordStory(ReadModelFixture ledger) {
        ledger.record(
                registered(PINGHU, "平湖示例"),
                registered(JIASHAN, "嘉善示例"),
                new PenaltyImposed(
                        PINGHU,
                        "pen-1",
                        "平应急罚〔2023〕1号",
                        LocalDate.of(2023, 5, 10),
                        "未履行安全管理职责",
                        50_000,
                        true,
                        false,
                        null),
                new EnterpriseProfileChanged(PINGHU, "平湖示例新名", null, null, null, LocalDate.of(2023, 6, 1)));
    }

    @Override
    protected void recordOneMore(ReadModelFixture ledger) {
        ledger.record(registered("91330402MA2B00032X", "南湖示例"));
    }

    @Override
    protected List<String> collections() {
        return List.of(HistoryProjection.ENTRIES, HistoryProjection.INDEX);
    }

    /**
     * The writes of a batch were stored but its checkpoint was not (a crash in between): the batch comes again, its
     * entries are found stored and replaced — the same documents, nothing refused, the processor not stuck.
     */
    @Test
    void aBatchRepeatedAfterItsWritesButBeforeItsCheckpointFindsItsEntriesAndReplacesThem() {
        caughtUpOnTheStory();
        List<Document> entries = ledger.documents(HistoryProjection.ENTRIES);
        List<Document> index = ledger.documents(HistoryProjection.INDEX);
        ledger.database
                .getCollection(HistoryProjection.ENTRIES)
                .updateMany(
                        com.mongodb.client.model.Filters.empty(), com.mongodb.client.model.Updates.set("marked", 1));

        ledger.checkpoints.reset(projection.name());
        ledger.redeliverAfter(0);
        ledger.caughtUp();

        assertThat(ledger.documents(HistoryProjection.ENTRIES))
                .as("every entry written again, as it was")
                .isEqualTo(entries);
        assertThat(ledger.documents(HistoryProjection.INDEX)).isEqualTo(index);
        assertThat(ledger.checkpoints.lastApplied(projection.name())).isEqualTo(ledger.head());

        recordOneMore(ledger);
        ledger.caughtUp();
        assertThat(ledger.documents(HistoryProjection.ENTRIES)).hasSize(entries.size() + 1);
    }

    static EnterpriseRegistered registered(String uscc, String name) {
        return new EnterpriseRegistered(
                uscc, name, "MANUFACTURING", uscc.substring(2, 8), null, null, LocalDate.of(2020, 1, 2));
    }

    @Test
    void everyEventBecomesAnEntryKeyedByItsPositionWithValidTimeRecordTimeAndActor() {
        caughtUpOnTheStory();

        List<Document> entries = ledger.documents(HistoryProjection.ENTRIES);
        assertThat(entries).extracting(d -> d.get("_id")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(entries)
                .extracting(d -> d.getString("type"))
                .containsExactly(
                        "EnterpriseRegistered", "EnterpriseRegistered", "PenaltyImposed", "EnterpriseProfileChanged");
        Document penalty = entries.get(2);
        assertThat(penalty.getString("uscc")).isEqualTo(PINGHU);
        assertThat(penalty.getString("validTime")).isEqualTo("2023-05-10");
        assertThat(penalty.getString("recordedAt")).isNotBlank();
        assertThat(penalty.get("actor", Document.class))
                .containsEntry("user", "wangli")
                .containsEntry("role", "REGISTRAR")
                .containsEntry("authority", "平湖市应急管理局");
        assertThat(penalty.get("data", Document.class))
                .containsEntry("decisionNo", "平应急罚〔2023〕1号")
                .containsEntry("serious", true);
    }

    @Test
    void eachEnterpriseIsIndexedByThePositionsOfItsOwnEvents() {
        caughtUpOnTheStory();

        List<Document> index = ledger.documents(HistoryProjection.INDEX);
        assertThat(index).extracting(d -> d.get("_id")).containsExactly(JIASHAN, PINGHU);
        assertThat(Set.copyOf(index.get(0).getList("positions", Long.class))).containsExactly(2L);
        assertThat(Set.copyOf(index.get(1).getList("positions", Long.class))).containsExactlyInAnyOrder(1L, 3L, 4L);
    }
}

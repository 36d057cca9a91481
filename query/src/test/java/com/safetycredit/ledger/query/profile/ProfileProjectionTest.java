package com.safetycredit.ledger.query.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.events.award.AwardApplied;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseProfileChanged;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.contracts.events.penalty.PenaltyImposed;
import com.safetycredit.ledger.query.projection.CheckpointedProjection;
import com.safetycredit.ledger.query.projection.HoldBack;
import com.safetycredit.ledger.query.projection.ReadModelContract;
import com.safetycredit.ledger.query.projection.ReadModelFixture;
import com.safetycredit.ledger.rules.credit.CreditRules;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The profiles read model against a real store: one document per enterprise with its status timeline. */
class ProfileProjectionTest extends ReadModelContract {

    static final String PINGHU = "91330482MA28A1B56G";
    static final String JIASHAN = "91330421MA2R00031X";

    @Override
    protected CheckpointedProjection<?> projection(ReadModelFixture ledger) {
        return profiles(ledger, HoldBack.NEVER);
    }

    /** The profiles of {@code ledger}, with a record cache of 10, holding batches as {@code holdBack} says. */
    static ProfileProjection profiles(ReadModelFixture ledger, HoldBack holdBack) {
        return new ProfileProjection(
                ledger.database,
                ledger.records(),
                CreditRules.shipped(),
                ledger.checkpoints,
                10,
                ProfileProjection.LIST_LEAF_CAPACITY,
                holdBack);
    }

    @Override
    protected void recordStory(ReadModelFixture ledger) {
        ledger.record(registered(PINGHU, "平湖示例"), registered(JIASHAN, "嘉善示例"));
        ledger.record(new PenaltyImposed(
                PINGHU, "pen-1", "平应急罚〔2023〕1号", LocalDate.of(2023, 5, 10), "未履行安全管理职责", 50_000, true, false, null));
        // an award application's events are in the application's stream: they change no profile
        ledger.inStream(
                "AwardApplicationAggregate",
                "awd-1",
                new AwardApplied(
                        PINGHU,
                        "awd-1",
                        "DEMONSTRATION_ENTERPRISE",
                        2022,
                        "cert-1",
                        "PINGHU_2020",
                        List.of("EMERGENCY_MANAGEMENT"),
                        LocalDate.of(2022, 4, 1)));
        ledger.record(new EnterpriseProfileChanged(JIASHAN, "嘉善示例新名", null, null, null, LocalDate.of(2023, 6, 1)));
    }

    @Override
    protected void recordOneMore(ReadModelFixture ledger) {
        ledger.record(registered("91330402MA2B00032X", "南湖示例"));
    }

    @Override
    protected List<String> collections() {
        return List.of(ProfileProjection.COLLECTION);
    }

    private static EnterpriseRegistered registered(String uscc, String name) {
        return new EnterpriseRegistered(
                uscc, name, "MANUFACTURING", uscc.substring(2, 8), null, null, LocalDate.of(2020, 1, 2));
    }

    @Test
    void eachEnterpriseHasItsProfileAndTheStatusTimelineItsFactsMake() {
        caughtUpOnTheStory();

        List<Document> profiles = ledger.documents(ProfileProjection.COLLECTION);
        assertThat(profiles).extracting(d -> d.get("_id")).containsExactly(JIASHAN, PINGHU);
        Document jiashan = profiles.get(0);
        assertThat(jiashan.getString("name")).isEqualTo("嘉善示例新名");
        assertThat(jiashan.getString("regionCode")).isEqualTo("330421");
        Document pinghu = profiles.get(1);
        assertThat(pinghu.get("lastPosition", Number.class).longValue())
                .as("the award application's event is no fact of the profile")
                .isEqualTo(3);
        List<Document> timeline = pinghu.getList("timeline", Document.class);
        assertThat(timeline).anySatisfy(interval -> {
            assertThat(interval.getString("status")).isEqualTo("WATCH");
            assertThat(interval.getString("from")).isEqualTo("2023-05-10");
        });
    }

    /**
     * After a restart the record cache is empty: an enterprise's next event is folded onto its stream read from the
     * ledger up to that very event — the earlier facts and this one, nothing after it.
     */
    @Test
    void afterARestartAnEnterprisesNextEventIsFoldedOntoItsStreamUpToIt() {
        caughtUpOnTheStory();
        ledger.restart(projection(ledger), BATCH);

        ledger.record(new PenaltyImposed(
                PINGHU, "pen-2", "平应急罚〔2024〕2号", LocalDate.of(2024, 3, 1), "未开展隐患排查", 30_000, false, false, null));
        ledger.record(new EnterpriseProfileChanged(PINGHU, "平湖示例新名", null, null, null, LocalDate.of(2024, 4, 1)));
        ledger.caughtUp();

        Document pinghu = ledger.documents(ProfileProjection.COLLECTION).get(1);
        assertThat(pinghu.getString("name")).isEqualTo("平湖示例新名");
        assertThat(pinghu)
                .as("the facts before the restart, the penalty after it and the new name")
                .isEqualTo(((ProfileProjection) projection(ledger))
                        .toDocument(ledger.records().load(PINGHU).orElseThrow()));
    }

    /** A batch that changes more profiles than one bulk holds writes them all, in several bulks. */
    @Test
    void aBatchChangingMoreProfilesThanOneBulkWritesEveryOne() {
        int enterprises = ProfileProjection.PROFILES_PER_BULK * 2 + 1;
        for (int i = 0; i < enterprises; i++) {
            ledger.record(registered(String.format("913304%011dX", i), "企业" + i));
        }
        ledger.run(projection, enterprises);
        ledger.caughtUp();

        List<Document> profiles = ledger.documents(ProfileProjection.COLLECTION);
        assertThat(profiles).hasSize(enterprises);
        assertThat(profiles.get(enterprises - 1).getString("name")).isEqualTo("企业" + (enterprises - 1));
        assertThat(ledger.checkpoints.lastApplied(projection.name())).isEqualTo(ledger.head());
    }
}

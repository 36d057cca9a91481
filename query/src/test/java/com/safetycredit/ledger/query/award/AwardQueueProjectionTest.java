package com.safetycredit.ledger.query.award;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.events.award.AwardApplied;
import com.safetycredit.ledger.contracts.events.award.AwardGranted;
import com.safetycredit.ledger.contracts.events.award.AwardReviewed;
import com.safetycredit.ledger.query.projection.CheckpointedProjection;
import com.safetycredit.ledger.query.projection.ReadModelContract;
import com.safetycredit.ledger.query.projection.ReadModelFixture;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The reviewers' queue against a real store: who still has to review, and what was decided. */
class AwardQueueProjectionTest extends ReadModelContract {

    static final String PINGHU = "91330482MA28A1B56G";
    static final List<String> DEPARTMENTS = List.of("EMERGENCY_MANAGEMENT", "FINANCE");

    @Override
    protected CheckpointedProjection<?> projection(ReadModelFixture ledger) {
        return new AwardQueueProjection(ledger.database, ledger.checkpoints);
    }

    @Override
    protected void recordStory(ReadModelFixture ledger) {
        ledger.inStream("AwardApplicationAggregate", "awd-1", applied("awd-1"));
        ledger.inStream("AwardApplicationAggregate", "awd-2", applied("awd-2"));
        ledger.inStream(
                "AwardApplicationAggregate",
                "awd-1",
                new AwardReviewed(PINGHU, "awd-1", "EMERGENCY_MANAGEMENT", "APPROVE", null, LocalDate.of(2022, 4, 10)));
        ledger.inStream(
                "AwardApplicationAggregate",
                "awd-1",
                new AwardReviewed(PINGHU, "awd-1", "FINANCE", "APPROVE", null, LocalDate.of(2022, 4, 11)));
        ledger.inStream(
                "AwardYearAggregate",
                "awy-1",
                new AwardGranted(
                        PINGHU,
                        "awd-1",
                        "DEMONSTRATION_ENTERPRISE",
                        2022,
                        20_000_00L,
                        List.of(),
                        LocalDate.of(2022, 4, 11),
                        "PINGHU_2020",
                        "cert-1"));
    }

    @Override
    protected void recordOneMore(ReadModelFixture ledger) {
        ledger.inStream("AwardApplicationAggregate", "awd-3", applied("awd-3"));
    }

    @Override
    protected List<String> collections() {
        return List.of(AwardQueueProjection.COLLECTION);
    }

    private static AwardApplied applied(String id) {
        return new AwardApplied(
                PINGHU,
                id,
                "DEMONSTRATION_ENTERPRISE",
                2022,
                "cert-" + id,
                "PINGHU_2020",
                DEPARTMENTS,
                LocalDate.of(2022, 4, 1));
    }

    @Test
    void anApplicationWaitsForEachDepartmentUntilItIsDecided() {
        caughtUpOnTheStory();

        List<Document> queue = ledger.documents(AwardQueueProjection.COLLECTION);
        Document granted = queue.get(0);
        assertThat(granted.getString("outcome")).isEqualTo("GRANTED");
        assertThat(granted.getList("waitingFor", String.class)).isEmpty();
        assertThat(granted.getList("approvedBy", String.class)).containsExactlyElementsOf(DEPARTMENTS);
        assertThat(granted.getList("reviews", Document.class)).hasSize(2);
        assertThat(granted.get("amountFen", Number.class).longValue()).isEqualTo(20_000_00L);
        assertThat(granted.get("grantedAt", Number.class).longValue()).isEqualTo(5);
        Document pending = queue.get(1);
        assertThat(pending.getString("outcome")).isEqualTo("PENDING");
        assertThat(pending.getList("waitingFor", String.class)).containsExactlyElementsOf(DEPARTMENTS);
    }
}

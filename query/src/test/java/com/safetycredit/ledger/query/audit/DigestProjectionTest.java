package com.safetycredit.ledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.contracts.events.ledger.LedgerDigestRecorded;
import com.safetycredit.ledger.query.projection.CheckpointedProjection;
import com.safetycredit.ledger.query.projection.ReadModelContract;
import com.safetycredit.ledger.query.projection.ReadModelFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ledger's digests against a real store, listed newest first. */
class DigestProjectionTest extends ReadModelContract {

    private DigestProjection digests;

    @Override
    protected CheckpointedProjection<?> projection(ReadModelFixture ledger) {
        digests = new DigestProjection(ledger.database, ledger.checkpoints);
        return digests;
    }

    @Override
    protected void recordStory(ReadModelFixture ledger) {
        ledger.record(new EnterpriseRegistered(
                "91330482MA28A1B56G", "平湖示例", "MANUFACTURING", "330482", null, null, LocalDate.of(2020, 1, 2)));
        ledger.publish(new LedgerDigestRecorded(1, "a1".repeat(32), "daily"));
        ledger.publish(new LedgerDigestRecorded(2, "b2".repeat(32), "on request"));
    }

    @Override
    protected void recordOneMore(ReadModelFixture ledger) {
        ledger.publish(new LedgerDigestRecorded(3, "c3".repeat(32), "daily"));
    }

    @Override
    protected List<String> collections() {
        return List.of("ledger_digests");
    }

    @Test
    void eachDigestIsListedWithThePositionItWasRecordedAtNewestFirst() {
        caughtUpOnTheStory();

        assertThat(digests.list())
                .extracting(DigestProjection.Digest::recordedAtPosition)
                .containsExactly(3L, 2L);
        assertThat(digests.list().get(0).position()).isEqualTo(2);
        assertThat(digests.list().get(0).hash()).isEqualTo("b2".repeat(32));
        assertThat(digests.list().get(0).recordedBy()).isEqualTo("on request");
    }
}

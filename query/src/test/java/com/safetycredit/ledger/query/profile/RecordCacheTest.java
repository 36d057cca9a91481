package com.safetycredit.ledger.query.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.contracts.events.investment.SafetyInvestmentRecorded;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The record cache folds only the very next event of a stream; anything else goes back to the store. */
class RecordCacheTest {

    static final String USCC = "91330482MA28A1B56G";
    final AtomicInteger loads = new AtomicInteger();

    static EnterpriseRegistered registered() {
        return new EnterpriseRegistered(
                USCC, "平湖市示例化工有限公司", "MANUFACTURING", "330482", null, null, LocalDate.of(2019, 1, 2));
    }

    static SafetyInvestmentRecorded investment(String id) {
        return new SafetyInvestmentRecorded(
                USCC, id, "LIABILITY_INSURANCE", 2021, 1000, Map.of(), LocalDate.of(2021, 3, 1));
    }

    /** What the store would answer: the stream folded up to the position asked for. */
    Optional<EnterpriseRecord> fromStore(Object... events) {
        loads.incrementAndGet();
        EnterpriseRecord record = new EnterpriseRecord();
        for (int i = 0; i < events.length; i++) {
            record.apply(events[i], 10 + i);
        }
        return Optional.of(record);
    }

    @Test
    void theNextEventOfAStreamIsFoldedWithoutReadingTheStore() {
        RecordCache cache = new RecordCache(10);
        cache.advance(USCC, 0, registered(), 10, () -> fromStore(registered()));
        Optional<EnterpriseRecord> record =
                cache.advance(USCC, 1, investment("inv-1"), 11, () -> fromStore(registered(), investment("inv-1")));
        assertThat(loads).hasValue(0);
        assertThat(record).get().satisfies(r -> {
            assertThat(r.investments()).containsOnlyKeys("inv-1");
            assertThat(r.lastPosition()).isEqualTo(11);
        });
    }

    @Test
    void aGapInTheSequenceLoadsTheRecordFromTheStore() {
        RecordCache cache = new RecordCache(10);
        cache.advance(USCC, 0, registered(), 10, () -> fromStore(registered()));
        // sequence 1 was processed elsewhere (another node, or before a restart)
        Optional<EnterpriseRecord> record = cache.advance(
                USCC,
                2,
                investment("inv-2"),
                12,
                () -> fromStore(registered(), investment("inv-1"), investment("inv-2")));
        assertThat(loads).hasValue(1);
        assertThat(record).get().satisfies(r -> assertThat(r.investments()).containsOnlyKeys("inv-1", "inv-2"));
    }

    @Test
    void aRepeatedEventIsNotFoldedTwice() {
        RecordCache cache = new RecordCache(10);
        cache.advance(USCC, 0, registered(), 10, () -> fromStore(registered()));
        cache.advance(USCC, 1, investment("inv-1"), 11, () -> fromStore(registered(), investment("inv-1")));
        // the batch failed after the fold and is processed again: sequence 1 once more
        cache.advance(USCC, 1, investment("inv-1"), 11, () -> fromStore(registered(), investment("inv-1")));
        assertThat(loads).hasValue(1);
    }

    @Test
    void anEvictedRecordIsLoadedAgain() {
        RecordCache cache = new RecordCache(1);
        cache.advance(USCC, 0, registered(), 10, () -> fromStore(registered()));
        cache.advance(
                "91330482MA00000000",
                0,
                new EnterpriseRegistered(
                        "91330482MA00000000", "另一家", "OTHER", "330482", null, null, LocalDate.of(2019, 1, 2)),
                11,
                Optional::empty);
        cache.advance(USCC, 1, investment("inv-1"), 12, () -> fromStore(registered(), investment("inv-1")));
        assertThat(loads).hasValue(1);
    }
}

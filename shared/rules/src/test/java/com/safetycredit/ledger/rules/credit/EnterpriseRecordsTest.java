package com.safetycredit.ledger.rules.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseProfileChanged;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.contracts.events.penalty.PenaltyImposed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An enterprise's record folded up to a ledger position: through the event at a known sequence, the same record as
 * up to that event's position, with only the stream up to that sequence asked for.
 */
class EnterpriseRecordsTest {

    private static final String PINGHU = "91330482MA28A1B56G";
    private static final long[] POSITIONS = {1, 5, 9};

    /** The stream, and every sequence it was asked up to. */
    private final List<Long> askedUpTo = new ArrayList<>();

    private final List<EnterpriseEvents.Recorded> stream = List.of(
            recorded(
                    POSITIONS[0],
                    new EnterpriseRegistered(
                            PINGHU, "平湖示例", "MANUFACTURING", "330482", null, null, LocalDate.of(2020, 1, 2))),
            recorded(
                    POSITIONS[1],
                    new PenaltyImposed(
                            PINGHU,
                            "pen-1",
                            "平应急罚〔2023〕1号",
                            LocalDate.of(2023, 5, 10),
                            "未履行安全管理职责",
                            50_000,
                            true,
                            false,
                            null)),
            recorded(
                    POSITIONS[2],
                    new EnterpriseProfileChanged(PINGHU, "平湖示例新名", null, null, null, LocalDate.of(2023, 6, 1))));

    private final EnterpriseEvents store = new EnterpriseEvents() {
        @Override
        public List<Recorded> of(String uscc) {
            askedUpTo.add(Long.MAX_VALUE);
            return uscc.equals(PINGHU) ? stream : List.of();
        }

        @Override
        public List<Recorded> of(String uscc, long lastSequence) {
            askedUpTo.add(lastSequence); // as a store reads: only the keys up to the sequence
            List<Recorded> all = uscc.equals(PINGHU) ? stream : List.of();
            return all.subList(0, (int) Math.min(all.size(), lastSequence + 1));
        }
    };

    private final EnterpriseRecords records = new EnterpriseRecords(store);

    @Test
    void throughTheEventAtASequenceIsTheRecordUpToItsPosition() {
        for (int sequence = 0; sequence < POSITIONS.length; sequence++) {
            EnterpriseRecord through =
                    records.loadThrough(PINGHU, sequence, POSITIONS[sequence]).orElseThrow();
            EnterpriseRecord upTo =
                    records.loadUpTo(PINGHU, POSITIONS[sequence]).orElseThrow();

            assertThat(through.lastPosition()).isEqualTo(POSITIONS[sequence]).isEqualTo(upTo.lastPosition());
            assertThat(through.name()).isEqualTo(upTo.name());
            assertThat(through.penalties().keySet()).isEqualTo(upTo.penalties().keySet());
        }
        assertThat(records.loadThrough(PINGHU, 1, POSITIONS[1]).orElseThrow().name())
                .isEqualTo("平湖示例");
        assertThat(records.loadThrough(PINGHU, 2, POSITIONS[2]).orElseThrow().name())
                .isEqualTo("平湖示例新名");
    }

    @Test
    void onlyTheStreamUpToTheSequenceIsAskedFor() {
        records.loadThrough(PINGHU, 1, POSITIONS[1]);

        assertThat(askedUpTo).containsExactly(1L);
    }

    /** A port that reads only whole streams takes the events up to the sequence from the whole stream. */
    @Test
    void aStreamShorterThanTheSequenceGivesWhatItHolds() {
        EnterpriseEvents wholeStreams = uscc -> uscc.equals(PINGHU) ? stream : List.of();

        assertThat(wholeStreams.of(PINGHU, 10)).hasSize(3);
        assertThat(wholeStreams.of(PINGHU, 1))
                .extracting(EnterpriseEvents.Recorded::position)
                .containsExactly(1L, 5L);
        assertThat(wholeStreams.of(PINGHU, -1)).isEmpty();
        assertThat(wholeStreams.of(PINGHU, Long.MAX_VALUE)).as("all of it").hasSize(3);
        assertThat(new EnterpriseRecords(wholeStreams)
                        .loadThrough(PINGHU, 1, 5)
                        .orElseThrow()
                        .lastPosition())
                .isEqualTo(5L);
        assertThat(records.loadThrough("91330421MA2R00031X", 3, 100)).isEmpty();
    }

    private static EnterpriseEvents.Recorded recorded(long position, Object payload) {
        return new EnterpriseEvents.Recorded(position, Instant.parse("2024-01-01T00:00:00Z"), () -> payload);
    }
}

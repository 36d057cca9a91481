package com.safetycredit.ledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.query.projection.CheckpointedProjection;
import com.safetycredit.ledger.query.projection.HoldBack;
import com.safetycredit.ledger.query.projection.ReadModelFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The history holding its index additions back ({@link HeldIndex}): every test of the history and of the read models'
 * contract again, each batch's index additions held until one reaches the head — and what holding must never do:
 * show a held batch as applied, or lose one in a crash.
 */
class HeldIndexTest extends HistoryProjectionTest {

    /** The head the projection is told of; -1: the ledger's own. */
    private final AtomicLong head = new AtomicLong(-1);

    @Override
    protected CheckpointedProjection<?> projection(ReadModelFixture ledger) {
        return holding(ledger);
    }

    private HistoryProjection holding(ReadModelFixture ledger) {
        return new HistoryProjection(
                ledger.database,
                ledger.checkpoints,
                ReadModelFixture.REGISTRY,
                ledger.json,
                new HoldBack(() -> head.get() < 0 ? ledger.head() : head.get(), 0, Long.MAX_VALUE));
    }

    @Test
    void heldEntriesAreWrittenButIndexedWithTheFirstBatchAtTheHeadAndTheCheckpointWaitsForThem() {
        head.set(Long.MAX_VALUE); // as in a catch-up that never ends
        recordStory(ledger);
        ledger.run(projection, 1);
        ledger.caughtUp();

        assertThat(ledger.documents(HistoryProjection.ENTRIES))
                .as("the entries are written batch by batch")
                .extracting(d -> d.get("_id"))
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(ledger.documents(HistoryProjection.INDEX))
                .as("the index not yet")
                .isEmpty();
        assertThat(ledger.checkpoints.lastApplied(HistoryProjection.NAME))
                .as("no read waiting for the checkpoint takes a held batch as written")
                .isZero();
        assertThat(ledger.documents(HeldIndex.NOTES)).singleElement().satisfies(note -> {
            assertThat(note.get("since", Number.class).longValue()).isEqualTo(1L);
            assertThat(note.get("upTo", Number.class).longValue()).isEqualTo(ledger.head());
        });

        head.set(-1);
        recordOneMore(ledger);
        ledger.caughtUp();

        assertThat(ledger.documents(HistoryProjection.INDEX)).isEqualTo(asNeverHeld());
        assertThat(ledger.checkpoints.lastApplied(HistoryProjection.NAME)).isEqualTo(ledger.head());
        assertThat(ledger.documents(HeldIndex.NOTES)).isEmpty();
    }

    @Test
    void aCrashWhileIndexAdditionsAreHeldLosesNone() {
        head.set(Long.MAX_VALUE);
        recordStory(ledger);
        ledger.run(projection, 1);
        ledger.caughtUp();
        assertThat(ledger.documents(HistoryProjection.INDEX)).isEmpty();

        head.set(-1);
        // a new instance: the held positions are gone, the processor's token is at the head
        ledger.restart(holding(ledger), 1);
        recordOneMore(ledger);
        ledger.caughtUp();

        assertThat(ledger.documents(HistoryProjection.INDEX))
                .as("the story's positions, from the note and the stored entries, and the one more")
                .hasSize(3)
                .isEqualTo(asNeverHeld());
        assertThat(ledger.documents(HeldIndex.NOTES)).isEmpty();
    }

    @Test
    void aBatchNearTheHeadIsIndexedAtOnce() {
        head.set(-1);
        recordStory(ledger);
        ledger.run(projection, 100);
        ledger.caughtUp();

        assertThat(ledger.documents(HistoryProjection.INDEX)).isEqualTo(asNeverHeld());
        assertThat(ledger.documents(HeldIndex.NOTES)).isEmpty();
    }

    /**
     * Each enterprise's index document as a history that never held anything writes it: the positions of its
     * entries, in order.
     */
    private List<Document> asNeverHeld() {
        Map<String, List<Long>> positions = new TreeMap<>();
        for (Document entry : ledger.documents(HistoryProjection.ENTRIES)) {
            positions
                    .computeIfAbsent(entry.getString("uscc"), k -> new ArrayList<>())
                    .add(entry.getLong("_id"));
        }
        return positions.entrySet().stream()
                .map(e -> new Document("_id", e.getKey()).append("positions", e.getValue()))
                .toList();
    }
}

package com.safetycredit.ledger.query.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseProfileChanged;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.query.projection.CheckpointedProjection;
import com.safetycredit.ledger.query.projection.HoldBack;
import com.safetycredit.ledger.query.projection.ReadModelFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The profiles read model holding batches back ({@link HeldProfiles}): every test of the profiles and of the read
 * models' contract again, each batch held until one reaches the head — and what holding must never do: show a
 * held batch as applied, or lose one in a crash.
 */
class HeldProfilesTest extends ProfileProjectionTest {

    /** The head the projection is told of; -1: the ledger's own. */
    private final AtomicLong head = new AtomicLong(-1);

    @Override
    protected CheckpointedProjection<?> projection(ReadModelFixture ledger) {
        return holding(ledger);
    }

    private ProfileProjection holding(ReadModelFixture ledger) {
        return profiles(ledger, new HoldBack(() -> head.get() < 0 ? ledger.head() : head.get(), 0, Long.MAX_VALUE));
    }

    @Test
    void heldBatchesAreWrittenWithTheFirstOneAtTheHeadAndTheCheckpointWaitsForThem() {
        head.set(Long.MAX_VALUE); // as in a catch-up that never ends
        recordStory(ledger);
        ledger.run(projection, BATCH);
        ledger.caughtUp();

        assertThat(ledger.documents(ProfileProjection.COLLECTION))
                .as("nothing written yet")
                .isEmpty();
        assertThat(ledger.checkpoints.lastApplied(ProfileProjection.NAME))
                .as("no read waiting for the checkpoint takes a held batch as written")
                .isZero();
        assertThat(ledger.documents(HeldProfiles.NOTES)).singleElement().satisfies(note -> {
            assertThat(note.getList("enterprises", String.class)).containsExactly(PINGHU, JIASHAN);
            assertThat(note.get("upTo", Number.class).longValue()).isEqualTo(ledger.head());
        });

        head.set(-1);
        recordOneMore(ledger);
        ledger.caughtUp();

        assertThat(ledger.documents(ProfileProjection.COLLECTION)).isEqualTo(asTheLedgerHasThem());
        assertThat(ledger.checkpoints.lastApplied(ProfileProjection.NAME)).isEqualTo(ledger.head());
        assertThat(ledger.documents(HeldProfiles.NOTES)).isEmpty();
    }

    @Test
    void aCrashWhileBatchesAreHeldLosesNone() {
        head.set(Long.MAX_VALUE);
        recordStory(ledger);
        ledger.run(projection, BATCH);
        ledger.caughtUp();
        assertThat(ledger.documents(ProfileProjection.COLLECTION)).isEmpty();

        head.set(-1);
        // a new instance: the held records and the record cache are gone, the processor's token is at the head
        ledger.restart(holding(ledger), BATCH);
        recordOneMore(ledger);
        ledger.caughtUp();

        assertThat(ledger.documents(ProfileProjection.COLLECTION))
                .as("the story's profiles, from the note, and the one more")
                .hasSize(3)
                .isEqualTo(asTheLedgerHasThem());
        assertThat(ledger.documents(HeldProfiles.NOTES)).isEmpty();
    }

    @Test
    void aBatchNearTheHeadIsWrittenAtOnce() {
        head.set(-1);
        recordStory(ledger);
        ledger.run(projection, 100);
        ledger.caughtUp();

        assertThat(ledger.documents(ProfileProjection.COLLECTION)).isEqualTo(asTheLedgerHasThem());
        assertThat(ledger.documents(HeldProfiles.NOTES)).isEmpty();
    }

    /**
     * Held for as many enterprises as the record cache holds (10 here), however often each changes: batches that
     * change the same six are held together; the batch that brings the held to eleven is written with them.
     */
    @Test
    void heldUpToAsManyEnterprisesAsTheRecordCacheHolds() {
        head.set(Long.MAX_VALUE);
        List<String> six = enterprises(0, 6);
        six.forEach(uscc -> ledger.record(registered(uscc)));
        six.forEach(uscc -> ledger.record(renamed(uscc)));
        ledger.run(projection, 6);
        ledger.caughtUp();
        assertThat(ledger.documents(ProfileProjection.COLLECTION))
                .as("two batches of the same six enterprises, held")
                .isEmpty();

        enterprises(6, 11).forEach(uscc -> ledger.record(registered(uscc)));
        ledger.caughtUp();

        assertThat(ledger.documents(ProfileProjection.COLLECTION)).hasSize(11);
        assertThat(ledger.checkpoints.lastApplied(ProfileProjection.NAME)).isEqualTo(ledger.head());
        assertThat(ledger.documents(HeldProfiles.NOTES)).isEmpty();
    }

    private static List<String> enterprises(int from, int to) {
        return IntStream.range(from, to)
                .mapToObj(i -> String.format("913304%011dX", i))
                .toList();
    }

    private static EnterpriseRegistered registered(String uscc) {
        return new EnterpriseRegistered(
                uscc, "企业" + uscc, "MANUFACTURING", "330482", null, null, LocalDate.of(2020, 1, 2));
    }

    private static EnterpriseProfileChanged renamed(String uscc) {
        return new EnterpriseProfileChanged(uscc, "新名" + uscc, null, null, null, LocalDate.of(2023, 6, 1));
    }

    /** Every registered enterprise's profile as a projection that never held anything writes it. */
    private List<Document> asTheLedgerHasThem() {
        ProfileProjection profiles = (ProfileProjection) projection;
        return List.of(JIASHAN, "91330402MA2B00032X", PINGHU).stream()
                .flatMap(uscc -> ledger.records().load(uscc).stream())
                .map(profiles::toDocument)
                .sorted((a, b) -> a.getString("_id").compareTo(b.getString("_id")))
                .toList();
    }
}

package com.safetycredit.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.chain.StoredEvent;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The ring of recently read events answers only with an unbroken run of exactly the positions asked for. */
class RecentEventsTest {

    static StoredEvent at(long position) {
        return new StoredEvent(
                position,
                "e-" + position,
                "ThingRecorded",
                "1",
                "Thing",
                "thing-1",
                position - 1,
                "2024-01-01T00:00:00Z",
                "{}",
                "{}",
                "h" + position);
    }

    static List<StoredEvent> range(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(RecentEventsTest::at).toList();
    }

    /** Two readers that read the same positions from the database at once both get the first one's items. */
    @Test
    void readersThatReadTheSamePositionsAtOnceShareOneItemPerPosition() {
        RecentEvents recent = new RecentEvents(10);
        List<StoredEvent> first = recent.share(range(1, 4));
        List<StoredEvent> second = recent.share(range(3, 6));

        for (int i = 0; i < 2; i++) {
            assertThat(second.get(i)).isSameAs(first.get(i + 2));
        }
        assertThat(second.subList(2, 4)).extracting(StoredEvent::position).containsExactly(5L, 6L);
        assertThat(recent.from(0, 6))
                .containsExactly(first.get(0), first.get(1), first.get(2), first.get(3), second.get(2), second.get(3));
        // a slot already taken by a later position keeps it: the late reader gets its own copy
        recent.share(range(11, 12));
        StoredEvent late = at(1);
        assertThat(recent.share(List.of(late))).containsExactly(late);
        assertThat(recent.from(10, 2)).extracting(StoredEvent::position).containsExactly(11L, 12L);
    }

    @Test
    void answersTheHeldRunFromThePositionAfter() {
        RecentEvents recent = new RecentEvents(10);
        recent.remember(range(1, 8));
        assertThat(recent.from(2, 3)).extracting(StoredEvent::position).containsExactly(3L, 4L, 5L);
        assertThat(recent.from(6, 5)).extracting(StoredEvent::position).containsExactly(7L, 8L);
        assertThat(recent.from(8, 5)).isEmpty();
    }

    @Test
    void aPositionOverwrittenByOneCapacityLaterIsNotMistakenForIt() {
        RecentEvents recent = new RecentEvents(4);
        recent.remember(range(1, 6)); // 5 and 6 took the slots of 1 and 2
        assertThat(recent.from(0, 3)).isEmpty();
        assertThat(recent.from(2, 10)).extracting(StoredEvent::position).containsExactly(3L, 4L, 5L, 6L);
    }

    @Test
    void withoutCapacityNothingIsHeld() {
        RecentEvents recent = new RecentEvents(0);
        recent.remember(range(1, 3));
        assertThat(recent.from(0, 3)).isEmpty();
    }
}

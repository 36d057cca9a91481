package com.safetycredit.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** When a reader catching up waits for slower ones, and — what matters more — when it never does. */
class CatchUpPaceTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final long FAR_HEAD = 1_000_000;

    @Test
    void aReaderTooFarAheadWaitsUntilTheSlowestComesWithinTheWindow() throws Exception {
        CatchUpPace pace = new CatchUpPace(100, 10 * SECOND, 30 * SECOND);
        CatchUpPace.Reader fast = pace.join(500);
        CatchUpPace.Reader slow = pace.join(300);
        var pool = Executors.newSingleThreadExecutor();
        try {
            pool.submit(() -> {
                for (long position = 300; position <= 400; position += 20) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
                    slow.movedTo(position);
                }
            });
            long waited = fast.awaitTurn(() -> FAR_HEAD);
            assertThat(slow.position()).isGreaterThanOrEqualTo(400);
            assertThat(waited).isGreaterThan(TimeUnit.MILLISECONDS.toNanos(50)).isLessThan(5 * SECOND);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReaderWithinTheWindowOrAloneNeverWaits() {
        CatchUpPace pace = new CatchUpPace(100, 10 * SECOND, 30 * SECOND);
        CatchUpPace.Reader alone = pace.join(5_000);
        assertThat(alone.awaitTurn(() -> FAR_HEAD)).isLessThan(SECOND / 10);
        CatchUpPace.Reader close = pace.join(4_950);
        assertThat(alone.awaitTurn(() -> FAR_HEAD)).isLessThan(SECOND / 10);
        assertThat(close.awaitTurn(() -> FAR_HEAD)).isLessThan(SECOND / 10);
    }

    @Test
    void aReaderNearTheHeadNeverWaitsForOneBeingRebuilt() {
        CatchUpPace pace = new CatchUpPace(100, 10 * SECOND, 30 * SECOND);
        CatchUpPace.Reader live = pace.join(10_000);
        pace.join(0); // a read model reset, replaying from the start
        assertThat(live.awaitTurn(() -> 10_050)).isLessThan(SECOND / 10);
    }

    @Test
    void aStalledOrClosedReaderIsNotWaitedFor() {
        CatchUpPace pace = new CatchUpPace(100, 10 * SECOND, TimeUnit.MILLISECONDS.toNanos(50));
        CatchUpPace.Reader fast = pace.join(5_000);
        pace.join(0); // never moves again
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(80));
        assertThat(fast.awaitTurn(() -> FAR_HEAD)).isLessThan(SECOND / 10);
        assertThat(pace.readers()).isEqualTo(1);

        CatchUpPace.Reader closed = pace.join(0);
        closed.close();
        closed.movedTo(10); // a closed stream does not come back
        assertThat(fast.awaitTurn(() -> FAR_HEAD)).isLessThan(SECOND / 10);
        assertThat(pace.readers()).isEqualTo(1);
    }

    @Test
    void noWaitIsLongerThanThePatience() {
        CatchUpPace pace = new CatchUpPace(100, TimeUnit.MILLISECONDS.toNanos(200), 30 * SECOND);
        CatchUpPace.Reader fast = pace.join(5_000);
        pace.join(0); // moving, in principle, but slowly: it was just joined
        long waited = fast.awaitTurn(() -> FAR_HEAD);
        assertThat(waited)
                .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(200))
                .isLessThan(TimeUnit.MILLISECONDS.toNanos(900));
    }

    @Test
    void withoutAWindowNothingIsPaced() {
        CatchUpPace pace = new CatchUpPace(0, 10 * SECOND, 30 * SECOND);
        CatchUpPace.Reader fast = pace.join(5_000);
        pace.join(0);
        assertThat(pace.isEnabled()).isFalse();
        assertThat(fast.awaitTurn(() -> FAR_HEAD)).isZero();
        assertThat(pace.readers()).isZero();
    }
}

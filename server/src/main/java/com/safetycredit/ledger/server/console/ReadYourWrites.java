package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.query.award.AwardQueueProjection;
import com.safetycredit.ledger.query.history.HistoryProjection;
import com.safetycredit.ledger.query.profile.ProfileProjection;
import com.safetycredit.ledger.query.projection.ProjectionCheckpoints;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * After a write, the page the user lands on should already show it. The projections follow the ledger
 * within milliseconds, so the console waits — briefly, never forever — until each has applied the
 * position the write returned; if one is slow, the page says it may be behind instead of blocking.
 */
@ConsoleOnly
@Component
public class ReadYourWrites {

    private static final long PATIENCE_MILLIS = 5_000;

    private final ProjectionCheckpoints checkpoints;

    public ReadYourWrites(ProjectionCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    /** Whether the history and profile projections (and the award queue for award events) caught up. */
    public boolean await(long position, boolean award) {
        List<String> projections = award
                ? List.of(HistoryProjection.NAME, ProfileProjection.NAME, AwardQueueProjection.NAME)
                : List.of(HistoryProjection.NAME, ProfileProjection.NAME);
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        for (String projection : projections) {
            while (checkpoints.lastApplied(projection) < position) {
                if (System.currentTimeMillis() > deadline) {
                    return false;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }
}

package com.safetycredit.ledger.query.projection;

import java.util.function.ObjLongConsumer;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * A read model that follows the ledger: every event applied at most once, writes collected per processing
 * batch and written in bulk before the processor stores its token, each write idempotent. The three
 * together make a crash harmless — a batch repeated after one is skipped where the checkpoint says it was
 * applied, and repairs itself where it was not. (A read model may hold a batch back to write it with a later
 * one, {@link Batch#holdBack}: then it answers itself for the batch surviving a crash.)
 *
 * <p>A new read model extends this: its {@code @EventHandler}s say, through {@link #apply}, what an event
 * changes in the batch; its {@link Batch} writes a batch; its {@code @ResetHandler} clears its collections
 * and calls {@link #forgetCheckpoint()}. Its processing group is named in the constructor, and
 * {@link FlushAtBatchEnd} is registered for it by the query side's configuration.
 *
 * @param <B> what one processing batch collects
 */
public abstract class CheckpointedProjection<B extends CheckpointedProjection.Batch> {

    /** The writes one processing batch collected. */
    public interface Batch {

        /**
         * Writes what was collected, idempotently: a batch repeated after a crash (before the checkpoint moved)
         * must leave the same documents.
         */
        void write();

        /**
         * Whether the batch is held back — kept by the read model, to be written with a later one — instead of
         * written now; the checkpoint then stays where it was, so nothing that waits for it takes the batch as
         * applied, and the read model answers for the batch surviving a crash. Asked at a processing batch's end,
         * before {@link #write()}; {@code reached} is the last position the batch applied. Never, unless a read
         * model says otherwise.
         */
        default boolean holdBack(long reached) {
            return false;
        }
    }

    private final String name;
    private final ProjectionCheckpoints checkpoints;

    protected CheckpointedProjection(String name, ProjectionCheckpoints checkpoints) {
        this.name = name;
        this.checkpoints = checkpoints;
    }

    /** The processing group, and the key of the checkpoint. */
    public final String name() {
        return name;
    }

    /** An empty batch. */
    protected abstract B newBatch();

    /**
     * Applies the event at the token's position to the current batch, unless the read model already holds it.
     * Inside a processing batch the writes wait for its end; outside one (a direct call) they are written at once.
     */
    protected final void apply(TrackingToken token, ObjLongConsumer<B> change) {
        long position = token.position().orElseThrow();
        Pending pending = BatchedWrites.current(name, () -> new Pending(checkpoints.lastApplied(name)));
        pending.apply(position, change);
        if (!CurrentUnitOfWork.isStarted()) {
            pending.flush();
        }
    }

    /** For the reset handler, once the collections are cleared: the replay starts from the first position. */
    protected final void forgetCheckpoint() {
        checkpoints.reset(name);
    }

    /** The batch of one processing batch, and how far the read model got: the checkpoint moves after the writes. */
    private final class Pending implements BatchedWrites {

        private long checkpoint;
        private long reached;
        private long heldUpTo = -1;
        private B batch = newBatch();

        Pending(long checkpoint) {
            this.checkpoint = checkpoint;
            this.reached = checkpoint;
        }

        void apply(long position, ObjLongConsumer<B> change) {
            if (position <= reached) {
                return; // applied before a crash, or by another node, or a redelivery
            }
            change.accept(batch, position);
            reached = position;
        }

        @Override
        public void flush() {
            if (reached == heldUpTo) {
                return; // held back at this position, nothing applied since
            }
            if (reached > checkpoint && CurrentUnitOfWork.isStarted() && batch.holdBack(reached)) {
                heldUpTo = reached;
                batch = newBatch();
                return;
            }
            batch.write();
            batch = newBatch();
            if (reached > checkpoint) {
                checkpoints.applied(name, reached);
                checkpoint = reached;
            }
        }
    }
}

package com.safetycredit.ledger.query.projection;

import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A projection's writes for one processing batch, collected while its events are handled and written in a
 * few bulk operations once the batch's last event has been handled ({@link FlushAtBatchEnd}) — before the
 * processor stores its token, so a crash can repeat a batch but never skip one. One round trip per batch
 * instead of several per event is what makes a full replay fast.
 */
public interface BatchedWrites {

    String RESOURCE_PREFIX = "ledger.batched-writes.";

    /** Writes everything collected so far and forgets it; a second call writes nothing. */
    void flush();

    /**
     * The writes of the current batch for {@code projection}, created on first use. Outside a unit of work
     * (a direct call) there is no batch to wait for: the caller must flush itself.
     */
    static <W extends BatchedWrites> W current(String projection, Supplier<W> create) {
        if (!CurrentUnitOfWork.isStarted()) {
            return create.get();
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        W writes = unitOfWork.getOrComputeResource(RESOURCE_PREFIX + projection, key -> {
            W created = create.get();
            // a safety net only: normally FlushAtBatchEnd has flushed (and emptied) the writes already
            unitOfWork.onPrepareCommit(u -> created.flush());
            return created;
        });
        return writes;
    }
}

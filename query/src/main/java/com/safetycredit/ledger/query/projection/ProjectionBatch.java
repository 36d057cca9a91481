package com.safetycredit.ledger.query.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.WriteModel;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The writes one projection makes while its processor handles one batch of events, sent as one bulk write
 * per collection when the batch's last event has been handled, followed by the checkpoint. One round trip per
 * collection and batch instead of three or four per event: a replay of a million events is bound by the
 * projection's own work, not by waiting for the database (docs/benchmarks.md).
 *
 * <p>The bulk is sent from within the handler of the batch's last event, so before the processor stores its
 * token, and a failed write fails that event like a failed single write did before. When the batch's last
 * event is not one the projection handles, the bulk goes in the prepare-commit phase, right after the
 * token: a failure there is logged by the processor's error handler and the events are skipped, exactly as
 * a failed per-event write was (the replay endpoint repairs either). Outside a batch the writes go at once.
 * (A catch-all handler cannot take the last event instead: Axon ranks a handler for a class, even
 * {@code Object}, above one for an interface such as {@code EnterpriseFact}.)
 */
public final class ProjectionBatch {

    private final String projection;
    private final ProjectionCheckpoints checkpoints;
    private final long lastApplied;
    private final Map<MongoCollection<Document>, Map<Object, WriteModel<Document>>> writes = new LinkedHashMap<>();
    private long highest;
    private long anonymous;

    private ProjectionBatch(String projection, ProjectionCheckpoints checkpoints) {
        this.projection = projection;
        this.checkpoints = checkpoints;
        this.lastApplied = checkpoints.lastApplied(projection);
        this.highest = lastApplied;
    }

    /**
     * The batch of the unit of work being processed, created when its first event arrives.
     *
     * @param onRollback what else the projection must forget when the batch is rolled back
     */
    public static ProjectionBatch current(String projection, ProjectionCheckpoints checkpoints, Runnable onRollback) {
        if (!CurrentUnitOfWork.isStarted()) {
            return new ProjectionBatch(projection, checkpoints);
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        String key = ProjectionBatch.class.getName() + ":" + projection;
        ProjectionBatch existing = unitOfWork.getResource(key);
        if (existing != null) {
            return existing;
        }
        ProjectionBatch batch = new ProjectionBatch(projection, checkpoints);
        unitOfWork.resources().put(key, batch);
        // a fallback for a batch whose last event reached none of this projection's handlers
        unitOfWork.onPrepareCommit(u -> batch.flush());
        unitOfWork.onRollback(u -> {
            batch.writes.clear();
            onRollback.run();
        });
        return batch;
    }

    /** False for an event this projection already applied (a redelivery or a replay overlap). */
    public boolean applies(long position) {
        return position > lastApplied;
    }

    /** A write whose effect adds to earlier ones (all are sent, in order). */
    public void add(MongoCollection<Document> collection, WriteModel<Document> write) {
        writes.computeIfAbsent(collection, c -> new LinkedHashMap<>()).put("~" + anonymous++, write);
    }

    /** A write that supersedes any earlier write in this batch to the same document. */
    public void replace(MongoCollection<Document> collection, Object id, WriteModel<Document> write) {
        Map<Object, WriteModel<Document>> pending = writes.computeIfAbsent(collection, c -> new LinkedHashMap<>());
        pending.remove(id); // keep the order of the latest write
        pending.put(id, write);
    }

    public void applied(long position) {
        highest = Math.max(highest, position);
    }

    /** Called at the end of every handled event: sends the batch after its last event. */
    public void endOfEvent() {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> batch)
                || batch.isLastMessage()) {
            flush();
        }
    }

    private void flush() {
        for (Map.Entry<MongoCollection<Document>, Map<Object, WriteModel<Document>>> entry : writes.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                List<WriteModel<Document>> models = new ArrayList<>(entry.getValue().values());
                entry.getKey().bulkWrite(models, new BulkWriteOptions().ordered(true));
            }
        }
        writes.clear();
        if (highest > lastApplied) {
            checkpoints.applied(projection, highest);
        }
    }
}

package com.safetycredit.ledger.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.axonframework.eventsourcing.eventstore.EventStoreException;

/**
 * Group commit, leader and followers: every caller queues its commit; the caller at the front of the queue is the
 * leader and writes the first {@value #MAX_GROUP} commits queued — its own and those that arrived while the
 * previous group was written — as one group ({@link CommitGroupWriter}: one insert, one {@code afterCommit}). The
 * others wait until their commit has its outcome, or until they reach the front. No thread of its own: a caller
 * alone writes its commit itself, at once.
 *
 * <p>Only the front of the queue writes, and it leaves the queue only after its group is written, so there is never
 * more than one group under way in this engine (another engine's writers race through the unique indexes as
 * before). The lock guards only the queue, never a write: callers queue up while a group is being written.
 */
final class GroupCommitQueue {

    /** At most this many commits in one group: bounds the documents of one insert and a follower's wait. */
    static final int MAX_GROUP = 256;

    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<PendingCommit> queue = new ArrayDeque<>();
    private final CommitGroupWriter writer;

    GroupCommitQueue(CommitGroupWriter writer) {
        this.writer = writer;
    }

    /** Stores the events as one commit, alone or in a group; returns once it is stored and made durable. */
    CommitReceipt.Commit append(List<UnchainedEvent> events) {
        PendingCommit mine;
        List<PendingCommit> group;
        lock.lock();
        try {
            mine = new PendingCommit(events, lock.newCondition());
            queue.addLast(mine);
            while (!mine.isDone() && queue.peekFirst() != mine) {
                mine.turn().awaitUninterruptibly(); // a commit cannot be taken back once queued
            }
            if (mine.isDone()) {
                return mine.outcome();
            }
            group = firstQueued();
        } finally {
            lock.unlock();
        }
        lead(group);
        return mine.outcome();
    }

    /** Commits queued now, this engine's writers' included; for tests that shape groups. */
    int queued() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    private List<PendingCommit> firstQueued() {
        List<PendingCommit> group = new ArrayList<>(Math.min(queue.size(), MAX_GROUP));
        for (PendingCommit pending : queue) {
            if (group.size() == MAX_GROUP) {
                break;
            }
            group.add(pending);
        }
        return group;
    }

    /** Writes the group, then lets its callers go and hands the front to the next leader. */
    private void lead(List<PendingCommit> group) {
        Throwable escaped = null;
        try {
            writer.write(group);
        } catch (RuntimeException | Error e) {
            escaped = e;
            throw e;
        } finally {
            finish(group, escaped);
        }
    }

    private void finish(List<PendingCommit> group, Throwable escaped) {
        lock.lock();
        try {
            for (PendingCommit pending : group) {
                queue.removeFirst();
                if (!pending.isDone()) { // only when the writer itself broke off
                    pending.fail(new EventStoreException(
                            "The ledger's writer broke off while storing a group of commits; whether this commit of "
                                    + pending.events().size() + " event(s) was stored is not known",
                            escaped));
                }
                pending.turn().signal();
            }
            PendingCommit next = queue.peekFirst();
            if (next != null) {
                next.turn().signal();
            }
        } finally {
            lock.unlock();
        }
    }
}

package com.safetycredit.ledger.store;

import java.util.List;
import java.util.concurrent.locks.Condition;

/**
 * One caller's commit waiting in a {@link GroupCommitQueue}: its events, and — once its group has been written
 * and made durable — its receipt or its failure. The writer of the group sets the outcome; the caller reads it
 * after the queue's lock told it the group is done, so the outcome is seen as written.
 */
final class PendingCommit {

    private final List<UnchainedEvent> events;
    private final Condition turn;
    private volatile CommitReceipt.Commit stored;
    private volatile RuntimeException failure;

    PendingCommit(List<UnchainedEvent> events, Condition turn) {
        this.events = events;
        this.turn = turn;
    }

    List<UnchainedEvent> events() {
        return events;
    }

    /** The caller's wait for its turn to write, or for another caller to have written its commit. */
    Condition turn() {
        return turn;
    }

    boolean isDone() {
        return stored != null || failure != null;
    }

    /** Stored and made durable; called once, after the group's {@code afterCommit}. */
    void succeed(CommitReceipt.Commit commit) {
        if (!isDone()) {
            stored = commit;
        }
    }

    /** The first outcome stands: a commit refused or failed once is never reported otherwise. */
    void fail(RuntimeException cause) {
        if (!isDone()) {
            failure = cause;
        }
    }

    /** The receipt, or the failure thrown in the caller's thread. */
    CommitReceipt.Commit outcome() {
        if (failure != null) {
            throw failure;
        }
        return stored;
    }
}

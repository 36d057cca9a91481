package com.safetycredit.ledger.store;

import com.safetycredit.ledger.contracts.chain.LedgerHead;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * What one unit of work appended: the positions and head of each commit it stored. It travels as a resource
 * of the root unit of work — the appender finds it there when it stores the unit's events — and reaches the
 * sender inside the command's result ({@link CommitReceiptInterceptor}), whichever thread handled the command.
 *
 * <p>Events are appended when the unit of work commits, after the handler returned; the receipt is complete
 * once the command's result reaches its sender, which Axon delivers only after the commit.
 */
public final class CommitReceipt {

    /** The resource key under which the root unit of work carries its receipt. */
    public static final String RESOURCE = CommitReceipt.class.getName();

    /** One stored commit: its first and last position, and the head after it. */
    public record Commit(long firstPosition, LedgerHead head) {

        public Commit {
            if (firstPosition < 1 || firstPosition > head.position()) {
                throw new IllegalArgumentException("A commit spans positions " + firstPosition + " … " + head.position()
                        + ": not a range of the ledger");
            }
        }
    }

    private final List<Commit> commits = new CopyOnWriteArrayList<>();

    /** A receipt carried by the root of {@code unitOfWork}; the one already there if there is one. */
    public static CommitReceipt attachTo(UnitOfWork<?> unitOfWork) {
        return unitOfWork.root().getOrComputeResource(RESOURCE, key -> new CommitReceipt());
    }

    /**
     * Runs {@code work} in a unit of work of its own and returns what it appended: for events published
     * outside any command (the ledger's own digests).
     */
    public static CommitReceipt of(Runnable work) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        CommitReceipt receipt = attachTo(unitOfWork);
        unitOfWork.execute(work);
        return receipt;
    }

    /** Called by the appender after each stored commit; a unit of work without a receipt takes no note. */
    static void noteInCurrentUnitOfWork(Commit commit) {
        if (CurrentUnitOfWork.isStarted()) {
            CommitReceipt receipt = CurrentUnitOfWork.get().root().getResource(RESOURCE);
            if (receipt != null) {
                receipt.commits.add(commit);
            }
        }
    }

    /** The commits stored, in order; empty when the unit of work appended nothing. */
    public List<Commit> commits() {
        return List.copyOf(commits);
    }

    /** The head after the last commit, or empty when nothing was appended. */
    public Optional<LedgerHead> head() {
        return commits.isEmpty()
                ? Optional.empty()
                : Optional.of(commits.get(commits.size() - 1).head());
    }

    /** The position of the last event appended, or {@code null} when nothing was appended. */
    public Long lastPosition() {
        return head().map(LedgerHead::position).orElse(null);
    }
}

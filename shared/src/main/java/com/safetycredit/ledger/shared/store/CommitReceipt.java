package com.safetycredit.ledger.shared.store;

/**
 * The head after the last commit made on the current thread.
 *
 * <p>Axon's local command bus handles a command and commits its unit of work on the caller's thread, so a
 * REST endpoint can learn the global position of the events its command appended — the position clients
 * use as a cursor — without another read.
 */
public final class CommitReceipt {

    private static final ThreadLocal<LedgerHead> LAST = new ThreadLocal<>();

    private CommitReceipt() {
    }

    /** Forget any earlier commit of this (pooled) thread before sending a command. */
    public static void clear() {
        LAST.remove();
    }

    /** The head after this thread's last commit since {@link #clear()}, or {@code null} if nothing was appended. */
    public static LedgerHead take() {
        LedgerHead head = LAST.get();
        LAST.remove();
        return head;
    }

    static void record(LedgerHead head) {
        LAST.set(head);
    }
}

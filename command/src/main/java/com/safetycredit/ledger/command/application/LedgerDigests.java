package com.safetycredit.ledger.command.application;

import com.safetycredit.ledger.contracts.chain.LedgerHead;
import com.safetycredit.ledger.contracts.events.EventMetadata;
import com.safetycredit.ledger.contracts.events.ledger.LedgerDigestRecorded;
import com.safetycredit.ledger.store.CommitReceipt;
import com.safetycredit.ledger.store.LedgerReader;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Records the ledger's head as a digest event, daily ({@code ledger.digest.cron}) and on request. The digest
 * names the head before it; being an event itself, it is chained too, so anyone holding it can later prove
 * that nothing up to its position changed.
 */
@Component
public class LedgerDigests {

    /** The head that was digested and the position of the digest event itself. */
    public record Digest(long position, String hash, long recordedAt) {}

    private static final MetaData LEDGER =
            MetaData.with(EventMetadata.ACTOR, "ledger").and(EventMetadata.ROLE, "SYSTEM");

    private final LedgerReader store;
    private final EventGateway eventGateway;

    public LedgerDigests(LedgerReader store, EventGateway eventGateway) {
        this.store = store;
        this.eventGateway = eventGateway;
    }

    public Digest recordNow() {
        LedgerHead digested = store.head();
        CommitReceipt receipt = CommitReceipt.of(() -> record(digested, "on request"));
        return new Digest(
                digested.position(),
                digested.hash(),
                receipt.head().map(LedgerHead::position).orElse(-1L));
    }

    @Scheduled(cron = "${ledger.digest.cron:0 0 0 * * *}", zone = "Asia/Shanghai")
    public void daily() {
        LedgerHead head = store.head();
        if (head.position() > 0) {
            record(head, "daily");
        }
    }

    /** Appends the digest of a head the ledger reached. */
    private void record(LedgerHead digested, String occasion) {
        eventGateway.publish(GenericEventMessage.asEventMessage(
                        new LedgerDigestRecorded(digested.position(), digested.hash(), occasion))
                .andMetaData(LEDGER));
    }
}

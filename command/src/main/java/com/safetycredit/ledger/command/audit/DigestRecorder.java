package com.safetycredit.ledger.command.audit;

import com.safetycredit.ledger.contracts.events.EventMetadata;
import com.safetycredit.ledger.contracts.events.ledger.LedgerDigestRecorded;
import com.safetycredit.ledger.store.CommitReceipt;
import com.safetycredit.ledger.contracts.chain.LedgerHead;
import com.safetycredit.ledger.store.MongoLedgerStorageEngine;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * Records the ledger's head as a digest event, daily ({@code ledger.digest.cron}) and on request
 * ({@code POST /api/v1/ledger/digests}). The digest names the head before it; being an event itself, it is
 * chained too, so anyone holding it can later prove that nothing up to its position changed.
 */
@RestController
public class DigestRecorder {

    private final MongoLedgerStorageEngine store;
    private final EventGateway eventGateway;

    public DigestRecorder(MongoLedgerStorageEngine store, EventGateway eventGateway) {
        this.store = store;
        this.eventGateway = eventGateway;
    }

    @PostMapping("/api/v1/ledger/digests")
    public ResponseEntity<Map<String, Object>> recordNow() {
        LedgerHead digested = store.head();
        CommitReceipt receipt = CommitReceipt.of(() -> record(digested, "on request"));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("position", digested.position(),
                "hash", digested.hash(), "recordedAt", receipt.head().map(LedgerHead::position).orElse(-1L)));
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
                .andMetaData(MetaData.with(EventMetadata.ACTOR, "ledger").and(EventMetadata.ROLE, "SYSTEM")));
    }
}

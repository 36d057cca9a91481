package com.safetycredit.ledger.command.api;

import com.safetycredit.ledger.command.application.LedgerDigests;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/ledger/digests}: record the head as a digest event now. */
@RestController
public class LedgerDigestController {

    private final LedgerDigests digests;

    public LedgerDigestController(LedgerDigests digests) {
        this.digests = digests;
    }

    @PostMapping("/api/v1/ledger/digests")
    public ResponseEntity<Map<String, Object>> recordNow() {
        LedgerDigests.Digest digest = digests.recordNow();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of("position", digest.position(), "hash", digest.hash(), "recordedAt", digest.recordedAt()));
    }
}

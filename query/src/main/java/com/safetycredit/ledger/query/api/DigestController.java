package com.safetycredit.ledger.query.api;

import com.safetycredit.ledger.query.audit.DigestProjection;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/ledger/digests}: the digests the ledger recorded, newest first. */
@RestController
public class DigestController {

    private final DigestProjection digests;

    public DigestController(DigestProjection digests) {
        this.digests = digests;
    }

    @GetMapping("/api/v1/ledger/digests")
    public List<DigestProjection.Digest> list() {
        return digests.list();
    }
}

package com.safetycredit.ledger.query.api;

import com.safetycredit.ledger.contracts.chain.LedgerHead;
import com.safetycredit.ledger.query.audit.LedgerAudit;
import com.safetycredit.ledger.query.audit.LedgerAudit.Verification;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The auditors' online checks over HTTP ({@link LedgerAudit}): head, verification, export. */
@RestController
public class LedgerAuditController {

    private final LedgerAudit audit;

    public LedgerAuditController(LedgerAudit audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/ledger/head")
    public LedgerHead head() {
        return audit.head();
    }

    @GetMapping("/api/v1/ledger/verify")
    public Verification verify(
            @RequestParam(defaultValue = "1") long from,
            @RequestParam(required = false) Long to,
            @RequestParam(required = false) String previousHash) {
        return audit.verify(from, to, previousHash);
    }

    /** NDJSON, one stored event per line, exactly as stored: the offline verifier's input. */
    @GetMapping(value = "/api/v1/ledger/export", produces = "application/x-ndjson")
    public ResponseEntity<StreamingResponseBody> export(
            @RequestParam(defaultValue = "1") long from, @RequestParam(required = false) Long to) {
        long end = audit.range(from, to);
        StreamingResponseBody body = output -> audit.export(from, end, output);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(LedgerAudit.EXPORT_TYPE))
                .header("Content-Disposition", "attachment; filename=\"" + LedgerAudit.exportFileName(from, end) + "\"")
                .body(body);
    }
}

package com.safetycredit.ledger.query.api;

import com.safetycredit.ledger.query.audit.VerificationJobs;
import com.safetycredit.ledger.query.audit.VerificationJobs.Job;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Long verifications in the background: {@code POST /api/v1/ledger/verifications} starts one,
 * {@code GET /api/v1/ledger/verifications/{id}} tells how far it got and, at the end, the result.
 */
@RestController
public class VerificationController {

    private final VerificationJobs jobs;

    public VerificationController(VerificationJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping("/api/v1/ledger/verifications")
    public ResponseEntity<Job> start(
            @RequestParam(defaultValue = "1") long from,
            @RequestParam(required = false) Long to,
            @RequestParam(required = false) String previousHash) {
        Job job = jobs.start(from, to, previousHash);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/ledger/verifications/" + job.id()))
                .body(job);
    }

    @GetMapping("/api/v1/ledger/verifications/{id}")
    public Job job(@PathVariable String id) {
        return jobs.job(id);
    }
}

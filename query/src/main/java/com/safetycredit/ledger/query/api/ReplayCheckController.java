package com.safetycredit.ledger.query.api;

import com.safetycredit.ledger.query.audit.ReplayCheck;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/ledger/replay-check}: rebuild the read models aside and compare them with the live ones. */
@RestController
public class ReplayCheckController {

    private final ReplayCheck replayCheck;

    public ReplayCheckController(ReplayCheck replayCheck) {
        this.replayCheck = replayCheck;
    }

    @PostMapping("/api/v1/ledger/replay-check")
    public ReplayCheck.Report check() {
        return replayCheck.check();
    }
}

package com.safetycredit.ledger.command.api;

import com.safetycredit.ledger.command.application.Penalties;
import com.safetycredit.ledger.command.application.Penalties.Penalty;
import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.command.application.WriteResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/enterprises/{uscc}/penalties}: an administrative penalty. */
@RestController
public class PenaltyController {

    private final Penalties penalties;

    public PenaltyController(Penalties penalties) {
        this.penalties = penalties;
    }

    @PostMapping("/api/v1/enterprises/{uscc}/penalties")
    public ResponseEntity<WriteResponse> impose(
            @PathVariable String uscc, @Valid @RequestBody Penalty request, RequestMetadata caller) {
        return Answers.of(penalties.impose(caller, uscc, request));
    }
}

package com.safetycredit.ledger.command.api;

import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.command.application.SafetyInvestments;
import com.safetycredit.ledger.command.application.SafetyInvestments.SafetyInvestment;
import com.safetycredit.ledger.command.application.WriteResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/enterprises/{uscc}/safety-investments}. */
@RestController
public class SafetyInvestmentController {

    private final SafetyInvestments investments;

    public SafetyInvestmentController(SafetyInvestments investments) {
        this.investments = investments;
    }

    @PostMapping("/api/v1/enterprises/{uscc}/safety-investments")
    public ResponseEntity<WriteResponse> invest(
            @PathVariable String uscc, @Valid @RequestBody SafetyInvestment request, RequestMetadata caller) {
        return Answers.of(investments.record(caller, uscc, request));
    }
}

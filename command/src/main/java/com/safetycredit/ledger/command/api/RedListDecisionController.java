package com.safetycredit.ledger.command.api;

import com.safetycredit.ledger.command.application.RedListDecisions;
import com.safetycredit.ledger.command.application.RedListDecisions.Decision;
import com.safetycredit.ledger.command.application.RedListDecisions.Revocation;
import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.command.application.WriteResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Red-list decisions (认定) and their revocation: a reviewer's. */
@RestController
@RequestMapping("/api/v1/enterprises/{uscc}/red-list-decisions")
public class RedListDecisionController {

    private final RedListDecisions decisions;

    public RedListDecisionController(RedListDecisions decisions) {
        this.decisions = decisions;
    }

    @PostMapping
    public ResponseEntity<WriteResponse> decide(
            @PathVariable String uscc, @Valid @RequestBody Decision request, RequestMetadata caller) {
        return Answers.of(decisions.decide(caller, uscc, request));
    }

    @PostMapping("/{decisionId}/revocation")
    public ResponseEntity<WriteResponse> revoke(
            @PathVariable String uscc,
            @PathVariable String decisionId,
            @Valid @RequestBody Revocation request,
            RequestMetadata caller) {
        return Answers.of(decisions.revoke(caller, uscc, decisionId, request));
    }
}

package com.safetycredit.ledger.command.api;

import com.safetycredit.ledger.command.application.ListingProcedures;
import com.safetycredit.ledger.command.application.ListingProcedures.Reinstatement;
import com.safetycredit.ledger.command.application.ListingProcedures.RepairApplication;
import com.safetycredit.ledger.command.application.ListingProcedures.RepairDecision;
import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.command.application.WriteResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Credit repair (信用修复): the application, its decision, and reinstatement when repair was obtained by fraud. */
@RestController
public class CreditRepairController {

    private final ListingProcedures procedures;

    public CreditRepairController(ListingProcedures procedures) {
        this.procedures = procedures;
    }

    @PostMapping("/api/v1/enterprises/{uscc}/listings/{listingId}/repair-applications")
    public ResponseEntity<WriteResponse> apply(
            @PathVariable String uscc,
            @PathVariable String listingId,
            @Valid @RequestBody RepairApplication request,
            RequestMetadata caller) {
        return Answers.of(procedures.applyForRepair(caller, uscc, listingId, request));
    }

    @PostMapping("/api/v1/repair-applications/{repairId}/decision")
    public ResponseEntity<WriteResponse> decide(
            @PathVariable String repairId, @Valid @RequestBody RepairDecision request, RequestMetadata caller) {
        return Answers.of(procedures.decideRepair(caller, repairId, request));
    }

    @PostMapping("/api/v1/enterprises/{uscc}/listings/{listingId}/reinstatement")
    public ResponseEntity<WriteResponse> reinstate(
            @PathVariable String uscc,
            @PathVariable String listingId,
            @Valid @RequestBody Reinstatement request,
            RequestMetadata caller) {
        return Answers.of(procedures.reinstate(caller, uscc, listingId, request));
    }
}

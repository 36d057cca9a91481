package com.safetycredit.ledger.command.api;

import com.safetycredit.ledger.command.application.Commitments;
import com.safetycredit.ledger.command.application.Commitments.Commitment;
import com.safetycredit.ledger.command.application.Hazards;
import com.safetycredit.ledger.command.application.Hazards.Hazard;
import com.safetycredit.ledger.command.application.Hazards.Rectification;
import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.command.application.SuspensionOrders;
import com.safetycredit.ledger.command.application.SuspensionOrders.Order;
import com.safetycredit.ledger.command.application.SuspensionOrders.Resumption;
import com.safetycredit.ledger.command.application.WriteResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Facts of graded supervision a registrar records: credit commitments, hidden dangers, suspension orders. */
@RestController
@RequestMapping("/api/v1/enterprises/{uscc}")
public class SupervisionFactController {

    private final Commitments commitments;
    private final Hazards hazards;
    private final SuspensionOrders suspensions;

    public SupervisionFactController(Commitments commitments, Hazards hazards, SuspensionOrders suspensions) {
        this.commitments = commitments;
        this.hazards = hazards;
        this.suspensions = suspensions;
    }

    @PostMapping("/commitments")
    public ResponseEntity<WriteResponse> commit(
            @PathVariable String uscc, @Valid @RequestBody Commitment request, RequestMetadata caller) {
        return Answers.of(commitments.make(caller, uscc, request));
    }

    @PostMapping("/hazards")
    public ResponseEntity<WriteResponse> hazard(
            @PathVariable String uscc, @Valid @RequestBody Hazard request, RequestMetadata caller) {
        return Answers.of(hazards.record(caller, uscc, request));
    }

    @PostMapping("/hazards/{hazardId}/rectification")
    public ResponseEntity<WriteResponse> rectification(
            @PathVariable String uscc,
            @PathVariable String hazardId,
            @Valid @RequestBody Rectification request,
            RequestMetadata caller) {
        return Answers.of(hazards.rectify(caller, uscc, hazardId, request));
    }

    @PostMapping("/suspension-orders")
    public ResponseEntity<WriteResponse> suspension(
            @PathVariable String uscc, @Valid @RequestBody Order request, RequestMetadata caller) {
        return Answers.of(suspensions.order(caller, uscc, request));
    }

    @PostMapping("/suspension-orders/{orderId}/resumption")
    public ResponseEntity<WriteResponse> resumption(
            @PathVariable String uscc,
            @PathVariable String orderId,
            @Valid @RequestBody Resumption request,
            RequestMetadata caller) {
        return Answers.of(suspensions.resume(caller, uscc, orderId, request));
    }
}

package com.safetycredit.ledger.command.api;

import com.safetycredit.ledger.command.application.Accidents;
import com.safetycredit.ledger.command.application.Accidents.AccidentConclusion;
import com.safetycredit.ledger.command.application.Accidents.AccidentReport;
import com.safetycredit.ledger.command.application.Accidents.AccidentReportingViolation;
import com.safetycredit.ledger.command.application.Accidents.AccidentRetraction;
import com.safetycredit.ledger.command.application.Accidents.AccidentRevision;
import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.command.application.WriteResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Accidents: report, revisions, investigation conclusion, reporting violations, retraction. */
@RestController
@RequestMapping("/api/v1/enterprises/{uscc}/accidents")
public class AccidentController {

    private final Accidents accidents;

    public AccidentController(Accidents accidents) {
        this.accidents = accidents;
    }

    @PostMapping
    public ResponseEntity<WriteResponse> report(
            @PathVariable String uscc, @Valid @RequestBody AccidentReport request, RequestMetadata caller) {
        return Answers.of(accidents.report(caller, uscc, request));
    }

    @PostMapping("/{accidentId}/revisions")
    public ResponseEntity<WriteResponse> revise(
            @PathVariable String uscc,
            @PathVariable String accidentId,
            @Valid @RequestBody AccidentRevision request,
            RequestMetadata caller) {
        return Answers.of(accidents.revise(caller, uscc, accidentId, request));
    }

    @PostMapping("/{accidentId}/conclusion")
    public ResponseEntity<WriteResponse> conclude(
            @PathVariable String uscc,
            @PathVariable String accidentId,
            @Valid @RequestBody AccidentConclusion request,
            RequestMetadata caller) {
        return Answers.of(accidents.conclude(caller, uscc, accidentId, request));
    }

    @PostMapping("/{accidentId}/reporting-violations")
    public ResponseEntity<WriteResponse> reportingViolation(
            @PathVariable String uscc,
            @PathVariable String accidentId,
            @Valid @RequestBody AccidentReportingViolation request,
            RequestMetadata caller) {
        return Answers.of(accidents.findReportingViolation(caller, uscc, accidentId, request));
    }

    @PostMapping("/{accidentId}/retraction")
    public ResponseEntity<WriteResponse> retract(
            @PathVariable String uscc,
            @PathVariable String accidentId,
            @Valid @RequestBody AccidentRetraction request,
            RequestMetadata caller) {
        return Answers.of(accidents.retract(caller, uscc, accidentId, request));
    }
}

package com.safetycredit.ledger.command.facts;

import com.safetycredit.ledger.command.web.Checks;
import com.safetycredit.ledger.command.web.CommandSender;
import com.safetycredit.ledger.command.web.WriteResponse;
import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.contracts.commands.ConcludeAccident;
import com.safetycredit.ledger.contracts.commands.RecordAccidentReportingViolation;
import com.safetycredit.ledger.contracts.commands.ReportAccident;
import com.safetycredit.ledger.contracts.commands.RetractAccident;
import com.safetycredit.ledger.contracts.commands.ReviseAccidentCasualties;
import com.safetycredit.ledger.rules.domain.AccidentCategory;
import com.safetycredit.ledger.rules.domain.ReportingViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

import static com.safetycredit.ledger.command.facts.Ids.newId;

/**
 * Accidents: report (with the computed grade), revisions, investigation conclusion, reporting violations,
 * retraction.
 */
@RestController
@RequestMapping("/api/v1/enterprises/{uscc}/accidents")
public class AccidentController {

    private final CommandSender sender;
    private final Clock clock;

    public AccidentController(CommandSender sender, Clock clock) {
        this.sender = sender;
        this.clock = clock;
    }

    @PostMapping
    public ResponseEntity<WriteResponse> report(@PathVariable String uscc,
                                                @Valid @RequestBody FactRequests.AccidentReport request,
                                                @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                HttpServletRequest http) {
        AccidentCategory category = AccidentCategory.require("category", request.category());
        Checks.notInFuture("occurredAt", request.occurredAt(), clock);
        String id = newId("acc");
        return sender.send(http, key, request, new ReportAccident(uscc, id, request.occurredAt(), category.code(),
                        request.deaths(), request.seriousInjuries(), request.personsEndangered(),
                        request.directLossYuan(), request.duringLevelOneResponse(), request.reportNo(),
                        request.summary()), HttpStatus.CREATED,
                grade -> WriteResponse.withGrade(id, grade));
    }

    @PostMapping("/{accidentId}/revisions")
    public ResponseEntity<WriteResponse> revise(@PathVariable String uscc, @PathVariable String accidentId,
                                                @Valid @RequestBody FactRequests.AccidentRevision request,
                                                @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                HttpServletRequest http) {
        Checks.notInFuture("revisedOn", request.revisedOn(), clock);
        return sender.send(http, key, request, new ReviseAccidentCasualties(uscc, accidentId, request.deaths(),
                        request.seriousInjuries(), request.personsEndangered(), request.directLossYuan(),
                        request.revisedOn(), request.reason()), HttpStatus.CREATED,
                grade -> WriteResponse.withGrade(accidentId, grade));
    }

    @PostMapping("/{accidentId}/conclusion")
    public ResponseEntity<WriteResponse> conclude(@PathVariable String uscc, @PathVariable String accidentId,
                                                  @Valid @RequestBody FactRequests.AccidentConclusion request,
                                                  @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                  HttpServletRequest http) {
        Checks.notInFuture("concludedOn", request.concludedOn(), clock);
        return sender.act(http, key, request, new ConcludeAccident(uscc, accidentId, request.liable(),
                request.concludedOn(), request.replyNo()), accidentId);
    }

    /** 瞒报、谎报、迟报、漏报 found by a decision: revokes standardization (RULES.md §5), may ground listing basis 4. */
    @PostMapping("/{accidentId}/reporting-violations")
    public ResponseEntity<WriteResponse> reportingViolation(
            @PathVariable String uscc, @PathVariable String accidentId,
            @Valid @RequestBody FactRequests.AccidentReportingViolation request,
            @RequestHeader(name = "Idempotency-Key", required = false) String key, HttpServletRequest http) {
        ReportingViolation kind = Checks.oneOf("kind", request.kind(), ReportingViolation.class);
        Checks.notInFuture("decidedOn", request.decidedOn(), clock);
        return sender.create(http, key, request, new RecordAccidentReportingViolation(uscc, accidentId, kind.name(),
                request.decidedOn(), request.decisionNo(), request.summary()), accidentId);
    }

    @PostMapping("/{accidentId}/retraction")
    public ResponseEntity<WriteResponse> retract(@PathVariable String uscc, @PathVariable String accidentId,
                                                 @Valid @RequestBody FactRequests.AccidentRetraction request,
                                                 @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                 HttpServletRequest http) {
        return sender.act(http, key, request, new RetractAccident(uscc, accidentId, request.reason(),
                LedgerTime.today(clock)), accidentId);
    }
}

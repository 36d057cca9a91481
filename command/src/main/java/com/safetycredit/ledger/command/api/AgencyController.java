package com.safetycredit.ledger.command.api;

import com.safetycredit.ledger.command.application.Agencies;
import com.safetycredit.ledger.command.application.Agencies.AgencyListing;
import com.safetycredit.ledger.command.application.Agencies.AgencyPenalty;
import com.safetycredit.ledger.command.application.Agencies.AgencyRegistration;
import com.safetycredit.ledger.command.application.Agencies.AgencyService;
import com.safetycredit.ledger.command.application.Agencies.Interview;
import com.safetycredit.ledger.command.application.Agencies.QualityCheck;
import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.command.application.WriteResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Intermediary service agencies: registration, services, spot checks, interviews and notices, penalties, listings. */
@RestController
@RequestMapping("/api/v1/agencies")
public class AgencyController {

    private final Agencies agencies;

    public AgencyController(Agencies agencies) {
        this.agencies = agencies;
    }

    @PostMapping
    public ResponseEntity<WriteResponse> register(
            @Valid @RequestBody AgencyRegistration request, RequestMetadata caller) {
        return Answers.of(agencies.register(caller, request));
    }

    @PostMapping("/{uscc}/services")
    public ResponseEntity<WriteResponse> service(
            @PathVariable String uscc, @Valid @RequestBody AgencyService request, RequestMetadata caller) {
        return Answers.of(agencies.recordService(caller, uscc, request));
    }

    @PostMapping("/{uscc}/quality-checks")
    public ResponseEntity<WriteResponse> qualityCheck(
            @PathVariable String uscc, @Valid @RequestBody QualityCheck request, RequestMetadata caller) {
        return Answers.of(agencies.recordQualityCheck(caller, uscc, request));
    }

    @PostMapping("/{uscc}/interviews")
    public ResponseEntity<WriteResponse> interview(
            @PathVariable String uscc, @Valid @RequestBody Interview request, RequestMetadata caller) {
        return Answers.of(agencies.recordInterview(caller, uscc, request));
    }

    @PostMapping("/{uscc}/penalties")
    public ResponseEntity<WriteResponse> penalty(
            @PathVariable String uscc, @Valid @RequestBody AgencyPenalty request, RequestMetadata caller) {
        return Answers.of(agencies.impose(caller, uscc, request));
    }

    @PostMapping("/{uscc}/listings")
    public ResponseEntity<WriteResponse> listing(
            @PathVariable String uscc, @Valid @RequestBody AgencyListing request, RequestMetadata caller) {
        return Answers.of(agencies.blacklist(caller, uscc, request));
    }
}

package com.safetycredit.ledger.command.api;

import com.safetycredit.ledger.command.application.Practitioners;
import com.safetycredit.ledger.command.application.Practitioners.Employment;
import com.safetycredit.ledger.command.application.Practitioners.EmploymentEnd;
import com.safetycredit.ledger.command.application.Practitioners.Erasure;
import com.safetycredit.ledger.command.application.Practitioners.PractitionerRegistration;
import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.command.application.WriteResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Practitioners: registration, employment, and the erasure of their personal data (ADMIN). */
@RestController
@RequestMapping("/api/v1/practitioners")
public class PractitionerController {

    private final Practitioners practitioners;

    public PractitionerController(Practitioners practitioners) {
        this.practitioners = practitioners;
    }

    @PostMapping
    public ResponseEntity<WriteResponse> register(
            @Valid @RequestBody PractitionerRegistration request, RequestMetadata caller) {
        return Answers.of(practitioners.register(caller, request));
    }

    @PostMapping("/{registrationNo}/employments")
    public ResponseEntity<WriteResponse> employ(
            @PathVariable String registrationNo, @Valid @RequestBody Employment request, RequestMetadata caller) {
        return Answers.of(practitioners.startEmployment(caller, registrationNo, request));
    }

    @PostMapping("/{registrationNo}/employments/{employmentId}/end")
    public ResponseEntity<WriteResponse> endEmployment(
            @PathVariable String registrationNo,
            @PathVariable String employmentId,
            @Valid @RequestBody EmploymentEnd request,
            RequestMetadata caller) {
        return Answers.of(practitioners.endEmployment(caller, registrationNo, employmentId, request));
    }

    @PostMapping("/{registrationNo}/erasure")
    public ResponseEntity<WriteResponse> erase(
            @PathVariable String registrationNo, @Valid @RequestBody Erasure request, RequestMetadata caller) {
        return Answers.of(practitioners.erase(caller, registrationNo, request));
    }
}

package com.safetycredit.ledger.command.api;

import com.safetycredit.ledger.command.application.Certifications;
import com.safetycredit.ledger.command.application.Certifications.Certification;
import com.safetycredit.ledger.command.application.Certifications.CertificationRevocation;
import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.command.application.WriteResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Certifications of an enterprise: granted and revoked. */
@RestController
@RequestMapping("/api/v1/enterprises/{uscc}/certifications")
public class CertificationController {

    private final Certifications certifications;

    public CertificationController(Certifications certifications) {
        this.certifications = certifications;
    }

    @PostMapping
    public ResponseEntity<WriteResponse> grant(
            @PathVariable String uscc, @Valid @RequestBody Certification request, RequestMetadata caller) {
        return Answers.of(certifications.grant(caller, uscc, request));
    }

    @PostMapping("/{certificationId}/revocation")
    public ResponseEntity<WriteResponse> revoke(
            @PathVariable String uscc,
            @PathVariable String certificationId,
            @Valid @RequestBody CertificationRevocation request,
            RequestMetadata caller) {
        return Answers.of(certifications.revoke(caller, uscc, certificationId, request));
    }
}

package com.safetycredit.ledger.command.api;

import com.safetycredit.ledger.command.application.EnterpriseRegistrations;
import com.safetycredit.ledger.command.application.EnterpriseRegistrations.RegisterEnterpriseRequest;
import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.command.application.WriteResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/enterprises}: bring an enterprise under credit supervision. */
@RestController
@RequestMapping("/api/v1/enterprises")
public class EnterpriseController {

    private final EnterpriseRegistrations registrations;

    public EnterpriseController(EnterpriseRegistrations registrations) {
        this.registrations = registrations;
    }

    @PostMapping
    public ResponseEntity<WriteResponse> register(
            @Valid @RequestBody RegisterEnterpriseRequest request, RequestMetadata caller) {
        return Answers.of(registrations.register(caller, request));
    }
}

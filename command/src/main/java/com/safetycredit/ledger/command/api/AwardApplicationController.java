package com.safetycredit.ledger.command.api;

import com.safetycredit.ledger.command.application.AwardApplications;
import com.safetycredit.ledger.command.application.AwardApplications.Application;
import com.safetycredit.ledger.command.application.AwardApplications.Review;
import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.command.application.WriteResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Award applications and the departments' reviews of them. */
@RestController
@RequestMapping("/api/v1/award-applications")
public class AwardApplicationController {

    private final AwardApplications applications;

    public AwardApplicationController(AwardApplications applications) {
        this.applications = applications;
    }

    @PostMapping
    public ResponseEntity<WriteResponse> apply(@Valid @RequestBody Application request, RequestMetadata caller) {
        return Answers.of(applications.apply(caller, request));
    }

    @PostMapping("/{applicationId}/reviews")
    public ResponseEntity<WriteResponse> review(
            @PathVariable String applicationId, @Valid @RequestBody Review request, RequestMetadata caller) {
        return Answers.of(applications.review(caller, applicationId, request));
    }
}

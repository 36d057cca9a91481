package com.safetycredit.ledger.command.api;

import com.safetycredit.ledger.command.application.ProfileChanges;
import com.safetycredit.ledger.command.application.ProfileChanges.ProfileChange;
import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.command.application.WriteResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/enterprises/{uscc}/profile-changes}. */
@RestController
public class ProfileChangeController {

    private final ProfileChanges profileChanges;

    public ProfileChangeController(ProfileChanges profileChanges) {
        this.profileChanges = profileChanges;
    }

    @PostMapping("/api/v1/enterprises/{uscc}/profile-changes")
    public ResponseEntity<WriteResponse> changeProfile(
            @PathVariable String uscc, @Valid @RequestBody ProfileChange request, RequestMetadata caller) {
        return Answers.of(profileChanges.change(caller, uscc, request));
    }
}

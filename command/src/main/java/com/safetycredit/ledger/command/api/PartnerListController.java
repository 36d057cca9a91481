package com.safetycredit.ledger.command.api;

import com.safetycredit.ledger.command.application.PartnerLists;
import com.safetycredit.ledger.command.application.PartnerLists.Entry;
import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.command.application.WriteResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/partner-lists/{department}/entries}: another department's severe-list entry (role PARTNER). */
@RestController
public class PartnerListController {

    private final PartnerLists lists;

    public PartnerListController(PartnerLists lists) {
        this.lists = lists;
    }

    @PostMapping("/api/v1/partner-lists/{department}/entries")
    public ResponseEntity<WriteResponse> entry(
            @PathVariable String department, @Valid @RequestBody Entry request, RequestMetadata caller) {
        return Answers.of(lists.record(caller, department, request));
    }
}

package com.safetycredit.ledger.command.api;

import com.safetycredit.ledger.command.application.ListingProcedures;
import com.safetycredit.ledger.command.application.ListingProcedures.Notice;
import com.safetycredit.ledger.command.application.ListingProcedures.NoticeWithdrawal;
import com.safetycredit.ledger.command.application.ListingProcedures.Statement;
import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.command.application.WriteResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Listing notices (告知): the notice, the enterprise's statements, withdrawal. */
@RestController
@RequestMapping("/api/v1/enterprises/{uscc}/listing-notices")
public class ListingNoticeController {

    private final ListingProcedures procedures;

    public ListingNoticeController(ListingProcedures procedures) {
        this.procedures = procedures;
    }

    @PostMapping
    public ResponseEntity<WriteResponse> notice(
            @PathVariable String uscc, @Valid @RequestBody Notice request, RequestMetadata caller) {
        return Answers.of(procedures.notice(caller, uscc, request));
    }

    @PostMapping("/{noticeId}/statements")
    public ResponseEntity<WriteResponse> statement(
            @PathVariable String uscc,
            @PathVariable String noticeId,
            @Valid @RequestBody Statement request,
            RequestMetadata caller) {
        return Answers.of(procedures.statement(caller, uscc, noticeId, request));
    }

    @PostMapping("/{noticeId}/withdrawal")
    public ResponseEntity<WriteResponse> withdraw(
            @PathVariable String uscc,
            @PathVariable String noticeId,
            @Valid @RequestBody NoticeWithdrawal request,
            RequestMetadata caller) {
        return Answers.of(procedures.withdraw(caller, uscc, noticeId, request));
    }
}

package com.safetycredit.ledger.command.api;

import com.safetycredit.ledger.command.application.WriteResponse;
import com.safetycredit.ledger.command.application.Written;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A write's outcome as HTTP: 201 when it recorded something new, 200 when it acted on what exists. */
final class Answers {

    private Answers() {}

    static ResponseEntity<WriteResponse> of(Written written) {
        return ResponseEntity.status(written.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(written.response());
    }
}

package com.safetycredit.ledger.command.api;

import com.safetycredit.ledger.command.application.Objections;
import com.safetycredit.ledger.command.application.Objections.Decision;
import com.safetycredit.ledger.command.application.Objections.Extension;
import com.safetycredit.ledger.command.application.Objections.Objection;
import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.command.application.WriteResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Objections (异议): filing, the one extension, the decision. The queue is read on the query side. */
@RestController
@RequestMapping("/api/v1/objections")
public class ObjectionController {

    private final Objections objections;

    public ObjectionController(Objections objections) {
        this.objections = objections;
    }

    @PostMapping
    public ResponseEntity<WriteResponse> file(@Valid @RequestBody Objection request, RequestMetadata caller) {
        return Answers.of(objections.file(caller, request));
    }

    @PostMapping("/{objectionId}/extension")
    public ResponseEntity<WriteResponse> extend(
            @PathVariable String objectionId, @Valid @RequestBody Extension request, RequestMetadata caller) {
        return Answers.of(objections.extend(caller, objectionId, request));
    }

    @PostMapping("/{objectionId}/decision")
    public ResponseEntity<WriteResponse> decide(
            @PathVariable String objectionId, @Valid @RequestBody Decision request, RequestMetadata caller) {
        return Answers.of(objections.decide(caller, objectionId, request));
    }
}

package com.safetycredit.ledger.command.enterprise;

import com.safetycredit.ledger.command.web.CommandMetadata;
import com.safetycredit.ledger.command.web.WriteResponse;
import com.safetycredit.ledger.shared.LedgerTime;
import com.safetycredit.ledger.shared.commands.RegisterEnterprise;
import com.safetycredit.ledger.shared.domain.Uscc;
import com.safetycredit.ledger.shared.store.CommitReceipt;
import com.safetycredit.ledger.shared.store.LedgerHead;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;

/** {@code POST /api/v1/enterprises}: bring an enterprise under credit supervision. */
@RestController
@RequestMapping("/api/v1/enterprises")
public class EnterpriseRegistrationController {

    private final CommandGateway commandGateway;
    private final Clock clock;

    public EnterpriseRegistrationController(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @PostMapping
    public ResponseEntity<WriteResponse> register(@Valid @RequestBody RegisterEnterpriseRequest request,
                                                  @RequestHeader(name = "Idempotency-Key", required = false)
                                                  String idempotencyKey,
                                                  HttpServletRequest http) {
        String overrideReason = request.checksumOverride() == null ? null : request.checksumOverride().reason();
        Uscc uscc = overrideReason == null ? Uscc.parse(request.uscc()) : Uscc.parseWithOverride(request.uscc());
        RegisterEnterprise command = new RegisterEnterprise(uscc.value(), request.name().strip(),
                request.industry(), request.regionCode(), request.address(),
                uscc.checksumValid() ? null : overrideReason,
                request.registeredOn() == null ? LedgerTime.today(clock) : request.registeredOn());
        CommitReceipt.clear();
        commandGateway.sendAndWait(command, CommandMetadata.from(http, idempotencyKey));
        LedgerHead head = CommitReceipt.take();
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/enterprises/" + uscc.value()))
                .body(new WriteResponse(uscc.value(), head == null ? null : head.position()));
    }
}

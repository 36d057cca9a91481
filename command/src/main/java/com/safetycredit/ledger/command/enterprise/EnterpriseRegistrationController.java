package com.safetycredit.ledger.command.enterprise;

import com.safetycredit.ledger.command.web.Checks;
import com.safetycredit.ledger.command.web.CommandSender;
import com.safetycredit.ledger.command.web.WriteResponse;
import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.contracts.commands.RegisterEnterprise;
import com.safetycredit.ledger.rules.domain.Industries;
import com.safetycredit.ledger.rules.domain.Regions;
import com.safetycredit.ledger.contracts.values.Uscc;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/** {@code POST /api/v1/enterprises}: bring an enterprise under credit supervision. */
@RestController
@RequestMapping("/api/v1/enterprises")
public class EnterpriseRegistrationController {

    private final CommandSender sender;
    private final Clock clock;

    public EnterpriseRegistrationController(CommandSender sender, Clock clock) {
        this.sender = sender;
        this.clock = clock;
    }

    @PostMapping
    public ResponseEntity<WriteResponse> register(@Valid @RequestBody RegisterEnterpriseRequest request,
                                                  @RequestHeader(name = "Idempotency-Key", required = false)
                                                  String idempotencyKey,
                                                  HttpServletRequest http) {
        String overrideReason = request.checksumOverride() == null ? null : request.checksumOverride().reason();
        Uscc uscc = overrideReason == null ? Uscc.parse(request.uscc()) : Uscc.parseWithOverride(request.uscc());
        Checks.notInFuture("registeredOn", request.registeredOn(), clock);
        Industries.require("industry", request.industry());
        Regions.require("regionCode", request.regionCode());
        RegisterEnterprise command = new RegisterEnterprise(uscc.value(), request.name().strip(),
                request.industry(), request.regionCode(), request.address(),
                uscc.checksumValid() ? null : overrideReason,
                request.registeredOn() == null ? LedgerTime.today(clock) : request.registeredOn());
        return sender.create(http, idempotencyKey, request, command, uscc.value());
    }
}

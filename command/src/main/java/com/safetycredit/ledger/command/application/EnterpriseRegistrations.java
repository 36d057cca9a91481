package com.safetycredit.ledger.command.application;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.contracts.commands.RegisterEnterprise;
import com.safetycredit.ledger.contracts.validation.CleanText;
import com.safetycredit.ledger.contracts.values.Uscc;
import com.safetycredit.ledger.rules.domain.Industries;
import com.safetycredit.ledger.rules.domain.Regions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Brings an enterprise under credit supervision. */
@Component
public class EnterpriseRegistrations {

    /** An enterprise to register; {@code registeredOn} defaults to today (China time). */
    public record RegisterEnterpriseRequest(
            @CleanText @NotBlank @Size(max = 18) String uscc,
            @CleanText @NotBlank @Size(max = 200) String name,
            @CleanText @NotBlank @Size(max = 64) String industry,
            @CleanText @NotBlank @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 region code")
                    String regionCode,
            @CleanText @Size(max = 500) String address,
            @Valid ChecksumOverride checksumOverride,
            LocalDate registeredOn)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.check(uscc, () -> {
                        if (checksumOverride == null) {
                            Uscc.parse(uscc);
                        } else {
                            Uscc.parseWithOverride(uscc);
                        }
                    })
                    .notInFuture("registeredOn", registeredOn)
                    .check(industry, () -> Industries.require("industry", industry))
                    .check(regionCode, () -> Regions.require("regionCode", regionCode));
        }
    }

    /** Accept a code that fails the check character (legal early pilot codes), with the reason recorded. */
    public record ChecksumOverride(@CleanText @NotBlank @Size(max = 500) String reason) {}

    private final LedgerWrites writes;
    private final Clock clock;

    public EnterpriseRegistrations(LedgerWrites writes, Clock clock) {
        this.writes = writes;
        this.clock = clock;
    }

    public Written register(RequestMetadata caller, RegisterEnterpriseRequest request) {
        String overrideReason = request.checksumOverride() == null
                ? null
                : request.checksumOverride().reason();
        FieldChecks.require(request, clock);
        Uscc uscc = overrideReason == null ? Uscc.parse(request.uscc()) : Uscc.parseWithOverride(request.uscc());
        RegisterEnterprise command = new RegisterEnterprise(
                uscc.value(),
                request.name().strip(),
                request.industry(),
                request.regionCode(),
                request.address(),
                uscc.checksumValid() ? null : overrideReason,
                request.registeredOn() == null ? LedgerTime.today(clock) : request.registeredOn());
        return writes.create(caller, request, command, uscc.value());
    }
}

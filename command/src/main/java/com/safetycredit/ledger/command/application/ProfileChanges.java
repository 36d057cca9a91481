package com.safetycredit.ledger.command.application;

import com.safetycredit.ledger.contracts.commands.ChangeEnterpriseProfile;
import com.safetycredit.ledger.contracts.validation.CleanText;
import com.safetycredit.ledger.rules.domain.Industries;
import com.safetycredit.ledger.rules.domain.Regions;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** A change of an enterprise's name, industry, region or address from a day on; fields left out stay. */
@Component
public class ProfileChanges {

    public record ProfileChange(
            @CleanText @Size(max = 200) String name,
            @CleanText @Size(max = 64) String industry,
            @CleanText @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 region code")
                    String regionCode,
            @CleanText @Size(max = 500) String address,
            @NotNull LocalDate effectiveOn)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("effectiveOn", effectiveOn)
                    .check(industry, () -> Industries.require("industry", industry))
                    .check(regionCode, () -> Regions.require("regionCode", regionCode));
        }
    }

    private final LedgerWrites writes;
    private final Clock clock;

    public ProfileChanges(LedgerWrites writes, Clock clock) {
        this.writes = writes;
        this.clock = clock;
    }

    public Written change(RequestMetadata caller, String uscc, ProfileChange request) {
        FieldChecks.require(request, clock);
        return writes.create(
                caller,
                request,
                new ChangeEnterpriseProfile(
                        uscc,
                        request.name(),
                        request.industry(),
                        request.regionCode(),
                        request.address(),
                        request.effectiveOn()),
                uscc);
    }
}

package com.safetycredit.ledger.command.application;

import static com.safetycredit.ledger.command.application.Ids.newId;

import com.safetycredit.ledger.contracts.commands.ImposePenalty;
import com.safetycredit.ledger.contracts.validation.CleanText;
import com.safetycredit.ledger.rules.domain.PermitViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Administrative penalties; {@code permitViolation} when one punishes operating without the safety permit. */
@Component
public class Penalties {

    public record Penalty(
            @CleanText @NotBlank @Size(max = 100) String decisionNo,
            @NotNull LocalDate decidedOn,
            @CleanText(multiline = true) @NotBlank @Size(max = 1000) String violation,
            @NotNull @PositiveOrZero @Max(10_000_000_000_000L) Long fineYuan,
            @NotNull Boolean serious,
            @NotNull Boolean summaryProcedure,
            @CleanText @Size(max = 64) String permitViolation)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("decidedOn", decidedOn).oneOf("permitViolation", permitViolation, PermitViolation.class);
        }
    }

    private final LedgerWrites writes;
    private final Clock clock;

    public Penalties(LedgerWrites writes, Clock clock) {
        this.writes = writes;
        this.clock = clock;
    }

    public Written impose(RequestMetadata caller, String uscc, Penalty request) {
        FieldChecks.require(request, clock);
        String permitViolation = request.permitViolation() == null
                ? null
                : Checks.oneOf("permitViolation", request.permitViolation(), PermitViolation.class)
                        .name();
        String id = newId("pen");
        return writes.create(
                caller,
                request,
                new ImposePenalty(
                        uscc,
                        id,
                        request.decisionNo(),
                        request.decidedOn(),
                        request.violation(),
                        request.fineYuan(),
                        request.serious(),
                        request.summaryProcedure(),
                        permitViolation),
                id);
    }
}

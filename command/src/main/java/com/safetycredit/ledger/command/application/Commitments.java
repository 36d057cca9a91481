package com.safetycredit.ledger.command.application;

import static com.safetycredit.ledger.command.application.Ids.newId;

import com.safetycredit.ledger.contracts.commands.MakeCreditCommitment;
import com.safetycredit.ledger.contracts.validation.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;

/** Credit commitments (信用承诺): what the enterprise committed to, and when it was made public. */
@Component
public class Commitments {

    public record Commitment(
            @NotNull LocalDate madeOn,
            @CleanText(multiline = true) @NotBlank @Size(max = 4000) String text,
            OffsetDateTime publishedAt)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("madeOn", madeOn).notInFuture("publishedAt", publishedAt);
        }
    }

    private final LedgerWrites writes;
    private final Clock clock;

    public Commitments(LedgerWrites writes, Clock clock) {
        this.writes = writes;
        this.clock = clock;
    }

    public Written make(RequestMetadata caller, String uscc, Commitment request) {
        FieldChecks.require(request, clock);
        String id = newId("cmt");
        return writes.create(
                caller,
                request,
                new MakeCreditCommitment(uscc, id, request.madeOn(), request.text(), request.publishedAt()),
                id);
    }
}

package com.safetycredit.ledger.command.application;

import static com.safetycredit.ledger.command.application.Ids.newId;

import com.safetycredit.ledger.contracts.commands.RecordHazard;
import com.safetycredit.ledger.contracts.commands.RectifyHazard;
import com.safetycredit.ledger.contracts.validation.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Hidden dangers (事故隐患): found, with the deadline to rectify and, for a major one under listed supervision, the
 * 挂牌督办 notice; then the rectification verified (销号).
 */
@Component
public class Hazards {

    public record Hazard(
            @NotNull LocalDate foundOn,
            @CleanText(multiline = true) @NotBlank @Size(max = 2000) String description,
            @NotNull Boolean major,
            @CleanText @Size(max = 100) String supervisionNo,
            @NotNull LocalDate deadline)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("foundOn", foundOn);
            if (foundOn != null && deadline != null) {
                checks.ensure(!deadline.isBefore(foundOn), "before-found", "deadline", foundOn);
            }
        }
    }

    public record Rectification(@NotNull LocalDate verifiedOn, @CleanText @NotBlank @Size(max = 200) String verifiedBy)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("verifiedOn", verifiedOn);
        }
    }

    private final LedgerWrites writes;
    private final Clock clock;

    public Hazards(LedgerWrites writes, Clock clock) {
        this.writes = writes;
        this.clock = clock;
    }

    public Written record(RequestMetadata caller, String uscc, Hazard request) {
        FieldChecks.require(request, clock);
        String id = newId("hzd");
        return writes.create(
                caller,
                request,
                new RecordHazard(
                        uscc,
                        id,
                        request.foundOn(),
                        request.description(),
                        request.major(),
                        request.supervisionNo() == null
                                        || request.supervisionNo().isBlank()
                                ? null
                                : request.supervisionNo(),
                        request.deadline()),
                id);
    }

    public Written rectify(RequestMetadata caller, String uscc, String hazardId, Rectification request) {
        FieldChecks.require(request, clock);
        return writes.act(
                caller,
                request,
                new RectifyHazard(uscc, hazardId, request.verifiedOn(), request.verifiedBy()),
                hazardId);
    }
}

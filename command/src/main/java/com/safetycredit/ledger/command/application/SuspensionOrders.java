package com.safetycredit.ledger.command.application;

import static com.safetycredit.ledger.command.application.Ids.newId;

import com.safetycredit.ledger.contracts.commands.OrderSuspension;
import com.safetycredit.ledger.contracts.commands.ResumeProduction;
import com.safetycredit.ledger.contracts.validation.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Orders to stop production and rectify (责令停产整改), and the resumption of a rectified enterprise. */
@Component
public class SuspensionOrders {

    public record Order(
            @NotNull LocalDate orderedOn,
            @CleanText @NotBlank @Size(max = 100) String decisionNo,
            @CleanText(multiline = true) @NotBlank @Size(max = 2000) String reason)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("orderedOn", orderedOn);
        }
    }

    public record Resumption(@NotNull LocalDate resumedOn, @CleanText @NotBlank @Size(max = 100) String decisionNo)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("resumedOn", resumedOn);
        }
    }

    private final LedgerWrites writes;
    private final Clock clock;

    public SuspensionOrders(LedgerWrites writes, Clock clock) {
        this.writes = writes;
        this.clock = clock;
    }

    public Written order(RequestMetadata caller, String uscc, Order request) {
        FieldChecks.require(request, clock);
        String id = newId("sus");
        return writes.create(
                caller,
                request,
                new OrderSuspension(uscc, id, request.orderedOn(), request.decisionNo(), request.reason()),
                id);
    }

    public Written resume(RequestMetadata caller, String uscc, String orderId, Resumption request) {
        FieldChecks.require(request, clock);
        return writes.act(
                caller,
                request,
                new ResumeProduction(uscc, orderId, request.resumedOn(), request.decisionNo()),
                orderId);
    }
}

package com.safetycredit.ledger.command.application;

import static com.safetycredit.ledger.command.application.Ids.newId;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.contracts.commands.RecordSafetyInvestment;
import com.safetycredit.ledger.contracts.validation.CleanText;
import com.safetycredit.ledger.rules.domain.SafetyInvestmentType;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;

/** An enterprise's safety investments: insurance premiums and installations the award policies pay for. */
@Component
public class SafetyInvestments {

    /**
     * The premium or cost either in fen ({@code amountFen}) or in yuan with at most two decimals
     * ({@code amountYuan}); exactly one of them.
     */
    public record SafetyInvestment(
            @CleanText @NotBlank String type,
            @NotNull @Min(2000) @Max(2100) Integer policyYear,
            @PositiveOrZero @DecimalMax("10000000000000") BigDecimal amountYuan,
            @PositiveOrZero @Max(1_000_000_000_000_000L) Long amountFen,
            @CleanText Map<String, Object> details)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.oneOf("type", type, SafetyInvestmentType.class);
            if ((amountFen == null) == (amountYuan == null)) {
                checks.refuse("fen-or-yuan", "amountYuan");
            } else if (amountYuan != null && amountYuan.stripTrailingZeros().scale() > 2) {
                checks.refuse("fen", "amountYuan", amountYuan.toPlainString());
            }
        }
    }

    private final LedgerWrites writes;
    private final Clock clock;

    public SafetyInvestments(LedgerWrites writes, Clock clock) {
        this.writes = writes;
        this.clock = clock;
    }

    public Written record(RequestMetadata caller, String uscc, SafetyInvestment request) {
        FieldChecks.require(request, clock);
        SafetyInvestmentType type = Checks.oneOf("type", request.type(), SafetyInvestmentType.class);
        String id = newId("inv");
        Map<String, Object> details = request.details() == null ? Map.of() : request.details();
        return writes.create(
                caller,
                request,
                new RecordSafetyInvestment(
                        uscc,
                        id,
                        type.name(),
                        request.policyYear(),
                        amountFen(request),
                        details,
                        LedgerTime.today(clock)),
                id);
    }

    /**
     * Exactly one of fen or yuan (checked before: yuan with a third decimal would silently lose money, so it is
     * refused).
     */
    static long amountFen(SafetyInvestment request) {
        return request.amountFen() != null
                ? request.amountFen()
                : request.amountYuan().stripTrailingZeros().movePointRight(2).longValueExact();
    }
}

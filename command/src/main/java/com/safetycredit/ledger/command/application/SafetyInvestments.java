package com.safetycredit.ledger.command.application;

import static com.safetycredit.ledger.command.application.Ids.newId;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.contracts.commands.RecordSafetyInvestment;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
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
            @CleanText Map<String, Object> details) {}

    private final LedgerWrites writes;
    private final Clock clock;

    public SafetyInvestments(LedgerWrites writes, Clock clock) {
        this.writes = writes;
        this.clock = clock;
    }

    public Written record(RequestMetadata caller, String uscc, SafetyInvestment request) {
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

    /** Exactly one of fen or yuan; yuan with a third decimal would silently lose money, so it is refused. */
    static long amountFen(SafetyInvestment request) {
        if ((request.amountFen() == null) == (request.amountYuan() == null)) {
            throw new InvalidInputException(
                    "amountFen",
                    "fen",
                    "金额须且只须给出 amountFen（分）或 amountYuan（元）之一"
                            + " / give exactly one of amountFen (fen) or amountYuan (yuan)");
        }
        if (request.amountFen() != null) {
            return request.amountFen();
        }
        BigDecimal yuan = request.amountYuan().stripTrailingZeros();
        if (yuan.scale() > 2) {
            throw new InvalidInputException(
                    "amountYuan",
                    "fen",
                    "金额最多两位小数（到分）：" + request.amountYuan() + " / at most two decimals (fen): " + request.amountYuan());
        }
        return yuan.movePointRight(2).longValueExact();
    }
}

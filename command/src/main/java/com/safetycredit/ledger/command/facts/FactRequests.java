package com.safetycredit.ledger.command.facts;

import com.safetycredit.ledger.contracts.validation.CleanText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The bodies of the write endpoints (API.md). Limits keep impossible numbers out: no accident kills more
 * than 100,000 people and no loss or fine exceeds 10^13 yuan. Numbers and flags are boxed and {@code @NotNull}
 * where the rule needs them, so a left-out {@code deaths} is refused instead of read as 0; every text is
 * {@link CleanText}.
 */
public final class FactRequests {

    private FactRequests() {
    }

    public record ProfileChange(@CleanText @Size(max = 200) String name, @CleanText @Size(max = 64) String industry,
                                @CleanText @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 region code")
                                String regionCode,
                                @CleanText @Size(max = 500) String address, @NotNull LocalDate effectiveOn) {
    }

    public record Certification(@CleanText @NotBlank String type, @CleanText @Size(max = 16) String level,
                                @CleanText @NotBlank @Size(max = 64) String certificateNo, @CleanText @NotBlank @Size(max = 200) String issuer,
                                @NotNull LocalDate issuedOn, LocalDate expiresOn, @Valid Person person) {
    }

    /** A registered safety engineer: name and a masked identity number, never the full number. */
    public record Person(@CleanText @NotBlank @Size(max = 50) String name,
                         @CleanText @NotBlank @Size(max = 18) @Pattern(regexp = ".*\\*.*", message = "must be masked, e.g. 3304**********123X")
                         String idMasked) {
    }

    /**
     * {@code ground}: why, as a code staff may record — {@code FALSE_MATERIALS} (提供虚假材料) or {@code OTHER};
     * optional. The ledger records the other grounds itself (RULES.md §5).
     */
    public record CertificationRevocation(@CleanText(multiline = true) @NotBlank @Size(max = 1000) String reason,
                                          @NotNull LocalDate decidedOn,
                                          @CleanText @NotBlank @Size(max = 100) String decisionNo,
                                          @CleanText @Size(max = 32) String ground) {
    }

    /**
     * The premium or cost either in fen ({@code amountFen}) or in yuan with at most two decimals
     * ({@code amountYuan}); exactly one of them.
     */
    public record SafetyInvestment(@CleanText @NotBlank String type, @NotNull @Min(2000) @Max(2100) Integer policyYear,
                                   @PositiveOrZero @DecimalMax("10000000000000") java.math.BigDecimal amountYuan,
                                   @PositiveOrZero @Max(1_000_000_000_000_000L) Long amountFen,
                                   @CleanText Map<String, Object> details) {
    }

    public record AccidentReport(@NotNull OffsetDateTime occurredAt, @NotNull @PositiveOrZero @Max(100_000) Integer deaths,
                                 @NotNull @PositiveOrZero @Max(100_000) Integer seriousInjuries,
                                 @NotNull @PositiveOrZero @Max(1_000_000) Integer personsEndangered,
                                 @NotNull @PositiveOrZero @Max(10_000_000_000_000L) Long directLossYuan,
                                 @NotNull Boolean duringLevelOneResponse, @CleanText @NotBlank String category,
                                 @CleanText @NotBlank @Size(max = 100) String reportNo, @CleanText(multiline = true) @Size(max = 2000) String summary) {
    }

    public record AccidentRevision(@NotNull @PositiveOrZero @Max(100_000) Integer deaths,
                                   @NotNull @PositiveOrZero @Max(100_000) Integer seriousInjuries,
                                   @NotNull @PositiveOrZero @Max(1_000_000) Integer personsEndangered,
                                   @NotNull @PositiveOrZero @Max(10_000_000_000_000L) Long directLossYuan,
                                   @NotNull LocalDate revisedOn, @CleanText(multiline = true) @NotBlank @Size(max = 1000) String reason) {
    }

    public record AccidentConclusion(@NotNull Boolean liable, @NotNull LocalDate concludedOn,
                                     @CleanText @NotBlank @Size(max = 100) String replyNo) {
    }

    public record AccidentRetraction(@CleanText(multiline = true) @NotBlank @Size(max = 1000) String reason) {
    }

    /**
     * A finding of 瞒报、谎报、迟报 or 漏报: {@code kind} is {@code CONCEALED}, {@code FALSELY_REPORTED}, {@code LATE}
     * or {@code OMITTED}.
     */
    public record AccidentReportingViolation(@CleanText @NotBlank String kind, @NotNull LocalDate decidedOn,
                                             @CleanText @NotBlank @Size(max = 100) String decisionNo,
                                             @CleanText(multiline = true) @Size(max = 2000) String summary) {
    }

    public record Penalty(@CleanText @NotBlank @Size(max = 100) String decisionNo, @NotNull LocalDate decidedOn,
                          @CleanText(multiline = true) @NotBlank @Size(max = 1000) String violation,
                          @NotNull @PositiveOrZero @Max(10_000_000_000_000L) Long fineYuan,
                          @NotNull Boolean serious, @NotNull Boolean summaryProcedure,
                          @CleanText @Size(max = 64) String permitViolation) {
    }

    /**
     * {@code groundsOverride}: the reviewer's statement of a basis whose facts the ledger does not record (bases 5
     * and 8), recorded in the event; refused for a basis whose facts the ledger holds.
     */
    public record Listing(@NotNull @Min(1) @Max(9) Integer basis, @CleanText @Size(max = 64) String regime,
                          @CleanText @NotBlank @Size(max = 100) String penaltyDecisionNo,
                          @CleanText @NotBlank @Size(max = 200) String authority,
                          @CleanText @NotBlank @Size(max = 100) String decisionNo,
                          @NotNull LocalDate decidedOn, @Valid GroundsOverride groundsOverride) {
    }

    public record GroundsOverride(@CleanText(multiline = true) @NotBlank @Size(max = 1000) String reason) {
    }

    public record EarlyRemoval(@CleanText @NotBlank @Size(max = 100) String decisionNo, @NotNull LocalDate decidedOn) {
    }

    public record ListingRevocation(@CleanText(multiline = true) @NotBlank @Size(max = 1000) String reason, @NotNull LocalDate decidedOn) {
    }
}

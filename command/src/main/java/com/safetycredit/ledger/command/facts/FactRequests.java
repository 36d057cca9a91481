package com.safetycredit.ledger.command.facts;

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
 * than 100,000 people and no loss or fine exceeds 10^13 yuan.
 */
public final class FactRequests {

    private FactRequests() {
    }

    public record ProfileChange(@Size(max = 200) String name, @Size(max = 64) String industry,
                                @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 region code")
                                String regionCode,
                                @Size(max = 500) String address, @NotNull LocalDate effectiveOn) {
    }

    public record Certification(@NotBlank String type, @Size(max = 16) String level,
                                @NotBlank @Size(max = 64) String certificateNo, @NotBlank @Size(max = 200) String issuer,
                                @NotNull LocalDate issuedOn, LocalDate expiresOn, @Valid Person person) {
    }

    /** A registered safety engineer: name and a masked identity number, never the full number. */
    public record Person(@NotBlank @Size(max = 50) String name,
                         @NotBlank @Size(max = 18) @Pattern(regexp = ".*\\*.*", message = "must be masked, e.g. 3304**********123X")
                         String idMasked) {
    }

    /**
     * {@code ground}: why, as a code staff may record — {@code FALSE_MATERIALS} (提供虚假材料) or {@code OTHER};
     * optional. The ledger records the other grounds itself (RULES.md §5).
     */
    public record CertificationRevocation(@NotBlank @Size(max = 1000) String reason, @NotNull LocalDate decidedOn,
                                          @NotBlank @Size(max = 100) String decisionNo,
                                          @Size(max = 32) String ground) {
    }

    /**
     * The premium or cost either in fen ({@code amountFen}) or in yuan with at most two decimals
     * ({@code amountYuan}); exactly one of them.
     */
    public record SafetyInvestment(@NotBlank String type, @Min(2000) @Max(2100) int policyYear,
                                   @PositiveOrZero @DecimalMax("10000000000000") java.math.BigDecimal amountYuan,
                                   @PositiveOrZero @Max(1_000_000_000_000_000L) Long amountFen,
                                   Map<String, Object> details) {
    }

    public record AccidentReport(@NotNull OffsetDateTime occurredAt, @PositiveOrZero @Max(100_000) int deaths,
                                 @PositiveOrZero @Max(100_000) int seriousInjuries,
                                 @PositiveOrZero @Max(1_000_000) int personsEndangered,
                                 @PositiveOrZero @Max(10_000_000_000_000L) long directLossYuan,
                                 boolean duringLevelOneResponse, @NotBlank String category,
                                 @NotBlank @Size(max = 100) String reportNo, @Size(max = 2000) String summary) {
    }

    public record AccidentRevision(@PositiveOrZero @Max(100_000) int deaths,
                                   @PositiveOrZero @Max(100_000) int seriousInjuries,
                                   @PositiveOrZero @Max(1_000_000) int personsEndangered,
                                   @PositiveOrZero @Max(10_000_000_000_000L) long directLossYuan,
                                   @NotNull LocalDate revisedOn, @NotBlank @Size(max = 1000) String reason) {
    }

    public record AccidentConclusion(@NotNull Boolean liable, @NotNull LocalDate concludedOn,
                                     @NotBlank @Size(max = 100) String replyNo) {
    }

    public record AccidentRetraction(@NotBlank @Size(max = 1000) String reason) {
    }

    /**
     * A finding of 瞒报、谎报、迟报 or 漏报: {@code kind} is {@code CONCEALED}, {@code FALSELY_REPORTED}, {@code LATE}
     * or {@code OMITTED}.
     */
    public record AccidentReportingViolation(@NotBlank String kind, @NotNull LocalDate decidedOn,
                                             @NotBlank @Size(max = 100) String decisionNo,
                                             @Size(max = 2000) String summary) {
    }

    public record Penalty(@NotBlank @Size(max = 100) String decisionNo, @NotNull LocalDate decidedOn,
                          @NotBlank @Size(max = 1000) String violation,
                          @PositiveOrZero @Max(10_000_000_000_000L) long fineYuan,
                          @NotNull Boolean serious, @NotNull Boolean summaryProcedure, String permitViolation) {
    }

    /**
     * {@code groundsOverride}: the reviewer's statement of a basis whose facts the ledger does not record (bases 5
     * and 8), recorded in the event; refused for a basis whose facts the ledger holds.
     */
    public record Listing(@Min(1) @Max(9) int basis, String regime,
                          @NotBlank @Size(max = 100) String penaltyDecisionNo,
                          @NotBlank @Size(max = 200) String authority, @NotBlank @Size(max = 100) String decisionNo,
                          @NotNull LocalDate decidedOn, @Valid GroundsOverride groundsOverride) {
    }

    public record GroundsOverride(@NotBlank @Size(max = 1000) String reason) {
    }

    public record EarlyRemoval(@NotBlank @Size(max = 100) String decisionNo, @NotNull LocalDate decidedOn) {
    }

    public record ListingRevocation(@NotBlank @Size(max = 1000) String reason, @NotNull LocalDate decidedOn) {
    }
}

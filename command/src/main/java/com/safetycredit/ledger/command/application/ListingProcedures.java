package com.safetycredit.ledger.command.application;

import static com.safetycredit.ledger.command.application.Ids.newId;

import com.safetycredit.ledger.contracts.commands.ApplyForCreditRepair;
import com.safetycredit.ledger.contracts.commands.DecideCreditRepair;
import com.safetycredit.ledger.contracts.commands.NoticeListing;
import com.safetycredit.ledger.contracts.commands.RecordListingStatement;
import com.safetycredit.ledger.contracts.commands.ReinstateListing;
import com.safetycredit.ledger.contracts.commands.WithdrawListingNotice;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.contracts.validation.CleanText;
import com.safetycredit.ledger.rules.domain.ListingRegime;
import com.safetycredit.ledger.rules.procedure.ProcedureRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The procedure around a listing (RULES.md §11): the notice (告知) and the statements it receives, its withdrawal,
 * credit repair (信用修复) and its decision, reinstatement when a repair was obtained by fraud. The listing decision
 * itself is {@link Listings}.
 */
@Component
public class ListingProcedures {

    public record Notice(
            @NotNull @Min(1) @Max(9) Integer basis,
            @CleanText @Size(max = 64) String regime,
            @CleanText @NotBlank @Size(max = 100) String penaltyDecisionNo,
            @CleanText @NotBlank @Size(max = 200) String authority,
            @CleanText @NotBlank @Size(max = 100) String noticeNo,
            @NotNull LocalDate noticedOn,
            @CleanText(multiline = true) @NotBlank @Size(max = 2000) String facts,
            @Valid Listings.GroundsOverride groundsOverride,
            @CleanText @Size(max = 40) String principalRegistrationNo)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("noticedOn", noticedOn);
        }
    }

    /** {@code waivesStatementPeriod}: the enterprise gives up the rest of its statement period (default false). */
    public record Statement(
            @NotNull LocalDate receivedOn,
            @CleanText(multiline = true) @NotBlank @Size(max = 2000) String summary,
            Boolean waivesStatementPeriod)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("receivedOn", receivedOn);
        }
    }

    public record NoticeWithdrawal(
            @NotNull LocalDate decidedOn, @CleanText(multiline = true) @NotBlank @Size(max = 1000) String reason)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("decidedOn", decidedOn);
        }
    }

    /** {@code commitmentId}: the credit commitment (信用承诺) on file the application names. */
    public record RepairApplication(
            @NotNull LocalDate appliedOn,
            @NotNull Boolean penaltyExecuted,
            @CleanText @NotBlank @Size(max = 100) String rectificationReportNo,
            @CleanText @NotBlank @Size(max = 100) String commitmentId)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("appliedOn", appliedOn);
        }
    }

    /** {@code decision}: {@code APPROVE} (the early removal) or {@code REJECT} (with its reason). */
    public record RepairDecision(
            @CleanText @NotBlank @Size(max = 16) String decision,
            @NotNull LocalDate decidedOn,
            @CleanText @NotBlank @Size(max = 100) String decisionNo,
            @CleanText(multiline = true) @Size(max = 1000) String reason)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("decidedOn", decidedOn);
        }
    }

    public record Reinstatement(
            @NotNull LocalDate decidedOn,
            @CleanText @NotBlank @Size(max = 100) String decisionNo,
            @CleanText(multiline = true) @NotBlank @Size(max = 1000) String reason)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("decidedOn", decidedOn);
        }
    }

    enum RepairOutcome {
        APPROVE,
        REJECT
    }

    private final LedgerWrites writes;
    private final Clock clock;
    private final ProcedureRules rules;
    private final Principals principals;

    public ListingProcedures(LedgerWrites writes, Clock clock, ProcedureRules rules, Principals principals) {
        this.writes = writes;
        this.clock = clock;
        this.rules = rules;
        this.principals = principals;
    }

    /** Answers the notice's id and the last day of its statement period. */
    public Written notice(RequestMetadata caller, String uscc, Notice request) {
        String regime = request.regime() == null
                ? null
                : Checks.oneOf("regime", request.regime(), ListingRegime.class).name();
        FieldChecks.require(request, clock);
        String principal =
                principals.named(uscc, request.basis(), request.principalRegistrationNo(), request.noticedOn());
        String id = newId("ntc");
        LocalDate deadline = rules.statementDeadline(request.noticedOn());
        return writes.send(
                caller,
                request,
                new NoticeListing(
                        uscc,
                        id,
                        request.basis(),
                        regime,
                        request.penaltyDecisionNo(),
                        request.authority(),
                        request.noticeNo(),
                        request.noticedOn(),
                        request.facts(),
                        request.groundsOverride() == null
                                ? null
                                : request.groundsOverride().reason(),
                        principal),
                true,
                result -> WriteResponse.withStatementDeadline(id, deadline));
    }

    public Written statement(RequestMetadata caller, String uscc, String noticeId, Statement request) {
        FieldChecks.require(request, clock);
        String id = newId("stm");
        return writes.create(
                caller,
                request,
                new RecordListingStatement(
                        uscc,
                        noticeId,
                        id,
                        request.receivedOn(),
                        request.summary(),
                        Boolean.TRUE.equals(request.waivesStatementPeriod())),
                id);
    }

    public Written withdraw(RequestMetadata caller, String uscc, String noticeId, NoticeWithdrawal request) {
        FieldChecks.require(request, clock);
        return writes.act(
                caller,
                request,
                new WithdrawListingNotice(uscc, noticeId, request.decidedOn(), request.reason()),
                noticeId);
    }

    /** A repair application's id names its enterprise ({@code rep-<USCC>-…}), so its decision needs no look-up. */
    public Written applyForRepair(RequestMetadata caller, String uscc, String listingId, RepairApplication request) {
        FieldChecks.require(request, clock);
        String id = "rep-" + uscc + "-" + UUID.randomUUID();
        return writes.create(
                caller,
                request,
                new ApplyForCreditRepair(
                        uscc,
                        id,
                        listingId,
                        request.appliedOn(),
                        request.penaltyExecuted(),
                        request.rectificationReportNo(),
                        request.commitmentId()),
                id);
    }

    public Written decideRepair(RequestMetadata caller, String repairId, RepairDecision request) {
        RepairOutcome outcome = Checks.oneOf("decision", request.decision(), RepairOutcome.class);
        FieldChecks.require(request, clock);
        if (outcome == RepairOutcome.REJECT
                && (request.reason() == null || request.reason().isBlank())) {
            throw new InvalidInputException("required", "reason");
        }
        return writes.act(
                caller,
                request,
                new DecideCreditRepair(
                        enterpriseOf(repairId),
                        repairId,
                        outcome == RepairOutcome.APPROVE,
                        request.decidedOn(),
                        request.decisionNo(),
                        request.reason()),
                repairId);
    }

    public Written reinstate(RequestMetadata caller, String uscc, String listingId, Reinstatement request) {
        FieldChecks.require(request, clock);
        return writes.act(
                caller,
                request,
                new ReinstateListing(uscc, listingId, request.decidedOn(), request.decisionNo(), request.reason()),
                listingId);
    }

    /** The enterprise a repair application belongs to, read off its id. */
    static String enterpriseOf(String repairId) {
        // 18 characters of the code's alphabet (a pilot code recorded with an override too), then a dash
        if (repairId != null && repairId.matches("rep-[0-9A-Z]{18}-.+")) {
            return repairId.substring(4, 22);
        }
        throw new NotFoundException("unknown-repair-application", "repairId", repairId);
    }
}

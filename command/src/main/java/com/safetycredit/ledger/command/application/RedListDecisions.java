package com.safetycredit.ledger.command.application;

import static com.safetycredit.ledger.command.application.Ids.newId;

import com.safetycredit.ledger.contracts.commands.DecideRedList;
import com.safetycredit.ledger.contracts.commands.RevokeRedListDecision;
import com.safetycredit.ledger.contracts.validation.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The red list as a decision (认定, RULES.md §4 and §12): the department decides on an enterprise that meets the rule
 * set that day; the ledger refuses it, naming every criterion missed, when it does not. A decision is in force for
 * its term (3 years) unless revoked, or lost on an adverse fact.
 */
@Component
public class RedListDecisions {

    public record Decision(
            @NotNull LocalDate decidedOn,
            @CleanText @NotBlank @Size(max = 100) String decisionNo,
            @CleanText @NotBlank @Size(max = 200) String authority)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("decidedOn", decidedOn);
        }
    }

    public record Revocation(
            @NotNull LocalDate decidedOn,
            @CleanText @NotBlank @Size(max = 100) String decisionNo,
            @CleanText(multiline = true) @NotBlank @Size(max = 1000) String reason)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("decidedOn", decidedOn);
        }
    }

    private final LedgerWrites writes;
    private final Clock clock;

    public RedListDecisions(LedgerWrites writes, Clock clock) {
        this.writes = writes;
        this.clock = clock;
    }

    public Written decide(RequestMetadata caller, String uscc, Decision request) {
        FieldChecks.require(request, clock);
        String id = newId("red");
        return writes.create(
                caller,
                request,
                new DecideRedList(uscc, id, request.decidedOn(), request.decisionNo(), request.authority()),
                id);
    }

    public Written revoke(RequestMetadata caller, String uscc, String decisionId, Revocation request) {
        FieldChecks.require(request, clock);
        return writes.act(
                caller,
                request,
                new RevokeRedListDecision(
                        uscc, decisionId, request.decidedOn(), request.decisionNo(), request.reason()),
                decisionId);
    }
}

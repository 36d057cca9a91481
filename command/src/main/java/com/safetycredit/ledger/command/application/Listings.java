package com.safetycredit.ledger.command.application;

import static com.safetycredit.ledger.command.application.Ids.newId;

import com.safetycredit.ledger.contracts.commands.BlacklistEnterprise;
import com.safetycredit.ledger.contracts.commands.RemoveListingEarly;
import com.safetycredit.ledger.contracts.commands.RevokeListing;
import com.safetycredit.ledger.contracts.validation.CleanText;
import com.safetycredit.ledger.rules.domain.ListingRegime;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Blacklistings (严重失信主体名单): listing on a basis, early removal, revocation. */
@Component
public class Listings {

    /**
     * {@code groundsOverride}: the reviewer's statement of a basis whose facts the ledger does not record (bases 5
     * and 8), recorded in the event; refused for a basis whose facts the ledger holds. {@code noticeId}: the notice
     * the decision follows (required from the notice step's start date); {@code statementResponse}: the answer to
     * the enterprise's statements. {@code principalRegistrationNo}: basis 5 only, the principal whose conduct the
     * listing rests on ({@link Principals}); a decision that follows a basis-5 notice may leave it out.
     */
    public record Listing(
            @NotNull @Min(1) @Max(9) Integer basis,
            @CleanText @Size(max = 64) String regime,
            @CleanText @NotBlank @Size(max = 100) String penaltyDecisionNo,
            @CleanText @NotBlank @Size(max = 200) String authority,
            @CleanText @NotBlank @Size(max = 100) String decisionNo,
            @NotNull LocalDate decidedOn,
            @Valid GroundsOverride groundsOverride,
            @CleanText @Size(max = 100) String noticeId,
            @CleanText(multiline = true) @Size(max = 2000) String statementResponse,
            @CleanText @Size(max = 40) String principalRegistrationNo)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.oneOf("regime", regime, ListingRegime.class).notInFuture("decidedOn", decidedOn);
        }
    }

    public record GroundsOverride(@CleanText(multiline = true) @NotBlank @Size(max = 1000) String reason) {}

    public record EarlyRemoval(@CleanText @NotBlank @Size(max = 100) String decisionNo, @NotNull LocalDate decidedOn)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("decidedOn", decidedOn);
        }
    }

    public record ListingRevocation(
            @CleanText(multiline = true) @NotBlank @Size(max = 1000) String reason, @NotNull LocalDate decidedOn)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("decidedOn", decidedOn);
        }
    }

    private final LedgerWrites writes;
    private final Principals principals;
    private final Clock clock;

    public Listings(LedgerWrites writes, Principals principals, Clock clock) {
        this.writes = writes;
        this.principals = principals;
        this.clock = clock;
    }

    public Written blacklist(RequestMetadata caller, String uscc, Listing request) {
        String regime = request.regime() == null
                ? null
                : Checks.oneOf("regime", request.regime(), ListingRegime.class).name();
        FieldChecks.require(request, clock);
        String principal =
                principals.named(uscc, request.basis(), request.principalRegistrationNo(), request.decidedOn());
        String id = newId("lst");
        return writes.create(
                caller,
                request,
                new BlacklistEnterprise(
                        uscc,
                        id,
                        request.basis(),
                        regime,
                        request.penaltyDecisionNo(),
                        request.authority(),
                        request.decisionNo(),
                        request.decidedOn(),
                        request.groundsOverride() == null
                                ? null
                                : request.groundsOverride().reason(),
                        request.noticeId(),
                        request.statementResponse(),
                        principal),
                id);
    }

    public Written removeEarly(RequestMetadata caller, String uscc, String listingId, EarlyRemoval request) {
        FieldChecks.require(request, clock);
        return writes.act(
                caller,
                request,
                new RemoveListingEarly(uscc, listingId, request.decisionNo(), request.decidedOn()),
                listingId);
    }

    public Written revoke(RequestMetadata caller, String uscc, String listingId, ListingRevocation request) {
        FieldChecks.require(request, clock);
        return writes.act(
                caller, request, new RevokeListing(uscc, listingId, request.reason(), request.decidedOn()), listingId);
    }
}

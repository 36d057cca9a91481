package com.safetycredit.ledger.command.facts;

import com.safetycredit.ledger.command.web.Checks;
import com.safetycredit.ledger.command.web.CommandSender;
import com.safetycredit.ledger.command.web.WriteResponse;
import com.safetycredit.ledger.contracts.commands.BlacklistEnterprise;
import com.safetycredit.ledger.contracts.commands.ImposePenalty;
import com.safetycredit.ledger.contracts.commands.RemoveListingEarly;
import com.safetycredit.ledger.contracts.commands.RevokeListing;
import com.safetycredit.ledger.rules.domain.ListingRegime;
import com.safetycredit.ledger.rules.domain.PermitViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

import static com.safetycredit.ledger.command.facts.Ids.newId;

/** Administrative penalties and blacklistings: listing, early removal, revocation. */
@RestController
@RequestMapping("/api/v1/enterprises/{uscc}")
public class ListingController {

    private final CommandSender sender;
    private final Clock clock;

    public ListingController(CommandSender sender, Clock clock) {
        this.sender = sender;
        this.clock = clock;
    }

    @PostMapping("/penalties")
    public ResponseEntity<WriteResponse> impose(@PathVariable String uscc,
                                                @Valid @RequestBody FactRequests.Penalty request,
                                                @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                HttpServletRequest http) {
        Checks.notInFuture("decidedOn", request.decidedOn(), clock);
        String permitViolation = request.permitViolation() == null ? null
                : Checks.oneOf("permitViolation", request.permitViolation(), PermitViolation.class).name();
        String id = newId("pen");
        return sender.create(http, key, request, new ImposePenalty(uscc, id, request.decisionNo(),
                request.decidedOn(), request.violation(), request.fineYuan(), request.serious(),
                request.summaryProcedure(), permitViolation), id);
    }

    @PostMapping("/listings")
    public ResponseEntity<WriteResponse> blacklist(@PathVariable String uscc,
                                                   @Valid @RequestBody FactRequests.Listing request,
                                                   @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                   HttpServletRequest http) {
        String regime = request.regime() == null ? null
                : Checks.oneOf("regime", request.regime(), ListingRegime.class).name();
        Checks.notInFuture("decidedOn", request.decidedOn(), clock);
        String id = newId("lst");
        return sender.create(http, key, request, new BlacklistEnterprise(uscc, id, request.basis(), regime,
                request.penaltyDecisionNo(), request.authority(), request.decisionNo(), request.decidedOn(),
                request.groundsOverride() == null ? null : request.groundsOverride().reason()), id);
    }

    @PostMapping("/listings/{listingId}/early-removal")
    public ResponseEntity<WriteResponse> removeEarly(@PathVariable String uscc, @PathVariable String listingId,
                                                     @Valid @RequestBody FactRequests.EarlyRemoval request,
                                                     @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                     HttpServletRequest http) {
        Checks.notInFuture("decidedOn", request.decidedOn(), clock);
        return sender.act(http, key, request, new RemoveListingEarly(uscc, listingId, request.decisionNo(),
                request.decidedOn()), listingId);
    }

    @PostMapping("/listings/{listingId}/revocation")
    public ResponseEntity<WriteResponse> revoke(@PathVariable String uscc, @PathVariable String listingId,
                                                @Valid @RequestBody FactRequests.ListingRevocation request,
                                                @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                HttpServletRequest http) {
        Checks.notInFuture("decidedOn", request.decidedOn(), clock);
        return sender.act(http, key, request, new RevokeListing(uscc, listingId, request.reason(),
                request.decidedOn()), listingId);
    }
}

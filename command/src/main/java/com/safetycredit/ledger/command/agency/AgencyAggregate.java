package com.safetycredit.ledger.command.agency;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.safetycredit.ledger.contracts.commands.agency.BlacklistAgency;
import com.safetycredit.ledger.contracts.commands.agency.ExpireAgencyListing;
import com.safetycredit.ledger.contracts.commands.agency.ImposeAgencyPenalty;
import com.safetycredit.ledger.contracts.commands.agency.RecordAgencyInterview;
import com.safetycredit.ledger.contracts.commands.agency.RecordAgencyService;
import com.safetycredit.ledger.contracts.commands.agency.RecordQualityCheck;
import com.safetycredit.ledger.contracts.commands.agency.RegisterAgency;
import com.safetycredit.ledger.contracts.events.agency.AgencyBlacklisted;
import com.safetycredit.ledger.contracts.events.agency.AgencyInterviewRecorded;
import com.safetycredit.ledger.contracts.events.agency.AgencyListingExpired;
import com.safetycredit.ledger.contracts.events.agency.AgencyPenaltyImposed;
import com.safetycredit.ledger.contracts.events.agency.AgencyQualityChecked;
import com.safetycredit.ledger.contracts.events.agency.AgencyRegistered;
import com.safetycredit.ledger.contracts.events.agency.AgencyServiceRecorded;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.contracts.values.SubjectIds;
import com.safetycredit.ledger.rules.domain.AgencyServices;
import com.safetycredit.ledger.rules.domain.ListingGrounds;
import com.safetycredit.ledger.rules.domain.ListingRegime;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One intermediary service agency under credit supervision (RULES.md §13), in a stream of its own
 * ({@link SubjectIds#agency}). Its services to enterprises, quality spot checks, interviews and notices, penalties
 * and listings are its events; a listing rests on a serious penalty and its basis on the penalty's facts
 * ({@link ListingGrounds#checkForAgency}: basis 7 is the agencies' own). Handlers guard, then apply.
 */
@Aggregate
public class AgencyAggregate {

    @AggregateIdentifier
    private String agencyId;

    private String uscc;
    private final Set<String> services = new HashSet<>();
    private final Map<String, LocalDate> serviceStarts = new HashMap<>();
    private final Set<String> contractNos = new HashSet<>();
    private final Map<String, AgencyPenaltyImposed> penaltiesByDecisionNo = new HashMap<>();
    private final Set<String> penaltiesListedOn = new HashSet<>();
    private final Map<String, AgencyListing> listings = new HashMap<>();

    /** What a listing must remember for its expiry. */
    record AgencyListing(LocalDate expiresOn, boolean expired) {}

    protected AgencyAggregate() {
        // for Axon
    }

    /** A second registration of the same USCC fails in the store's unique index: 409 at the API. */
    @CommandHandler
    public AgencyAggregate(RegisterAgency command) {
        apply(new AgencyRegistered(
                command.agencyUscc(),
                command.name(),
                command.services(),
                command.qualificationNo(),
                command.qualificationValidUntil(),
                command.regionCode(),
                command.address(),
                command.registeredOn()));
    }

    /** A service of a kind the agency is registered for, under a contract not recorded before. */
    @CommandHandler
    void handle(RecordAgencyService command) {
        if (!services.contains(command.serviceType())) {
            throw new ConflictException(
                    "service-not-registered",
                    "serviceType",
                    AgencyServices.label(command.serviceType()),
                    services.stream().map(AgencyServices::label).sorted().toList());
        }
        if (contractNos.contains(command.contractNo())) {
            throw new ConflictException("already-recorded", "contractNo", command.contractNo());
        }
        apply(new AgencyServiceRecorded(
                uscc,
                command.serviceId(),
                command.clientUscc(),
                command.serviceType(),
                command.contractNo(),
                command.from(),
                command.to(),
                command.reportNo()));
    }

    @CommandHandler
    void handle(RecordQualityCheck command) {
        if (command.serviceId() != null) {
            LocalDate started = serviceStarts.get(command.serviceId());
            if (started == null) {
                throw new NotFoundException("unknown-service", "serviceId", command.serviceId());
            }
            notBefore("checkedOn", command.checkedOn(), started, "service");
        }
        apply(new AgencyQualityChecked(
                uscc,
                command.checkId(),
                command.checkedOn(),
                command.result(),
                command.findings(),
                command.serviceId()));
    }

    @CommandHandler
    void handle(RecordAgencyInterview command) {
        apply(new AgencyInterviewRecorded(
                uscc, command.interviewId(), command.kind(), command.heldOn(), command.documentNo(), command.reason()));
    }

    @CommandHandler
    void handle(ImposeAgencyPenalty command) {
        if (penaltiesByDecisionNo.containsKey(command.decisionNo())) {
            throw new ConflictException("already-recorded", "decisionNo", command.decisionNo()).explainedAs("agency");
        }
        apply(new AgencyPenaltyImposed(
                uscc,
                command.penaltyId(),
                command.decisionNo(),
                command.decidedOn(),
                command.violation(),
                command.fineYuan(),
                command.serious(),
                command.misconduct()));
    }

    /**
     * 应急管理部令第11号: a listing rests on an administrative penalty for serious conduct, one penalty grounding
     * at most one listing, its basis on the facts it names (7 on the misconduct the penalty punishes).
     */
    @CommandHandler
    void handle(BlacklistAgency command) {
        AgencyPenaltyImposed penalty = penaltiesByDecisionNo.get(command.penaltyDecisionNo());
        if (penalty == null) {
            throw new InvalidInputException("unknown-penalty", "penaltyDecisionNo", command.penaltyDecisionNo());
        }
        if (!penalty.serious()) {
            throw new ConflictException("penalty-not-serious", "penaltyDecisionNo", penalty.decisionNo())
                    .explainedAs("agency");
        }
        if (penaltiesListedOn.contains(penalty.decisionNo())) {
            throw new ConflictException("penalty-already-listed", "penaltyDecisionNo", penalty.decisionNo());
        }
        notBefore("decidedOn", command.decidedOn(), penalty.decidedOn(), "penalty");
        ListingGrounds.Grounds grounds = ListingGrounds.checkForAgency(
                command.basis(),
                new ListingGrounds.AgencyPenaltyFact(penalty.penaltyId(), penalty.decisionNo(), penalty.misconduct()),
                command.groundsOverrideReason());
        ListingRegime regime = command.regime() == null
                ? ListingRegime.inForceOn(command.decidedOn())
                : ListingRegime.valueOf(command.regime());
        apply(new AgencyBlacklisted(
                uscc,
                command.listingId(),
                command.basis(),
                regime.name(),
                command.penaltyDecisionNo(),
                command.authority(),
                command.decisionNo(),
                command.decidedOn(),
                regime.expiresOn(command.decidedOn(), !listings.isEmpty()),
                grounds.factIds().isEmpty() ? List.of() : grounds.factIds(),
                grounds.overrideReason()));
    }

    /** Idempotent: the expiry sweep may send it more than once, or early. */
    @CommandHandler
    void handle(ExpireAgencyListing command) {
        AgencyListing listing = listings.get(command.listingId());
        if (listing != null && !listing.expired() && !command.today().isBefore(listing.expiresOn())) {
            apply(new AgencyListingExpired(uscc, command.listingId(), listing.expiresOn()));
        }
    }

    private static void notBefore(String field, LocalDate day, LocalDate earliest, String what) {
        if (earliest != null && day != null && day.isBefore(earliest)) {
            throw new ConflictException(
                    "out-of-order",
                    field,
                    new LedgerProblem.Label("field", field),
                    day.toString(),
                    new LedgerProblem.Label("before", what),
                    earliest.toString());
        }
    }

    // ------------------------------------------------------------------ state

    @EventSourcingHandler
    void on(AgencyRegistered event) {
        this.uscc = event.agencyUscc();
        this.agencyId = SubjectIds.agency(event.agencyUscc());
        services.addAll(event.services());
    }

    @EventSourcingHandler
    void on(AgencyServiceRecorded event) {
        serviceStarts.put(event.serviceId(), event.from());
        contractNos.add(event.contractNo());
    }

    @EventSourcingHandler
    void on(AgencyPenaltyImposed event) {
        penaltiesByDecisionNo.put(event.decisionNo(), event);
    }

    @EventSourcingHandler
    void on(AgencyBlacklisted event) {
        penaltiesListedOn.add(event.penaltyDecisionNo());
        listings.put(event.listingId(), new AgencyListing(event.expiresOn(), false));
    }

    @EventSourcingHandler
    void on(AgencyListingExpired event) {
        listings.computeIfPresent(event.listingId(), (id, l) -> new AgencyListing(l.expiresOn(), true));
    }
}

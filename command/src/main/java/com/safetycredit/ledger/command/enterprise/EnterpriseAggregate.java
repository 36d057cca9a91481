package com.safetycredit.ledger.command.enterprise;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.safetycredit.ledger.command.enterprise.CertificateState.Status;
import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.contracts.commands.BlacklistEnterprise;
import com.safetycredit.ledger.contracts.commands.ChangeEnterpriseProfile;
import com.safetycredit.ledger.contracts.commands.ConcludeAccident;
import com.safetycredit.ledger.contracts.commands.ExpireCertification;
import com.safetycredit.ledger.contracts.commands.ExpireListing;
import com.safetycredit.ledger.contracts.commands.GrantCertification;
import com.safetycredit.ledger.contracts.commands.ImposePenalty;
import com.safetycredit.ledger.contracts.commands.RecordAccidentReportingViolation;
import com.safetycredit.ledger.contracts.commands.RecordSafetyInvestment;
import com.safetycredit.ledger.contracts.commands.RegisterEnterprise;
import com.safetycredit.ledger.contracts.commands.RemoveListingEarly;
import com.safetycredit.ledger.contracts.commands.ReportAccident;
import com.safetycredit.ledger.contracts.commands.RetractAccident;
import com.safetycredit.ledger.contracts.commands.ReviseAccidentCasualties;
import com.safetycredit.ledger.contracts.commands.RevokeCertification;
import com.safetycredit.ledger.contracts.commands.RevokeListing;
import com.safetycredit.ledger.contracts.events.accident.AccidentCasualtiesRevised;
import com.safetycredit.ledger.contracts.events.accident.AccidentConcluded;
import com.safetycredit.ledger.contracts.events.accident.AccidentReported;
import com.safetycredit.ledger.contracts.events.accident.AccidentReportingViolationFound;
import com.safetycredit.ledger.contracts.events.accident.AccidentRetracted;
import com.safetycredit.ledger.contracts.events.certification.CertificationExpired;
import com.safetycredit.ledger.contracts.events.certification.CertificationGranted;
import com.safetycredit.ledger.contracts.events.certification.CertificationReinstated;
import com.safetycredit.ledger.contracts.events.certification.CertificationRevoked;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseProfileChanged;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.contracts.events.investment.SafetyInvestmentRecorded;
import com.safetycredit.ledger.contracts.events.listing.EnterpriseBlacklisted;
import com.safetycredit.ledger.contracts.events.listing.ListingExpired;
import com.safetycredit.ledger.contracts.events.listing.ListingRemovedEarly;
import com.safetycredit.ledger.contracts.events.listing.ListingRevoked;
import com.safetycredit.ledger.contracts.events.penalty.PenaltyImposed;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.rules.domain.AccidentCategory;
import com.safetycredit.ledger.rules.domain.AccidentGrade;
import com.safetycredit.ledger.rules.domain.CertificationType;
import com.safetycredit.ledger.rules.domain.ListingGrounds;
import com.safetycredit.ledger.rules.domain.ListingRegime;
import com.safetycredit.ledger.rules.domain.RevocationGround;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One enterprise under credit supervision, identified by its USCC. Every credit fact about it is an event
 * of this aggregate, so its history is one ordered stream and every rule that relates facts to each other
 * (a listing rests on a serious penalty; a revision comes within its window; nothing is decided before
 * what it decides on) is checked in one place. Handlers guard, then apply; state changes only in the
 * event sourcing handlers. The standardization certificate's life (RULES.md §5) is {@link StandardizationLifecycle};
 * a listing's basis is checked against the facts by {@link ListingGrounds}.
 *
 * <p>{@code @Revision} names the shape of the state snapshots hold: a snapshot of another revision is ignored
 * and the enterprise is loaded from its events.
 */
@Aggregate(snapshotTriggerDefinition = "enterpriseSnapshotTrigger")
@Revision("2")
public class EnterpriseAggregate {

    @AggregateIdentifier
    private String uscc;

    private LocalDate registeredOn;
    private final Map<String, CertificateState> certificates = new HashMap<>();
    private final Map<String, AccidentState> accidents = new HashMap<>();
    private final Map<String, PenaltyState> penaltiesByDecisionNo = new HashMap<>();
    private final Map<String, ListingState> listings = new HashMap<>();

    protected EnterpriseAggregate() {
        // for Axon
    }

    /** A second registration of the same USCC fails in the store's unique index: 409 at the API. */
    @CommandHandler
    public EnterpriseAggregate(RegisterEnterprise command) {
        apply(new EnterpriseRegistered(
                command.uscc(),
                command.name(),
                command.industry(),
                command.regionCode(),
                command.address(),
                command.checksumOverrideReason(),
                command.registeredOn()));
    }

    @CommandHandler
    void handle(ChangeEnterpriseProfile command) {
        notBefore("effectiveOn", command.effectiveOn(), registeredOn, "registration");
        apply(new EnterpriseProfileChanged(
                uscc,
                command.name(),
                command.industry(),
                command.regionCode(),
                command.address(),
                command.effectiveOn()));
    }

    // ------------------------------------------------------------------ certifications

    @CommandHandler
    void handle(GrantCertification command) {
        CertificationType type = CertificationType.valueOf(command.type());
        certificates.values().stream()
                .filter(c ->
                        c.type().equals(command.type()) && c.certificateNo().equals(command.certificateNo()))
                .findAny()
                .ifPresent(c -> {
                    throw new ConflictException(
                            "certificate-recorded",
                            "certificateNo",
                            new LedgerProblem.Label("enum.CertificationType", type.name()),
                            command.certificateNo());
                });
        boolean standardization = type == CertificationType.STANDARDIZATION;
        if (standardization) {
            StandardizationLifecycle.checkNewCertificate(command.issuedOn(), certificates, listings);
        }
        LocalDate expiresOn = command.expiresOn() != null
                ? command.expiresOn()
                : type.defaultExpiry(command.issuedOn()).orElse(null);
        apply(new CertificationGranted(
                uscc,
                command.certificationId(),
                command.type(),
                command.level(),
                command.certificateNo(),
                command.issuer(),
                command.issuedOn(),
                expiresOn,
                command.personName(),
                command.personIdMasked()));
        if (standardization) {
            // recorded after a fact of its term that revokes it: revoked as of that fact
            revokeOnFirstTrigger(command.certificationId());
        }
    }

    @CommandHandler
    void handle(RevokeCertification command) {
        CertificateState certificate = certificate(command.certificationId());
        if (certificate.status() != Status.VALID) {
            throw new ConflictException(
                    "certificate-not-valid",
                    null,
                    new LedgerProblem.Label(
                            "certificateStatus", certificate.status().name()));
        }
        notBefore("decidedOn", command.decidedOn(), certificate.issuedOn(), "certificate");
        apply(new CertificationRevoked(
                uscc,
                command.certificationId(),
                command.reason(),
                command.decidedOn(),
                command.decisionNo(),
                null,
                command.ground(),
                null));
    }

    /** Idempotent: the expiry sweep may send it more than once, or early. */
    @CommandHandler
    void handle(ExpireCertification command) {
        CertificateState certificate = certificates.get(command.certificationId());
        if (certificate != null
                && certificate.status() == Status.VALID
                && certificate.expiresOn() != null
                && !command.today().isBefore(certificate.expiresOn())) {
            apply(new CertificationExpired(uscc, command.certificationId(), certificate.expiresOn()));
        }
    }

    @CommandHandler
    void handle(RecordSafetyInvestment command) {
        apply(new SafetyInvestmentRecorded(
                uscc,
                command.investmentId(),
                command.type(),
                command.policyYear(),
                command.amountFen(),
                command.details(),
                command.recordedOn()));
    }

    // ------------------------------------------------------------------ accidents

    @CommandHandler
    AccidentGrade handle(ReportAccident command) {
        accidents.values().stream()
                .filter(a -> a.reportNo().equals(command.reportNo()))
                .findAny()
                .ifPresent(a -> {
                    throw new ConflictException("accident-recorded", "reportNo", command.reportNo());
                });
        AccidentGrade grade = AccidentGrade.of(command.deaths(), command.seriousInjuries(), command.directLossYuan());
        apply(new AccidentReported(
                uscc,
                command.accidentId(),
                command.occurredAt(),
                command.occurredAt().atZoneSameInstant(LedgerTime.ZONE).toLocalDate(),
                command.category(),
                command.deaths(),
                command.seriousInjuries(),
                command.personsEndangered(),
                command.directLossYuan(),
                command.duringLevelOneResponse(),
                grade.name(),
                command.reportNo(),
                command.summary()));
        revokeOn(StandardizationLifecycle.triggers(command.accidentId(), accidents.get(command.accidentId())));
        return grade;
    }

    @CommandHandler
    AccidentGrade handle(ReviseAccidentCasualties command) {
        AccidentState accident = openAccident(command.accidentId());
        notBefore("revisedOn", command.revisedOn(), accident.lastRevisedOn(), "accident-or-revision");
        AccidentCategory category = AccidentCategory.of(accident.category());
        if (!category.revisionAllowed(accident.occurredOn(), command.revisedOn())) {
            throw new ConflictException(
                    "revision-window-closed",
                    "revisedOn",
                    new LedgerProblem.Label("accidentCategory", category.code()),
                    accident.occurredOn().toString(),
                    String.valueOf(category.revisionWindowDays()),
                    command.revisedOn().toString());
        }
        AccidentGrade grade = AccidentGrade.of(command.deaths(), command.seriousInjuries(), command.directLossYuan());
        apply(new AccidentCasualtiesRevised(
                uscc,
                command.accidentId(),
                command.deaths(),
                command.seriousInjuries(),
                command.personsEndangered(),
                command.directLossYuan(),
                grade.name(),
                command.revisedOn(),
                command.reason()));
        if (accident.deaths() == 0 && command.deaths() > 0) {
            revokeOn(
                    StandardizationLifecycle.triggers(command.accidentId(), accidents.get(command.accidentId()))
                            .stream()
                            .filter(t -> t.ground() == RevocationGround.FATAL_ACCIDENT)
                            .toList());
        } else if (accident.deaths() > 0 && command.deaths() == 0) {
            reinstateRevokedBy(
                    command.accidentId(),
                    RevocationGround.FATAL_ACCIDENT,
                    "事故伤亡修订为无人死亡（" + command.revisedOn() + "），亡人事故不再成立",
                    command.revisedOn());
        }
        return grade;
    }

    @CommandHandler
    void handle(ConcludeAccident command) {
        AccidentState accident = openAccident(command.accidentId());
        if (accident.concluded()) {
            throw new ConflictException("accident-concluded", null);
        }
        notBefore("concludedOn", command.concludedOn(), accident.occurredOn(), "accident");
        apply(new AccidentConcluded(
                uscc, command.accidentId(), command.liable(), command.concludedOn(), command.replyNo()));
    }

    @CommandHandler
    void handle(RetractAccident command) {
        AccidentState accident = openAccident(command.accidentId());
        notBefore("retractedOn", command.retractedOn(), accident.occurredOn(), "accident");
        apply(new AccidentRetracted(uscc, command.accidentId(), command.reason(), command.retractedOn()));
        reinstateRevokedBy(
                command.accidentId(), null, "事故记录因录入错误被撤回（" + command.retractedOn() + "）", command.retractedOn());
    }

    /**
     * A finding that the accident was concealed, falsely reported, reported late or left out. Only a
     * production-safety accident has to be reported (国务院令第493号), so only such an accident can be found so.
     */
    @CommandHandler
    void handle(RecordAccidentReportingViolation command) {
        AccidentState accident = openAccident(command.accidentId());
        AccidentCategory category = AccidentCategory.of(accident.category());
        if (!category.productionSafety()) {
            throw new ConflictException(
                    "not-a-production-safety-accident",
                    "kind",
                    new LedgerProblem.Label("accidentCategory", category.code()));
        }
        if (accident.reportingViolations().containsKey(command.kind())) {
            throw new ConflictException(
                    "reporting-violation-recorded",
                    "kind",
                    new LedgerProblem.Label("enum.ReportingViolation", command.kind()));
        }
        notBefore("decidedOn", command.decidedOn(), accident.occurredOn(), "accident");
        apply(new AccidentReportingViolationFound(
                uscc,
                command.accidentId(),
                command.kind(),
                command.decidedOn(),
                command.decisionNo(),
                command.summary()));
        revokeOn(StandardizationLifecycle.triggers(command.accidentId(), accidents.get(command.accidentId())).stream()
                .filter(t -> t.ground() == RevocationGround.CONCEALED_ACCIDENT && t.on().equals(command.decidedOn()))
                .toList());
    }

    // ------------------------------------------------------------------ penalties and listings

    @CommandHandler
    void handle(ImposePenalty command) {
        if (penaltiesByDecisionNo.containsKey(command.decisionNo())) {
            throw new ConflictException("penalty-recorded", "decisionNo", command.decisionNo());
        }
        apply(new PenaltyImposed(
                uscc,
                command.penaltyId(),
                command.decisionNo(),
                command.decidedOn(),
                command.violation(),
                command.fineYuan(),
                command.serious(),
                command.summaryProcedure(),
                command.permitViolation()));
    }

    /**
     * 应急管理部令第11号: a listing rests on an administrative penalty for serious conduct, decided by the
     * department that imposed it, and its basis on the facts it names ({@link ListingGrounds}). Listing revokes
     * the standardization certificates valid that day (RULES.md §5).
     */
    @CommandHandler
    void handle(BlacklistEnterprise command) {
        PenaltyState penalty = penaltiesByDecisionNo.get(command.penaltyDecisionNo());
        if (penalty == null) {
            throw new InvalidInputException("penalty-unknown", "penaltyDecisionNo", command.penaltyDecisionNo());
        }
        if (!penalty.serious()) {
            throw new ConflictException("penalty-not-serious", "penaltyDecisionNo", command.penaltyDecisionNo());
        }
        notBefore("decidedOn", command.decidedOn(), penalty.decidedOn(), "penalty");
        ListingGrounds.Grounds grounds = ListingGrounds.check(
                command.basis(),
                penalty.fact(),
                accidents.entrySet().stream()
                        .map(a -> a.getValue().fact(a.getKey()))
                        .toList(),
                command.groundsOverrideReason());
        ListingRegime regime = command.regime() == null
                ? ListingRegime.inForceOn(command.decidedOn())
                : ListingRegime.valueOf(command.regime());
        boolean repeatEntry = !listings.isEmpty();
        apply(new EnterpriseBlacklisted(
                uscc,
                command.listingId(),
                command.basis(),
                regime.name(),
                command.penaltyDecisionNo(),
                command.authority(),
                command.decisionNo(),
                command.decidedOn(),
                regime.expiresOn(command.decidedOn(), repeatEntry),
                repeatEntry,
                grounds.factIds(),
                grounds.overrideReason()));
        StandardizationLifecycle.listing(command.listingId(), listings.get(command.listingId()))
                .ifPresent(trigger -> revokeOn(List.of(trigger)));
    }

    @CommandHandler
    void handle(RemoveListingEarly command) {
        ListingState listing = activeListing(command.listingId());
        LocalDate earliest = listing.regime()
                .earliestEarlyRemoval(listing.decidedOn())
                .orElseThrow(() -> new ConflictException(
                        "no-early-removal",
                        null,
                        new LedgerProblem.Label(
                                "enum.ListingRegime", listing.regime().name())));
        if (command.decidedOn().isBefore(earliest)) {
            throw new ConflictException(
                    "too-early-for-removal",
                    "decidedOn",
                    earliest.toString(),
                    listing.decidedOn().toString(),
                    command.decidedOn().toString());
        }
        apply(new ListingRemovedEarly(uscc, command.listingId(), command.decisionNo(), command.decidedOn()));
    }

    @CommandHandler
    void handle(RevokeListing command) {
        ListingState listing = listing(command.listingId());
        if (listing.status() == ListingState.Status.REVOKED) {
            throw new ConflictException("listing-revoked", null);
        }
        notBefore("decidedOn", command.decidedOn(), listing.decidedOn(), "listing");
        apply(new ListingRevoked(uscc, command.listingId(), command.reason(), command.decidedOn()));
        reinstateRevokedBy(
                command.listingId(),
                null,
                "列入严重失信主体名单的决定被撤销（" + command.decidedOn() + "），该名单不再计入",
                command.decidedOn());
    }

    /** Idempotent: the expiry sweep may send it more than once, or early. */
    @CommandHandler
    void handle(ExpireListing command) {
        ListingState listing = listings.get(command.listingId());
        if (listing != null
                && listing.status() == ListingState.Status.ACTIVE
                && !command.today().isBefore(listing.expiresOn())) {
            apply(new ListingExpired(uscc, command.listingId(), listing.expiresOn()));
        }
    }

    // ------------------------------------------------------------------ standardization (RULES.md §5)

    /** Revokes the standardization certificates valid on each trigger's day. */
    private void revokeOn(List<StandardizationLifecycle.Trigger> triggers) {
        for (StandardizationLifecycle.Trigger trigger : triggers) {
            StandardizationLifecycle.revocations(uscc, trigger, certificates).forEach(AggregateLifecycle::apply);
        }
    }

    private void revokeOnFirstTrigger(String certificationId) {
        StandardizationLifecycle.firstDuring(
                        certificates.get(certificationId), StandardizationLifecycle.triggers(accidents, listings))
                .ifPresent(t -> apply(StandardizationLifecycle.revocation(uscc, certificationId, t)));
    }

    /**
     * The fact that revoked these certificates no longer counts (retracted, annulled, or no death after all):
     * they count again — unless another fact of their term revokes them, as of that fact.
     */
    private void reinstateRevokedBy(String factId, RevocationGround onlyGround, String reason, LocalDate day) {
        List<String> revoked = certificates.entrySet().stream()
                .filter(c -> factId.equals(c.getValue().causedBy())
                        && (onlyGround == null
                                || onlyGround.name().equals(c.getValue().ground())))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        for (String id : revoked) {
            CertificateState certificate = certificates.get(id);
            apply(new CertificationReinstated(
                    uscc, id, reason, day, certificate.expired() ? null : certificate.expiresOn()));
            revokeOnFirstTrigger(id);
        }
    }

    // ------------------------------------------------------------------ guards

    private CertificateState certificate(String id) {
        CertificateState certificate = certificates.get(id);
        if (certificate == null) {
            throw new NotFoundException("unknown-certification", null, id);
        }
        return certificate;
    }

    private AccidentState openAccident(String id) {
        AccidentState accident = accidents.get(id);
        if (accident == null) {
            throw new NotFoundException("unknown-accident", null, id);
        }
        if (accident.retracted()) {
            throw new ConflictException("accident-retracted", null);
        }
        return accident;
    }

    private ListingState listing(String id) {
        ListingState listing = listings.get(id);
        if (listing == null) {
            throw new NotFoundException("unknown-listing", null, id);
        }
        return listing;
    }

    private ListingState activeListing(String id) {
        ListingState listing = listing(id);
        if (listing.status() != ListingState.Status.ACTIVE) {
            throw new ConflictException(
                    "listing-not-active",
                    null,
                    new LedgerProblem.Label("listingStatus", listing.status().name()));
        }
        return listing;
    }

    /** Out-of-order decisions are refused: nothing is decided before what it decides on. */
    private static void notBefore(String field, LocalDate day, LocalDate earliest, String what) {
        // what: the catalogue's before.<what> ("the accident", "the listing"…)
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
    void on(EnterpriseRegistered event) {
        this.uscc = event.uscc();
        this.registeredOn = event.registeredOn();
    }

    @EventSourcingHandler
    void on(CertificationGranted event) {
        certificates.put(
                event.certificationId(),
                new CertificateState(
                        event.type(),
                        event.certificateNo(),
                        event.issuedOn(),
                        event.expiresOn(),
                        false,
                        null,
                        null,
                        null));
    }

    @EventSourcingHandler
    void on(CertificationRevoked event) {
        String causedBy = event.causedByListingId() != null ? event.causedByListingId() : event.causedByAccidentId();
        certificates.computeIfPresent(
                event.certificationId(), (id, c) -> c.revoked(event.decidedOn(), event.ground(), causedBy));
    }

    @EventSourcingHandler
    void on(CertificationReinstated event) {
        certificates.computeIfPresent(event.certificationId(), (id, c) -> c.reinstated());
    }

    @EventSourcingHandler
    void on(CertificationExpired event) {
        certificates.computeIfPresent(event.certificationId(), (id, c) -> c.markExpired());
    }

    @EventSourcingHandler
    void on(AccidentReported event) {
        accidents.put(
                event.accidentId(),
                new AccidentState(
                        event.reportNo(),
                        event.category(),
                        event.occurredOn(),
                        event.occurredOn(),
                        false,
                        false,
                        event.deaths(),
                        event.grade(),
                        Map.of()));
    }

    @EventSourcingHandler
    void on(AccidentCasualtiesRevised event) {
        accidents.computeIfPresent(
                event.accidentId(), (id, a) -> a.revised(event.revisedOn(), event.deaths(), event.grade()));
    }

    @EventSourcingHandler
    void on(AccidentReportingViolationFound event) {
        accidents.computeIfPresent(
                event.accidentId(), (id, a) -> a.found(event.kind(), event.decidedOn(), event.decisionNo()));
    }

    @EventSourcingHandler
    void on(AccidentConcluded event) {
        accidents.computeIfPresent(event.accidentId(), (id, a) -> a.markConcluded());
    }

    @EventSourcingHandler
    void on(AccidentRetracted event) {
        accidents.computeIfPresent(event.accidentId(), (id, a) -> a.markRetracted());
    }

    @EventSourcingHandler
    void on(PenaltyImposed event) {
        penaltiesByDecisionNo.put(
                event.decisionNo(),
                new PenaltyState(
                        event.penaltyId(),
                        event.decisionNo(),
                        event.decidedOn(),
                        event.serious(),
                        event.fineYuan(),
                        event.permitViolation()));
    }

    @EventSourcingHandler
    void on(EnterpriseBlacklisted event) {
        listings.put(
                event.listingId(),
                new ListingState(
                        ListingRegime.valueOf(event.regime()),
                        event.decisionNo(),
                        event.decidedOn(),
                        event.expiresOn(),
                        null,
                        ListingState.Status.ACTIVE));
    }

    @EventSourcingHandler
    void on(ListingRemovedEarly event) {
        listings.computeIfPresent(
                event.listingId(), (id, l) -> l.ended(ListingState.Status.REMOVED_EARLY, event.decidedOn()));
    }

    @EventSourcingHandler
    void on(ListingRevoked event) {
        listings.computeIfPresent(event.listingId(), (id, l) -> l.with(ListingState.Status.REVOKED));
    }

    @EventSourcingHandler
    void on(ListingExpired event) {
        listings.computeIfPresent(event.listingId(), (id, l) -> l.with(ListingState.Status.EXPIRED));
    }
}

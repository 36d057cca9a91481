package com.safetycredit.ledger.command.enterprise;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.safetycredit.ledger.command.enterprise.CertificateState.Status;
import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.contracts.commands.ApplyForCreditRepair;
import com.safetycredit.ledger.contracts.commands.BlacklistEnterprise;
import com.safetycredit.ledger.contracts.commands.ChangeEnterpriseProfile;
import com.safetycredit.ledger.contracts.commands.ConcludeAccident;
import com.safetycredit.ledger.contracts.commands.DecideCreditRepair;
import com.safetycredit.ledger.contracts.commands.DecideRedList;
import com.safetycredit.ledger.contracts.commands.ExpireCertification;
import com.safetycredit.ledger.contracts.commands.ExpireListing;
import com.safetycredit.ledger.contracts.commands.ExpireRedListDecision;
import com.safetycredit.ledger.contracts.commands.GrantCertification;
import com.safetycredit.ledger.contracts.commands.ImposePenalty;
import com.safetycredit.ledger.contracts.commands.MakeCreditCommitment;
import com.safetycredit.ledger.contracts.commands.NoticeListing;
import com.safetycredit.ledger.contracts.commands.OrderSuspension;
import com.safetycredit.ledger.contracts.commands.RecordAccidentReportingViolation;
import com.safetycredit.ledger.contracts.commands.RecordHazard;
import com.safetycredit.ledger.contracts.commands.RecordListingStatement;
import com.safetycredit.ledger.contracts.commands.RecordPartnerListEntry;
import com.safetycredit.ledger.contracts.commands.RecordSafetyInvestment;
import com.safetycredit.ledger.contracts.commands.RectifyHazard;
import com.safetycredit.ledger.contracts.commands.RegisterEnterprise;
import com.safetycredit.ledger.contracts.commands.ReinstateListing;
import com.safetycredit.ledger.contracts.commands.RemoveListingEarly;
import com.safetycredit.ledger.contracts.commands.ReportAccident;
import com.safetycredit.ledger.contracts.commands.ResumeProduction;
import com.safetycredit.ledger.contracts.commands.RetractAccident;
import com.safetycredit.ledger.contracts.commands.RetractPenalty;
import com.safetycredit.ledger.contracts.commands.ReviseAccidentCasualties;
import com.safetycredit.ledger.contracts.commands.RevokeCertification;
import com.safetycredit.ledger.contracts.commands.RevokeListing;
import com.safetycredit.ledger.contracts.commands.RevokeRedListDecision;
import com.safetycredit.ledger.contracts.commands.WithdrawListingNotice;
import com.safetycredit.ledger.contracts.events.accident.AccidentCasualtiesRevised;
import com.safetycredit.ledger.contracts.events.accident.AccidentConcluded;
import com.safetycredit.ledger.contracts.events.accident.AccidentReported;
import com.safetycredit.ledger.contracts.events.accident.AccidentReportingViolationFound;
import com.safetycredit.ledger.contracts.events.accident.AccidentRetracted;
import com.safetycredit.ledger.contracts.events.certification.CertificationExpired;
import com.safetycredit.ledger.contracts.events.certification.CertificationGranted;
import com.safetycredit.ledger.contracts.events.certification.CertificationReinstated;
import com.safetycredit.ledger.contracts.events.certification.CertificationRevoked;
import com.safetycredit.ledger.contracts.events.commitment.CreditCommitmentMade;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseProfileChanged;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.contracts.events.hazard.HazardFound;
import com.safetycredit.ledger.contracts.events.hazard.HazardRectified;
import com.safetycredit.ledger.contracts.events.investment.SafetyInvestmentRecorded;
import com.safetycredit.ledger.contracts.events.listing.CreditRepairApplied;
import com.safetycredit.ledger.contracts.events.listing.CreditRepairDecided;
import com.safetycredit.ledger.contracts.events.listing.EnterpriseBlacklisted;
import com.safetycredit.ledger.contracts.events.listing.ListingExpired;
import com.safetycredit.ledger.contracts.events.listing.ListingNoticeWithdrawn;
import com.safetycredit.ledger.contracts.events.listing.ListingNoticed;
import com.safetycredit.ledger.contracts.events.listing.ListingReinstated;
import com.safetycredit.ledger.contracts.events.listing.ListingRemovedEarly;
import com.safetycredit.ledger.contracts.events.listing.ListingRevoked;
import com.safetycredit.ledger.contracts.events.listing.ListingStatementReceived;
import com.safetycredit.ledger.contracts.events.partner.PartnerListEntryRecorded;
import com.safetycredit.ledger.contracts.events.penalty.PenaltyImposed;
import com.safetycredit.ledger.contracts.events.penalty.PenaltyRetracted;
import com.safetycredit.ledger.contracts.events.redlist.RedListDecided;
import com.safetycredit.ledger.contracts.events.redlist.RedListDecisionExpired;
import com.safetycredit.ledger.contracts.events.redlist.RedListDecisionLost;
import com.safetycredit.ledger.contracts.events.redlist.RedListDecisionRevoked;
import com.safetycredit.ledger.contracts.events.suspension.ProductionResumed;
import com.safetycredit.ledger.contracts.events.suspension.SuspensionOrdered;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.rules.credit.Evidence;
import com.safetycredit.ledger.rules.credit.RedListCriteria;
import com.safetycredit.ledger.rules.credit.RedListLoss;
import com.safetycredit.ledger.rules.domain.AccidentCategory;
import com.safetycredit.ledger.rules.domain.AccidentGrade;
import com.safetycredit.ledger.rules.domain.CertificationType;
import com.safetycredit.ledger.rules.domain.ListingGrounds;
import com.safetycredit.ledger.rules.domain.ListingRegime;
import com.safetycredit.ledger.rules.domain.RevocationGround;
import com.safetycredit.ledger.rules.procedure.ProcedureRules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
@Aggregate(snapshotTriggerDefinition = "enterpriseSnapshotTrigger", cache = "enterpriseCache")
@Revision("5")
public class EnterpriseAggregate {

    @AggregateIdentifier
    private String uscc;

    private LocalDate registeredOn;
    private final Map<String, CertificateState> certificates = new HashMap<>();
    private final Map<String, AccidentState> accidents = new HashMap<>();
    private final Map<String, PenaltyState> penaltiesByDecisionNo = new HashMap<>();
    private final Map<String, ListingState> listings = new HashMap<>();
    private final Map<String, NoticeState> notices = new HashMap<>();
    private final Map<String, RepairState> repairs = new HashMap<>();
    /** The credit commitments (信用承诺) on file, by id, with the day each was made: a repair names one. */
    private final Map<String, LocalDate> commitmentsMadeOn = new HashMap<>();

    private final SupervisionState supervision = new SupervisionState();

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
        loseRedList(
                RedListLoss.Kind.WATCH, command.decidedOn(), null, "CertificationRevoked", command.certificationId());
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
                command.summary(),
                command.levelOneResponsePeriodId(),
                command.levelOneResponseOverrideReason()));
        revokeOn(StandardizationLifecycle.triggers(command.accidentId(), accidents.get(command.accidentId())));
        AccidentCategory category = AccidentCategory.of(command.category());
        if (category.productionSafety()) {
            loseRedList(
                    command.deaths() > 0 ? RedListLoss.Kind.CRITERIA : RedListLoss.Kind.WATCH,
                    accidents.get(command.accidentId()).occurredOn(),
                    null,
                    "AccidentReported",
                    command.accidentId());
        }
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
            if (category.productionSafety()) {
                loseRedList(
                        RedListLoss.Kind.CRITERIA,
                        accident.occurredOn(),
                        null,
                        "AccidentCasualtiesRevised",
                        command.accidentId());
            }
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
        loseRedList(
                RedListLoss.Kind.WATCH,
                command.decidedOn(),
                null,
                "AccidentReportingViolationFound",
                command.accidentId());
    }

    // ------------------------------------------------------------------ penalties and listings

    @CommandHandler
    void handle(ImposePenalty command) {
        PenaltyState recorded = penaltiesByDecisionNo.get(command.decisionNo());
        if (recorded != null && !recorded.retracted()) {
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
        loseRedList(RedListLoss.Kind.CRITERIA, command.decidedOn(), null, "PenaltyImposed", command.penaltyId());
    }

    /**
     * 应急管理部令第11号: a listing rests on an administrative penalty for serious conduct, decided by the
     * department that imposed it, and its basis on the facts it names ({@link ListingGrounds}); from the notice
     * step's start date it follows a notice whose statement period has ended (or was waived), and answers the
     * statements received. Listing revokes the standardization certificates valid that day (RULES.md §5).
     */
    @CommandHandler
    void handle(BlacklistEnterprise command, ProcedureRules rules) {
        PenaltyState penalty = seriousPenalty(command.penaltyDecisionNo(), command.decidedOn());
        ListingGrounds.Grounds grounds = grounds(command.basis(), penalty, command.groundsOverrideReason());
        NoticeState notice = ListingProcedure.checkNotice(command, notices, rules);
        String principal = ListingProcedure.principal(command, notice);
        ListingGrounds.checkPrincipalNamed(command.basis(), principal);
        ListingProcedure.penaltyFree(command.penaltyDecisionNo(), listings, notices, command.noticeId());
        ListingRegime regime = command.regime() == null
                ? ListingRegime.inForceOn(command.decidedOn())
                : ListingRegime.valueOf(command.regime());
        boolean repeatEntry = listings.values().stream().anyMatch(l -> l.status() != ListingState.Status.REVOKED);
        LocalDate expiresOn = regime.expiresOn(command.decidedOn(), repeatEntry);
        String extendsListingId = null;
        var inForce = ListingProcedure.inForceOn(command.decidedOn(), listings);
        if (inForce.isPresent()) {
            ListingProcedure.whileListed(
                    rules, inForce.get().getKey(), inForce.get().getValue());
            if (rules.whileListed() == ProcedureRules.WhileListed.EXTEND) {
                extendsListingId = inForce.get().getKey();
                LocalDate from = inForce.get().getValue().endsOn();
                expiresOn = regime.expiresOn(from, repeatEntry);
            }
        }
        apply(new EnterpriseBlacklisted(
                uscc,
                command.listingId(),
                command.basis(),
                regime.name(),
                command.penaltyDecisionNo(),
                command.authority(),
                command.decisionNo(),
                command.decidedOn(),
                expiresOn,
                repeatEntry,
                grounds.factIds(),
                grounds.overrideReason(),
                notice == null ? null : command.noticeId(),
                ListingProcedure.text(command.statementResponse()),
                extendsListingId,
                principal));
        StandardizationLifecycle.listing(command.listingId(), listings.get(command.listingId()))
                .ifPresent(trigger -> revokeOn(List.of(trigger)));
        loseRedList(RedListLoss.Kind.CRITERIA, command.decidedOn(), null, "EnterpriseBlacklisted", command.listingId());
    }

    /** 告知: the proposed listing, its facts, basis and regime, and the statement period in working days. */
    @CommandHandler
    void handle(NoticeListing command, ProcedureRules rules) {
        if (notices.containsKey(command.noticeId())) {
            throw new ConflictException("notice-already-recorded", "noticeId", command.noticeId());
        }
        PenaltyState penalty = seriousPenalty(command.penaltyDecisionNo(), command.noticedOn());
        ListingGrounds.Grounds grounds = grounds(command.basis(), penalty, command.groundsOverrideReason());
        ListingGrounds.checkPrincipalNamed(command.basis(), command.principalRegistrationNo());
        ListingProcedure.penaltyFree(command.penaltyDecisionNo(), listings, notices, null);
        ListingProcedure.inForceOn(command.noticedOn(), listings)
                .ifPresent(l -> ListingProcedure.whileListed(rules, l.getKey(), l.getValue()));
        ListingRegime regime = command.regime() == null
                ? ListingRegime.inForceOn(command.noticedOn())
                : ListingRegime.valueOf(command.regime());
        apply(new ListingNoticed(
                uscc,
                command.noticeId(),
                command.basis(),
                regime.name(),
                command.penaltyDecisionNo(),
                command.authority(),
                command.noticeNo(),
                command.noticedOn(),
                command.facts(),
                rules.statementWorkingDays(),
                rules.statementDeadline(command.noticedOn()),
                grounds.factIds(),
                grounds.overrideReason(),
                command.principalRegistrationNo()));
    }

    @CommandHandler
    void handle(RecordListingStatement command) {
        NoticeState notice = ListingProcedure.openNotice(command.noticeId(), notices);
        notBefore("receivedOn", command.receivedOn(), notice.noticedOn(), "notice");
        apply(new ListingStatementReceived(
                uscc,
                command.noticeId(),
                command.statementId(),
                command.receivedOn(),
                command.summary(),
                command.waivesStatementPeriod(),
                command.receivedOn().isAfter(notice.statementDeadline())));
    }

    @CommandHandler
    void handle(WithdrawListingNotice command) {
        NoticeState notice = ListingProcedure.openNotice(command.noticeId(), notices);
        notBefore("decidedOn", command.decidedOn(), notice.noticedOn(), "notice");
        apply(new ListingNoticeWithdrawn(uscc, command.noticeId(), command.decidedOn(), command.reason()));
    }

    @CommandHandler
    void handle(RemoveListingEarly command) {
        ListingState listing = activeListing(command.listingId());
        ListingProcedure.earlyRemovalAllowed(listing, command.decidedOn(), "decidedOn");
        apply(new ListingRemovedEarly(uscc, command.listingId(), command.decisionNo(), command.decidedOn()));
    }

    /** 信用修复: after the minimum time on the list, with the penalty executed, a rectification report and a commitment. */
    @CommandHandler
    void handle(ApplyForCreditRepair command) {
        ListingState listing = activeListing(command.listingId());
        ListingProcedure.checkRepairApplication(command, listing, repairs);
        ListingProcedure.commitmentOnFile(command.commitmentId(), command.appliedOn(), commitmentsMadeOn);
        apply(new CreditRepairApplied(
                uscc,
                command.repairId(),
                command.listingId(),
                command.appliedOn(),
                command.penaltyExecuted(),
                command.rectificationReportNo(),
                command.commitmentId()));
    }

    /** Approval is the early removal, in the same commit. */
    @CommandHandler
    void handle(DecideCreditRepair command) {
        RepairState repair = repairs.get(command.repairId());
        if (repair == null) {
            throw new NotFoundException("unknown-repair-application", "repairId", command.repairId());
        }
        if (!repair.pending()) {
            throw new ConflictException(
                    "repair-decided",
                    null,
                    command.repairId(),
                    new LedgerProblem.Label("repairDecision", repair.decision()));
        }
        notBefore("decidedOn", command.decidedOn(), repair.appliedOn(), "application");
        if (command.approve()) {
            ListingState listing = activeListing(repair.listingId());
            ListingProcedure.earlyRemovalAllowed(listing, command.decidedOn(), "decidedOn");
        }
        String decision = command.approve() ? "APPROVED" : "REJECTED";
        apply(new CreditRepairDecided(
                uscc,
                command.repairId(),
                repair.listingId(),
                decision,
                command.decidedOn(),
                command.decisionNo(),
                command.reason()));
        if (command.approve()) {
            apply(new ListingRemovedEarly(uscc, repair.listingId(), command.decisionNo(), command.decidedOn()));
        }
    }

    /** Repair obtained by fraud: the early removal is revoked and the listing runs again for what it had left. */
    @CommandHandler
    void handle(ReinstateListing command) {
        ListingState listing = listing(command.listingId());
        if (listing.status() != ListingState.Status.REMOVED_EARLY) {
            throw new ConflictException(
                    "listing-not-removed-early",
                    null,
                    command.listingId(),
                    new LedgerProblem.Label("listingStatus", listing.status().name()));
        }
        notBefore("decidedOn", command.decidedOn(), listing.endedOn(), "early-removal");
        long remainingDays = ChronoUnit.DAYS.between(listing.endedOn(), listing.expiresOn());
        String repairId = repairs.entrySet().stream()
                .filter(r -> r.getValue().listingId().equals(command.listingId())
                        && "APPROVED".equals(r.getValue().decision()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
        apply(new ListingReinstated(
                uscc,
                command.listingId(),
                command.decidedOn(),
                command.decisionNo(),
                command.reason(),
                repairId,
                command.decidedOn().plusDays(remainingDays)));
    }

    /** An upheld objection's correction: the penalty was recorded in error. */
    @CommandHandler
    void handle(RetractPenalty command) {
        PenaltyState penalty = penaltiesByDecisionNo.values().stream()
                .filter(p -> p.penaltyId().equals(command.penaltyId()) && !p.retracted())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("unknown-penalty", "penaltyId").explainedAs("enterprise"));
        ListingProcedure.notGroundingAListing(penalty, listings, notices);
        notBefore("retractedOn", command.retractedOn(), penalty.decidedOn(), "penalty");
        apply(new PenaltyRetracted(
                uscc, command.penaltyId(), command.reason(), command.retractedOn(), command.objectionId()));
    }

    private PenaltyState seriousPenalty(String decisionNo, LocalDate day) {
        PenaltyState penalty = penaltiesByDecisionNo.get(decisionNo);
        if (penalty == null || penalty.retracted()) {
            throw new InvalidInputException("penalty-unknown", "penaltyDecisionNo", decisionNo);
        }
        if (!penalty.serious()) {
            throw new ConflictException("penalty-not-serious", "penaltyDecisionNo", decisionNo);
        }
        notBefore("decidedOn", day, penalty.decidedOn(), "penalty");
        return penalty;
    }

    private ListingGrounds.Grounds grounds(int basis, PenaltyState penalty, String overrideReason) {
        return ListingGrounds.check(
                basis,
                penalty.fact(),
                accidents.entrySet().stream()
                        .map(a -> a.getValue().fact(a.getKey()))
                        .toList(),
                overrideReason);
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
        if (listing != null && listing.inForce() && !command.today().isBefore(listing.endsOn())) {
            apply(new ListingExpired(uscc, command.listingId(), listing.endsOn()));
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

    // ------------------------------------------------------------------ graded supervision (RULES.md §12)

    @CommandHandler
    void handle(MakeCreditCommitment command) {
        notBefore("madeOn", command.madeOn(), registeredOn, "registration");
        if (command.publishedAt() != null
                && command.publishedAt()
                        .atZoneSameInstant(LedgerTime.ZONE)
                        .toLocalDate()
                        .isBefore(command.madeOn())) {
            throw new InvalidInputException("before-made", "publishedAt", command.madeOn());
        }
        apply(new CreditCommitmentMade(
                uscc, command.commitmentId(), command.madeOn(), command.text(), command.publishedAt()));
    }

    @CommandHandler
    void handle(RecordHazard command) {
        notBefore("foundOn", command.foundOn(), registeredOn, "registration");
        apply(new HazardFound(
                uscc,
                command.hazardId(),
                command.foundOn(),
                command.description(),
                command.major(),
                command.supervisionNo(),
                command.deadline()));
        if (command.major()) {
            loseRedList(RedListLoss.Kind.OPEN, command.foundOn(), null, "HazardFound", command.hazardId());
        }
    }

    /** 销号: the rectification verified, once, not before the hazard was found. */
    @CommandHandler
    void handle(RectifyHazard command) {
        SupervisionState.Hazard hazard = supervision.hazards.get(command.hazardId());
        if (hazard == null) {
            throw new NotFoundException("unknown-hazard", "hazardId", command.hazardId());
        }
        if (hazard.verifiedOn() != null) {
            throw new ConflictException("hazard-rectified", "verifiedOn", command.hazardId(), hazard.verifiedOn());
        }
        notBefore("verifiedOn", command.verifiedOn(), hazard.foundOn(), "hazard");
        apply(new HazardRectified(uscc, command.hazardId(), command.verifiedOn(), command.verifiedBy()));
    }

    @CommandHandler
    void handle(OrderSuspension command) {
        notBefore("orderedOn", command.orderedOn(), registeredOn, "registration");
        boolean recorded = supervision.suspensions.values().stream()
                .anyMatch(s -> s.decisionNo().equals(command.decisionNo()));
        if (recorded) {
            throw new ConflictException("suspension-order-already-recorded", "decisionNo", command.decisionNo());
        }
        apply(new SuspensionOrdered(
                uscc, command.orderId(), command.orderedOn(), command.decisionNo(), command.reason()));
        loseRedList(RedListLoss.Kind.OPEN, command.orderedOn(), null, "SuspensionOrdered", command.orderId());
    }

    /** RULES.md §12: a rectified enterprise may resume — not while a major hazard found by then is still open. */
    @CommandHandler
    void handle(ResumeProduction command) {
        SupervisionState.Suspension order = supervision.suspensions.get(command.orderId());
        if (order == null) {
            throw new NotFoundException("unknown-suspension-order", "orderId", command.orderId());
        }
        if (order.resumedOn() != null) {
            throw new ConflictException("already-resumed", "resumedOn", command.orderId(), order.resumedOn());
        }
        notBefore("resumedOn", command.resumedOn(), order.orderedOn(), "suspension-order");
        List<SupervisionState.Hazard> open = supervision.majorHazardsOpenOn(command.resumedOn());
        if (!open.isEmpty()) {
            // named as the clerk recorded them: the day found and what was found, not the ledger's ids
            throw new ConflictException(
                    "hazard-not-rectified",
                    "resumedOn",
                    open.stream()
                            .map(h -> new LedgerProblem.Phrase(
                                    "ref.hazardFound",
                                    h.foundOn().toString(),
                                    h.description() == null ? "" : h.description()))
                            .toList(),
                    command.resumedOn());
        }
        apply(new ProductionResumed(uscc, command.orderId(), command.resumedOn(), command.decisionNo()));
    }

    /**
     * 认定: only while no decision is in force, and only when the red-list rule set holds on the decision's day and
     * on the day it is recorded (a fact in between would end it at once).
     */
    @CommandHandler
    void handle(DecideRedList command, RedListCheck check, Clock clock) {
        notBefore("decidedOn", command.decidedOn(), registeredOn, "registration");
        supervision.decisionInForce().ifPresent(d -> {
            throw new ConflictException(
                    "red-list-decision-in-force",
                    "decidedOn",
                    d.getValue().decisionNo() == null
                            ? d.getKey()
                            : d.getValue().decisionNo(),
                    d.getValue().expiresOn(),
                    d.getValue().decidedOn());
        });
        RedListCheck.RuleSet rules = check.ruleSet();
        RedListCriteria.Check onTheDay = check.check(uscc, command.decidedOn());
        // recorded late: an adverse fact already on record in its term would have ended it (the ledger records a
        // loss as such a fact arrives), so the term up to today (or its last day) must hold none
        LocalDate lastDay = command.decidedOn().plusYears(rules.termYears()).minusDays(1);
        LocalDate today = LedgerTime.today(clock);
        List<Evidence> inTerm =
                check.adverseFactsInTerm(uscc, command.decidedOn(), today.isBefore(lastDay) ? today : lastDay);
        if (!onTheDay.met() || !inTerm.isEmpty()) {
            throw RedListRefusal.of(command.decidedOn(), onTheDay, inTerm);
        }
        apply(new RedListDecided(
                uscc,
                command.decisionId(),
                command.decidedOn(),
                command.decisionNo(),
                command.authority(),
                command.decidedOn().plusYears(rules.termYears()),
                rules.id(),
                rules.revision(),
                rules.lookBackYears(),
                onTheDay.groundPositions()));
    }

    @CommandHandler
    void handle(RevokeRedListDecision command) {
        SupervisionState.Decision decision = supervision.decisions.get(command.decisionId());
        if (decision == null) {
            throw new NotFoundException("unknown-red-list-decision", "decisionId", command.decisionId());
        }
        if (decision.status() != SupervisionState.DecisionStatus.IN_FORCE) {
            throw new ConflictException(
                    "decision-not-in-force",
                    "decisionId",
                    command.decisionId(),
                    new LedgerProblem.Label("redListStatus", decision.status().name()));
        }
        notBefore("decidedOn", command.decidedOn(), decision.decidedOn(), "decision");
        apply(new RedListDecisionRevoked(
                uscc, command.decisionId(), command.decidedOn(), command.decisionNo(), command.reason()));
    }

    /** Idempotent: the expiry sweep may send it more than once, or early. */
    @CommandHandler
    void handle(ExpireRedListDecision command) {
        SupervisionState.Decision decision = supervision.decisions.get(command.decisionId());
        if (decision != null
                && decision.status() == SupervisionState.DecisionStatus.IN_FORCE
                && !command.today().isBefore(decision.expiresOn())) {
            apply(new RedListDecisionExpired(uscc, command.decisionId(), decision.expiresOn()));
        }
    }

    /** Another department's severe-list entry (联合惩戒): once per department and decision. */
    @CommandHandler
    void handle(RecordPartnerListEntry command) {
        if (command.to() != null && !command.to().isAfter(command.from())) {
            throw new InvalidInputException("not-after-from", "to", command.from());
        }
        if (supervision.partnerDecisions.contains(command.department() + "|" + command.decisionNo())) {
            throw new ConflictException(
                    "partner-entry-recorded", "decisionNo", command.decisionNo(), command.department());
        }
        apply(new PartnerListEntryRecorded(
                uscc,
                command.entryId(),
                command.department(),
                command.listName(),
                command.decisionNo(),
                command.from(),
                command.to()));
        loseRedList(
                RedListLoss.Kind.PARTNER, command.from(), command.to(), "PartnerListEntryRecorded", command.entryId());
    }

    /** The ledger's own record that an adverse fact ended the red-list decision in force (RULES.md §12). */
    private void loseRedList(
            RedListLoss.Kind kind, LocalDate factOn, LocalDate factEndsOn, String causeType, String causeId) {
        supervision.losses(uscc, kind, factOn, factEndsOn, causeType, causeId).forEach(AggregateLifecycle::apply);
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
                        event.permitViolation(),
                        false));
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
                        ListingState.Status.ACTIVE,
                        event.penaltyDecisionNo(),
                        null,
                        null));
        if (event.noticeId() != null) {
            notices.computeIfPresent(event.noticeId(), (id, n) -> n.with(NoticeState.Status.LISTED));
        }
    }

    @EventSourcingHandler
    void on(ListingNoticed event) {
        notices.put(
                event.noticeId(),
                new NoticeState(
                        event.basis(),
                        event.penaltyDecisionNo(),
                        event.noticedOn(),
                        event.statementDeadline(),
                        0,
                        false,
                        NoticeState.Status.OPEN,
                        event.principalRegistrationNo()));
    }

    @EventSourcingHandler
    void on(ListingStatementReceived event) {
        notices.computeIfPresent(event.noticeId(), (id, n) -> n.statement(event.waivesStatementPeriod()));
    }

    @EventSourcingHandler
    void on(ListingNoticeWithdrawn event) {
        notices.computeIfPresent(event.noticeId(), (id, n) -> n.with(NoticeState.Status.WITHDRAWN));
    }

    @EventSourcingHandler
    void on(CreditCommitmentMade event) {
        commitmentsMadeOn.put(event.commitmentId(), event.madeOn());
    }

    @EventSourcingHandler
    void on(CreditRepairApplied event) {
        repairs.put(event.repairId(), new RepairState(event.listingId(), event.appliedOn(), RepairState.PENDING));
    }

    @EventSourcingHandler
    void on(CreditRepairDecided event) {
        repairs.computeIfPresent(event.repairId(), (id, r) -> r.decided(event.decision()));
    }

    @EventSourcingHandler
    void on(ListingReinstated event) {
        listings.computeIfPresent(event.listingId(), (id, l) -> l.reinstated(event.decidedOn(), event.expiresOn()));
    }

    @EventSourcingHandler
    void on(PenaltyRetracted event) {
        penaltiesByDecisionNo.replaceAll((no, p) -> p.penaltyId().equals(event.penaltyId()) ? p.markRetracted() : p);
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

    @EventSourcingHandler
    void on(HazardFound event) {
        supervision.hazards.put(
                event.hazardId(),
                new SupervisionState.Hazard(event.foundOn(), event.major(), null, event.description()));
    }

    @EventSourcingHandler
    void on(HazardRectified event) {
        supervision.hazards.computeIfPresent(
                event.hazardId(),
                (id, h) -> new SupervisionState.Hazard(h.foundOn(), h.major(), event.verifiedOn(), h.description()));
    }

    @EventSourcingHandler
    void on(SuspensionOrdered event) {
        supervision.suspensions.put(
                event.orderId(), new SupervisionState.Suspension(event.orderedOn(), event.decisionNo(), null));
    }

    @EventSourcingHandler
    void on(ProductionResumed event) {
        supervision.suspensions.computeIfPresent(
                event.orderId(),
                (id, s) -> new SupervisionState.Suspension(s.orderedOn(), s.decisionNo(), event.resumedOn()));
    }

    @EventSourcingHandler
    void on(RedListDecided event) {
        supervision.decisions.put(
                event.decisionId(),
                new SupervisionState.Decision(
                        event.decidedOn(),
                        event.expiresOn(),
                        event.lookBackYears(),
                        SupervisionState.DecisionStatus.IN_FORCE,
                        event.decisionNo()));
    }

    @EventSourcingHandler
    void on(RedListDecisionRevoked event) {
        supervision.decisions.computeIfPresent(
                event.decisionId(), (id, d) -> d.with(SupervisionState.DecisionStatus.REVOKED));
    }

    @EventSourcingHandler
    void on(RedListDecisionLost event) {
        supervision.decisions.computeIfPresent(
                event.decisionId(), (id, d) -> d.with(SupervisionState.DecisionStatus.LOST));
    }

    @EventSourcingHandler
    void on(RedListDecisionExpired event) {
        supervision.decisions.computeIfPresent(
                event.decisionId(), (id, d) -> d.with(SupervisionState.DecisionStatus.EXPIRED));
    }

    @EventSourcingHandler
    void on(PartnerListEntryRecorded event) {
        supervision.partnerDecisions.add(event.department() + "|" + event.decisionNo());
    }
}

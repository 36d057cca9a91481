package com.safetycredit.ledger.rules.credit;

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
import com.safetycredit.ledger.contracts.events.listing.ListingReinstated;
import com.safetycredit.ledger.contracts.events.listing.ListingRemovedEarly;
import com.safetycredit.ledger.contracts.events.listing.ListingRevoked;
import com.safetycredit.ledger.contracts.events.penalty.PenaltyImposed;
import com.safetycredit.ledger.contracts.events.penalty.PenaltyRetracted;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An enterprise's credit facts folded from its events, each remembering the ledger positions it rests on so
 * every answer built from it can name its evidence. One fold for every rule that reads facts — award
 * decisions on the write side, eligibility and status on the read side, the offline verifier — so they
 * cannot disagree.
 */
public final class EnterpriseRecord {

    /**
     * @param certificateNo   the number on the certificate; for a registered safety engineer the person's
     *                        registration number, the key of the once-per-person award
     * @param issuer          the body that issued it, as recorded (its name begins with its region's name)
     * @param revocationGround why it was revoked, as a {@code RevocationGround} code, while revoked; else {@code null}
     */
    public record Certification(
            String id,
            String type,
            String level,
            String certificateNo,
            String issuer,
            LocalDate issuedOn,
            LocalDate expiresOn,
            LocalDate revokedOn,
            String revocationGround,
            LocalDate expiredOn,
            String personName,
            List<Long> positions) {
        /** Valid from its issue until its expiry or revocation: a revoked certificate stops counting that day. */
        public boolean validOn(LocalDate day) {
            return !day.isBefore(issuedOn)
                    && (expiresOn == null || day.isBefore(expiresOn))
                    && (revokedOn == null || day.isBefore(revokedOn));
        }
    }

    public record Investment(
            String id, String type, int policyYear, long amountFen, Map<String, Object> details, long position) {}

    /** The registered region and industry from {@code from} on (a registration or a profile change). */
    public record ProfileVersion(LocalDate from, String regionCode, String industry, long position) {}

    /** {@code category}: an {@code AccidentCategory} code; which rule counts it says {@code AccidentGates}. */
    public record Accident(
            String id,
            String category,
            LocalDate occurredOn,
            int deaths,
            int seriousInjuries,
            int personsEndangered,
            long directLossYuan,
            boolean duringLevelOneResponse,
            String grade,
            Boolean liable,
            boolean retracted,
            List<Long> positions) {}

    /** A finding that the accident {@code accidentId} was concealed, falsely reported, reported late or left out. */
    public record ReportingViolationFinding(String accidentId, String kind, LocalDate decidedOn, long position) {}

    public record Penalty(
            String id,
            String decisionNo,
            LocalDate decidedOn,
            long fineYuan,
            boolean serious,
            boolean summaryProcedure,
            long position) {}

    /**
     * A listing is active on [decidedOn, firstEnd) — firstEnd its expiry or early removal — and, when the early
     * removal was revoked for fraud ({@code ListingReinstated}), again on [reinstatedOn, reinstatedUntil). An annulled
     * listing never was.
     */
    public record Listing(
            String id,
            int basis,
            String regime,
            LocalDate decidedOn,
            LocalDate expiresOn,
            LocalDate endedOn,
            boolean revoked,
            List<Long> positions,
            LocalDate reinstatedOn,
            LocalDate reinstatedUntil) {

        /** The periods it is active, in order: one, or two when reinstated. */
        public record Period(LocalDate from, LocalDate until) {
            public boolean contains(LocalDate day) {
                return !day.isBefore(from) && day.isBefore(until);
            }
        }

        /** The end of its first period: the expiry, or the early removal. */
        public LocalDate firstEnd() {
            return endedOn != null && endedOn.isBefore(expiresOn) ? endedOn : expiresOn;
        }

        /** The first day it is no longer active for good. */
        public LocalDate endsOn() {
            return reinstatedOn != null ? reinstatedUntil : firstEnd();
        }

        public List<Period> periods() {
            return reinstatedOn == null
                    ? List.of(new Period(decidedOn, firstEnd()))
                    : List.of(new Period(decidedOn, firstEnd()), new Period(reinstatedOn, reinstatedUntil));
        }

        public boolean activeOn(LocalDate day) {
            return !revoked && periods().stream().anyMatch(p -> p.contains(day));
        }

        /** The period active on {@code day}, if any. */
        public Optional<Period> periodOn(LocalDate day) {
            if (!revoked) {
                for (Period p : periods()) {
                    if (p.contains(day)) {
                        return Optional.of(p);
                    }
                }
            }
            return Optional.empty();
        }

        public boolean activeDuringYear(int year) {
            LocalDate first = LocalDate.of(year, 1, 1);
            return !revoked
                    && periods().stream()
                            .anyMatch(
                                    p -> p.from().getYear() <= year && p.until().isAfter(first));
        }
    }

    private String uscc;
    private String name;
    private String industry;
    private String regionCode;
    private long lastPosition;
    private final List<ProfileVersion> profileVersions = new ArrayList<>();
    private final Map<String, Certification> certifications = new LinkedHashMap<>();
    private final Map<String, Investment> investments = new LinkedHashMap<>();
    private final Map<String, Accident> accidents = new LinkedHashMap<>();
    private final Map<String, Penalty> penalties = new LinkedHashMap<>();
    private final List<ReportingViolationFinding> reportingViolations = new ArrayList<>();
    private final Map<String, Listing> listings = new LinkedHashMap<>();
    private final SupervisionFacts supervision = new SupervisionFacts();
    private LocalDate registeredOn;

    /** Applies one event (in ledger order) recorded at {@code position}; events it does not know are ignored. */
    public EnterpriseRecord apply(Object event, long position) {
        lastPosition = Math.max(lastPosition, position);
        if (event instanceof EnterpriseRegistered e) {
            uscc = e.uscc();
            name = e.name();
            industry = e.industry();
            regionCode = e.regionCode();
            registeredOn = e.registeredOn();
            profileVersions.add(new ProfileVersion(e.registeredOn(), regionCode, industry, position));
        } else if (event instanceof EnterpriseProfileChanged e) {
            name = e.name() != null ? e.name() : name;
            industry = e.industry() != null ? e.industry() : industry;
            regionCode = e.regionCode() != null ? e.regionCode() : regionCode;
            ProfileVersion before = profileOn(e.effectiveOn()).orElse(null);
            profileVersions.add(new ProfileVersion(
                    e.effectiveOn(),
                    e.regionCode() != null ? e.regionCode() : before == null ? regionCode : before.regionCode(),
                    e.industry() != null ? e.industry() : before == null ? industry : before.industry(),
                    position));
        } else if (event instanceof CertificationGranted e) {
            certifications.put(
                    e.certificationId(),
                    new Certification(
                            e.certificationId(),
                            e.type(),
                            e.level(),
                            e.certificateNo(),
                            e.issuer(),
                            e.issuedOn(),
                            e.expiresOn(),
                            null,
                            null,
                            null,
                            e.personName(),
                            List.of(position)));
        } else if (event instanceof CertificationRevoked e) {
            certifications.computeIfPresent(
                    e.certificationId(), (id, c) -> revoked(c, e.decidedOn(), e.ground(), position));
        } else if (event instanceof CertificationReinstated e) {
            certifications.computeIfPresent(e.certificationId(), (id, c) -> revoked(c, null, null, position));
        } else if (event instanceof CertificationExpired e) {
            certifications.computeIfPresent(
                    e.certificationId(),
                    (id, c) -> new Certification(
                            id,
                            c.type(),
                            c.level(),
                            c.certificateNo(),
                            c.issuer(),
                            c.issuedOn(),
                            c.expiresOn(),
                            c.revokedOn(),
                            c.revocationGround(),
                            e.expiredOn(),
                            c.personName(),
                            plus(c.positions(), position)));
        } else if (event instanceof SafetyInvestmentRecorded e) {
            investments.put(
                    e.investmentId(),
                    new Investment(
                            e.investmentId(),
                            e.type(),
                            e.policyYear(),
                            e.amountFen(),
                            e.details() == null ? Map.of() : e.details(),
                            position));
        } else if (event instanceof AccidentReported e) {
            accidents.put(
                    e.accidentId(),
                    new Accident(
                            e.accidentId(),
                            e.category(),
                            e.occurredOn(),
                            e.deaths(),
                            e.seriousInjuries(),
                            e.personsEndangered(),
                            e.directLossYuan(),
                            e.duringLevelOneResponse(),
                            e.grade(),
                            null,
                            false,
                            List.of(position)));
        } else if (event instanceof AccidentCasualtiesRevised e) {
            accidents.computeIfPresent(
                    e.accidentId(),
                    (id, a) -> new Accident(
                            id,
                            a.category(),
                            a.occurredOn(),
                            e.deaths(),
                            e.seriousInjuries(),
                            e.personsEndangered(),
                            e.directLossYuan(),
                            a.duringLevelOneResponse(),
                            e.grade(),
                            a.liable(),
                            a.retracted(),
                            plus(a.positions(), position)));
        } else if (event instanceof AccidentConcluded e) {
            accidents.computeIfPresent(
                    e.accidentId(),
                    (id, a) -> new Accident(
                            id,
                            a.category(),
                            a.occurredOn(),
                            a.deaths(),
                            a.seriousInjuries(),
                            a.personsEndangered(),
                            a.directLossYuan(),
                            a.duringLevelOneResponse(),
                            a.grade(),
                            e.liable(),
                            a.retracted(),
                            plus(a.positions(), position)));
        } else if (event instanceof AccidentRetracted e) {
            accidents.computeIfPresent(
                    e.accidentId(),
                    (id, a) -> new Accident(
                            id,
                            a.category(),
                            a.occurredOn(),
                            a.deaths(),
                            a.seriousInjuries(),
                            a.personsEndangered(),
                            a.directLossYuan(),
                            a.duringLevelOneResponse(),
                            a.grade(),
                            a.liable(),
                            true,
                            plus(a.positions(), position)));
        } else if (event instanceof AccidentReportingViolationFound e) {
            reportingViolations.add(new ReportingViolationFinding(e.accidentId(), e.kind(), e.decidedOn(), position));
        } else if (event instanceof PenaltyImposed e) {
            penalties.put(
                    e.penaltyId(),
                    new Penalty(
                            e.penaltyId(),
                            e.decisionNo(),
                            e.decidedOn(),
                            e.fineYuan(),
                            e.serious(),
                            e.summaryProcedure(),
                            position));
        } else if (event instanceof EnterpriseBlacklisted e) {
            listings.put(
                    e.listingId(),
                    new Listing(
                            e.listingId(),
                            e.basis(),
                            e.regime(),
                            e.decidedOn(),
                            e.expiresOn(),
                            null,
                            false,
                            List.of(position),
                            null,
                            null));
        } else if (event instanceof ListingReinstated e) {
            listings.computeIfPresent(
                    e.listingId(),
                    (id, l) -> new Listing(
                            id,
                            l.basis(),
                            l.regime(),
                            l.decidedOn(),
                            l.expiresOn(),
                            l.endedOn(),
                            l.revoked(),
                            plus(l.positions(), position),
                            e.decidedOn(),
                            e.expiresOn()));
        } else if (event instanceof PenaltyRetracted e) {
            // recorded in error: it counts for nothing (its events stay in the history)
            penalties.remove(e.penaltyId());
        } else if (event instanceof ListingRemovedEarly e) {
            listings.computeIfPresent(e.listingId(), (id, l) -> ended(l, e.decidedOn(), false, position));
        } else if (event instanceof ListingExpired e) {
            listings.computeIfPresent(
                    e.listingId(),
                    (id, l) -> l.reinstatedOn() != null
                            ? ended(l, l.endedOn(), false, position) // the reinstated period ran out: as planned
                            : ended(l, e.expiredOn(), false, position));
        } else if (event instanceof ListingRevoked e) {
            listings.computeIfPresent(e.listingId(), (id, l) -> ended(l, l.endedOn(), true, position));
        } else {
            supervision.apply(event, position);
        }
        // other events do not change the credit record
        return this;
    }

    /** The certificate revoked on {@code revokedOn} on {@code ground}, or counting again when both are null. */
    private static Certification revoked(Certification c, LocalDate revokedOn, String ground, long position) {
        return new Certification(
                c.id(),
                c.type(),
                c.level(),
                c.certificateNo(),
                c.issuer(),
                c.issuedOn(),
                c.expiresOn(),
                revokedOn,
                ground,
                c.expiredOn(),
                c.personName(),
                plus(c.positions(), position));
    }

    private static Listing ended(Listing l, LocalDate endedOn, boolean revoked, long position) {
        return new Listing(
                l.id(),
                l.basis(),
                l.regime(),
                l.decidedOn(),
                l.expiresOn(),
                endedOn,
                revoked,
                plus(l.positions(), position),
                l.reinstatedOn(),
                l.reinstatedUntil());
    }

    private static List<Long> plus(List<Long> positions, long position) {
        List<Long> result = new ArrayList<>(positions);
        result.add(position);
        return List.copyOf(result);
    }

    public String uscc() {
        return uscc;
    }

    public String name() {
        return name;
    }

    public String industry() {
        return industry;
    }

    public String regionCode() {
        return regionCode;
    }

    /**
     * The registered region and industry in force on {@code day}: the registration or the profile change with
     * the latest effective date on or before it (of two on the same day, the later recorded); empty before the
     * enterprise was registered. Award policies read the profile of the policy year, not today's.
     */
    public Optional<ProfileVersion> profileOn(LocalDate day) {
        ProfileVersion found = null;
        for (ProfileVersion version : profileVersions) {
            LocalDate from =
                    version.from() == null ? LocalDate.MIN : version.from(); // registered before dates were kept
            if (!from.isAfter(day)
                    && (found == null || !from.isBefore(found.from() == null ? LocalDate.MIN : found.from()))) {
                found = version;
            }
        }
        return Optional.ofNullable(found);
    }

    public long lastPosition() {
        return lastPosition;
    }

    public boolean registered() {
        return uscc != null;
    }

    public Map<String, Certification> certifications() {
        return certifications;
    }

    public Map<String, Investment> investments() {
        return investments;
    }

    public Map<String, Accident> accidents() {
        return accidents;
    }

    public Map<String, Penalty> penalties() {
        return penalties;
    }

    public List<ReportingViolationFinding> reportingViolations() {
        return reportingViolations;
    }

    public Map<String, Listing> listings() {
        return listings;
    }

    /** Commitments, hazards, suspension orders, red-list decisions, other departments' entries (RULES.md §12). */
    public SupervisionFacts supervision() {
        return supervision;
    }

    /** The day the enterprise came under the bureau's supervision; {@code null} if recorded before dates were kept. */
    public LocalDate registeredOn() {
        return registeredOn;
    }
}

package com.safetycredit.ledger.command.enterprise;

import com.safetycredit.ledger.contracts.events.certification.CertificationRevoked;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import com.safetycredit.ledger.rules.domain.AccidentGates;
import com.safetycredit.ledger.rules.domain.AccidentGates.Gate;
import com.safetycredit.ledger.rules.domain.CalendarWindow;
import com.safetycredit.ledger.rules.domain.ReportingViolation;
import com.safetycredit.ledger.rules.domain.RevocationGround;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RULES.md §5, the standardization certificate's life, over the aggregate's state: it is revoked by a fatal
 * production-safety accident, a concealed or late report of one, or a blacklisting during its term; a new one is
 * refused while the enterprise is listed (its review is suspended) and for a year after a revocation. Pure: the
 * aggregate applies what it returns.
 */
final class StandardizationLifecycle {

    /** A fact that revokes a standardization certificate valid on its day; {@code causedBy}: the accident or listing. */
    record Trigger(LocalDate on, RevocationGround ground, String causedBy, String decisionNo, String reason) {}

    private StandardizationLifecycle() {}

    /** Refuses a standardization certificate issued on {@code issuedOn} while listed or within a year of a revocation. */
    static void checkNewCertificate(
            LocalDate issuedOn, Map<String, CertificateState> certificates, Map<String, ListingState> listings) {
        listings.forEach((id, listing) -> {
            if (listing.activeOn(issuedOn)) {
                throw new ConflictException(
                        "standardization-suspended",
                        "issuedOn",
                        issuedOn.toString(),
                        listing.decisionNo(),
                        listing.decidedOn().toString(),
                        listing.endsOn().toString());
            }
        });
        certificates.values().stream()
                .filter(c -> c.standardization()
                        && c.revokedOn() != null
                        && !c.revokedOn().isAfter(issuedOn)
                        && CalendarWindow.within(c.revokedOn(), issuedOn, CalendarWindow.ONE_YEAR))
                .findFirst()
                .ifPresent(revoked -> {
                    LocalDate from = CalendarWindow.leavesOn(revoked.revokedOn(), CalendarWindow.ONE_YEAR);
                    throw new ConflictException(
                            "standardization-wait-after-revocation",
                            "issuedOn",
                            revoked.certificateNo(),
                            revoked.revokedOn().toString(),
                            new LedgerProblem.Label(
                                    "enum.RevocationGround", revoked.ground() == null ? "DECISION" : revoked.ground()),
                            from.toString(),
                            issuedOn.toString());
                });
    }

    /** Every trigger the state holds: fatal accidents, reporting violations and listings that count. */
    static List<Trigger> triggers(Map<String, AccidentState> accidents, Map<String, ListingState> listings) {
        List<Trigger> triggers = new ArrayList<>();
        accidents.forEach((id, accident) -> triggers.addAll(triggers(id, accident)));
        listings.forEach((id, listing) -> listing(id, listing).ifPresent(triggers::add));
        triggers.sort(Comparator.comparing(Trigger::on));
        return triggers;
    }

    /** The triggers of one accident: its death toll, and each reporting violation found. */
    static List<Trigger> triggers(String id, AccidentState accident) {
        if (accident.retracted() || !AccidentGates.counts(Gate.STANDARDIZATION_REVOCATION, accident.category())) {
            return List.of();
        }
        List<Trigger> triggers = new ArrayList<>();
        if (accident.deaths() > 0) {
            triggers.add(new Trigger(
                    accident.occurredOn(),
                    RevocationGround.FATAL_ACCIDENT,
                    id,
                    null,
                    "发生生产安全亡人事故（" + accident.occurredOn() + "，死亡 " + accident.deaths() + " 人，报告 " + accident.reportNo()
                            + "），撤销标准化证书"));
        }
        accident.reportingViolations()
                .forEach((kind, finding) -> triggers.add(new Trigger(
                        finding.decidedOn(),
                        RevocationGround.CONCEALED_ACCIDENT,
                        id,
                        finding.decisionNo(),
                        "事故（报告 " + accident.reportNo() + "）被认定"
                                + ReportingViolation.valueOf(kind).label() + "，撤销标准化证书")));
        return triggers;
    }

    /** A listing's trigger; an annulled listing has none. */
    static Optional<Trigger> listing(String id, ListingState listing) {
        return listing.status() == ListingState.Status.REVOKED
                ? Optional.empty()
                : Optional.of(new Trigger(
                        listing.decidedOn(),
                        RevocationGround.BLACKLISTED,
                        id,
                        listing.decisionNo(),
                        "列入安全生产严重失信主体名单，撤销标准化证书"));
    }

    /** The revocations a trigger makes: every standardization certificate valid on its day. */
    static List<CertificationRevoked> revocations(
            String uscc, Trigger trigger, Map<String, CertificateState> certificates) {
        List<CertificationRevoked> revocations = new ArrayList<>();
        certificates.forEach((id, certificate) -> {
            if (certificate.standardization() && certificate.validOn(trigger.on())) {
                revocations.add(revocation(uscc, id, trigger));
            }
        });
        return revocations;
    }

    /** The first trigger within a certificate's term, which revokes it: for one recorded after the trigger. */
    static Optional<Trigger> firstDuring(CertificateState certificate, List<Trigger> triggers) {
        return triggers.stream().filter(t -> certificate.validOn(t.on())).findFirst();
    }

    static CertificationRevoked revocation(String uscc, String certificationId, Trigger trigger) {
        boolean listing = trigger.ground() == RevocationGround.BLACKLISTED;
        return new CertificationRevoked(
                uscc,
                certificationId,
                trigger.reason(),
                trigger.on(),
                trigger.decisionNo(),
                listing ? trigger.causedBy() : null,
                trigger.ground().name(),
                listing ? null : trigger.causedBy());
    }
}

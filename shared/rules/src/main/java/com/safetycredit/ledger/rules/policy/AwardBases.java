package com.safetycredit.ledger.rules.policy;

import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Certification;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Investment;
import com.safetycredit.ledger.rules.domain.EmployerKind;
import com.safetycredit.ledger.rules.person.PractitionerRecord;
import com.safetycredit.ledger.rules.person.PractitionerRecord.Employment;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Which bases an enterprise's record holds for an award and year, in a fixed order. Pure. */
public final class AwardBases {

    private AwardBases() {}

    /** The basis a named certification or investment gives for this award; empty if it is of another kind. */
    public static Optional<AwardBasis> of(AwardRule rule, String awardType, String sourceId, EnterpriseRecord record) {
        if (rule.basedOnPractitioner()
                && sourceId != null
                && !record.certifications().containsKey(sourceId)) {
            return Optional.of(person(sourceId));
        }
        if (rule.basedOnCertification()) {
            Certification c = record.certifications().get(sourceId);
            return c != null && matches(rule, c) ? Optional.of(basis(rule, awardType, c, record)) : Optional.empty();
        }
        Investment i = record.investments().get(sourceId);
        return i != null && i.type().equals(rule.basis())
                ? Optional.of(new AwardBasis(AwardBasis.Kind.INVESTMENT, i.id(), i.id()))
                : Optional.empty();
    }

    /**
     * Every basis of the year, best first: certificates obtained in the year and not revoked, the highest
     * amount first, then by ledger position; investments of the year by ledger position. An application
     * naming no basis takes the first one not yet applied for — the same answer on every node.
     */
    public static List<AwardBasis> candidates(AwardRule rule, String awardType, int year, EnterpriseRecord record) {
        return candidates(rule, awardType, year, record, List.of());
    }

    /**
     * The same, for a person's award with the practitioners registered at the enterprise: those whose registration
     * there belongs to the year ({@link #personYear}), by registration number.
     */
    public static List<AwardBasis> candidates(
            AwardRule rule,
            String awardType,
            int year,
            EnterpriseRecord record,
            Collection<PractitionerRecord> registeredHere) {
        if (rule.basedOnPractitioner()) {
            return registeredHere.stream()
                    .filter(p -> personYear(rule, record.uscc(), p)
                            .map(d -> d.getYear() == year)
                            .orElse(false))
                    .map(p -> person(p.registrationNo()))
                    .sorted(Comparator.comparing(AwardBasis::key))
                    .toList();
        }
        if (rule.basedOnCertification()) {
            return record.certifications().values().stream()
                    .filter(c -> matches(rule, c)
                            && c.issuedOn().getYear() == year
                            && !AwardEvaluator.revokedAgainstYear(c, year))
                    .sorted(Comparator.comparingLong((Certification c) -> -yuan(rule, c))
                            .thenComparingLong(c -> c.positions().get(0)))
                    .map(c -> basis(rule, awardType, c, record))
                    .toList();
        }
        return record.investments().values().stream()
                .filter(i -> i.type().equals(rule.basis()) && i.policyYear() == year)
                .sorted(Comparator.comparingLong(Investment::position))
                .map(i -> new AwardBasis(AwardBasis.Kind.INVESTMENT, i.id(), i.id()))
                .toList();
    }

    /** A person's basis: keyed by the registration number, as the certificate-based engineer award was. */
    public static AwardBasis person(String registrationNo) {
        String key = AwardBasis.personKey(registrationNo);
        return new AwardBasis(AwardBasis.Kind.PERSON, key, key);
    }

    /**
     * The day a person's award is earned at an enterprise ("获得注册安全工程师资格认定，且注册在平湖企业的"): the
     * first day both hold — the later of the qualification and the start of the registration at that enterprise,
     * while the registration lasts. Empty when the person is not of the award's qualification or never registered
     * there while qualified.
     */
    public static Optional<LocalDate> personYear(AwardRule rule, String uscc, PractitionerRecord practitioner) {
        if (!rule.practitioner().equals(practitioner.qualification())) {
            return Optional.empty();
        }
        return practitioner.employments().values().stream()
                .filter(e -> e.employerKind().equals(EmployerKind.ENTERPRISE.name())
                        && e.employerUscc().equals(uscc))
                .map(e -> earnedOn(e, practitioner.qualifiedOn()))
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
    }

    private static Optional<LocalDate> earnedOn(Employment employment, LocalDate qualifiedOn) {
        LocalDate both = qualifiedOn.isAfter(employment.from()) ? qualifiedOn : employment.from();
        return employment.activeOn(both) ? Optional.of(both) : Optional.empty();
    }

    private static boolean matches(AwardRule rule, Certification c) {
        return c.type().equals(rule.basis())
                && (rule.level() == null || rule.level().equals(c.level()));
    }

    private static AwardBasis basis(AwardRule rule, String awardType, Certification c, EnterpriseRecord record) {
        if (rule.oncePerPerson()) {
            return new AwardBasis(AwardBasis.Kind.PERSON, AwardBasis.personKey(c.certificateNo()), c.id());
        }
        String key = record.uscc() + "|" + awardType
                + (rule.kind() == AwardRule.Kind.CERTIFICATION_BY_LEVEL ? "|" + c.level() : "");
        return new AwardBasis(AwardBasis.Kind.ACHIEVEMENT, key, c.id());
    }

    private static long yuan(AwardRule rule, Certification c) {
        if (rule.kind() == AwardRule.Kind.CERTIFICATION_BY_LEVEL) {
            Long byLevel = rule.amountYuanByLevel().get(c.level());
            return byLevel == null ? 0 : byLevel;
        }
        return rule.amountYuan() == null ? 0 : rule.amountYuan();
    }
}

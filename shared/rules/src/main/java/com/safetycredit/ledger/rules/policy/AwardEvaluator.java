package com.safetycredit.ledger.rules.policy;

import com.safetycredit.ledger.contracts.values.AwardDecision;
import com.safetycredit.ledger.contracts.values.AwardDecision.Reason;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Certification;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Investment;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.ProfileVersion;
import com.safetycredit.ledger.rules.domain.Qualification;
import com.safetycredit.ledger.rules.domain.Regions;
import com.safetycredit.ledger.rules.labels.FactNames;
import com.safetycredit.ledger.rules.labels.Labels;
import com.safetycredit.ledger.rules.person.PractitionerRecord;
import com.safetycredit.ledger.rules.person.Practitioners;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Decides an award on the ledger's facts: the year's gates first (every failing one is listed), then the
 * policy's scope (the enterprise as registered in the policy year), then the basis and its conditions, then
 * the amount within the year's cap. Pure: the same facts always give the same decision, on the server, in
 * projections and in the offline verifier.
 */
public final class AwardEvaluator {

    private static final long FEN_PER_YUAN = 100;

    private AwardEvaluator() {}

    /**
     * Eligibility without an application: the best basis of the year and nothing granted yet.
     *
     * @param basisId the certification or investment the application rests on; {@code null} to pick the
     *                best basis the record holds for the year (eligibility questions)
     */
    public static AwardDecision evaluate(
            AwardPolicy policy, String awardType, int policyYear, String basisId, EnterpriseRecord record) {
        return evaluate(policy, awardType, policyYear, basisId, record, AwardYearBook.empty());
    }

    /** The decision for a grant, with what the enterprise was already granted under the policy that year. */
    public static AwardDecision evaluate(
            AwardPolicy policy,
            String awardType,
            int policyYear,
            String basisId,
            EnterpriseRecord record,
            AwardYearBook book) {
        return evaluate(policy, awardType, policyYear, basisId, record, book, Practitioners.NONE);
    }

    /** The same, with the practitioners a person's award reads (the engineer award's basis is the person). */
    public static AwardDecision evaluate(
            AwardPolicy policy,
            String awardType,
            int policyYear,
            String basisId,
            EnterpriseRecord record,
            AwardYearBook book,
            Practitioners practitioners) {
        List<Reason> failures = new ArrayList<>(AwardGates.failures(policy, policyYear, record));
        AwardRule rule = policy.award(awardType).orElse(null);
        if (rule == null) {
            failures.add(
                    new Reason("UNKNOWN_AWARD_TYPE", policy.documentNo() + " 无奖励项目“" + awardType + "”", List.of()));
            return new AwardDecision(policy.id(), awardType, policyYear, false, null, failures);
        }
        if (!policy.coversPolicyYear(policyYear)) {
            failures.add(
                    new Reason("YEAR_NOT_COVERED", policy.documentNo() + " 不适用于 " + policyYear + " 年度", List.of()));
        }
        failures.addAll(scopeFailures(policy, policyYear, record));
        String industry =
                profileOfYear(record, policyYear).map(ProfileVersion::industry).orElse(record.industry());
        Basis basis = rule.basedOnPractitioner()
                        && (basisId == null || !record.certifications().containsKey(basisId))
                ? practitionerBasis(rule, policyYear, basisId, record, practitioners)
                : rule.basedOnCertification()
                        ? certificationBasis(rule, policyYear, basisId, record)
                        : investmentBasis(rule, policyYear, basisId, record, industry);
        failures.addAll(basis.failures());
        if (!failures.isEmpty()) {
            return new AwardDecision(policy.id(), awardType, policyYear, false, null, failures);
        }
        return withinCap(policy, rule, awardType, policyYear, industry, basis, book);
    }

    /**
     * What an enterprise could still be granted for an award and year: the first basis of the year nobody has
     * applied for (as an application naming none would take), against what the year already granted.
     *
     * @param applied whether an application with this id exists
     */
    public static AwardDecision eligibility(
            AwardPolicy policy,
            String awardType,
            int policyYear,
            EnterpriseRecord record,
            Predicate<String> applied,
            AwardYearBook book) {
        return eligibility(policy, awardType, policyYear, record, applied, book, List.of());
    }

    /** The same, with the practitioners registered at the enterprise (for a person's award). */
    public static AwardDecision eligibility(
            AwardPolicy policy,
            String awardType,
            int policyYear,
            EnterpriseRecord record,
            Predicate<String> applied,
            AwardYearBook book,
            Collection<PractitionerRecord> registeredHere) {
        AwardRule rule = policy.award(awardType).orElse(null);
        if (rule == null) {
            return evaluate(policy, awardType, policyYear, null, record, book);
        }
        List<AwardBasis> candidates = AwardBases.candidates(rule, awardType, policyYear, record, registeredHere);
        Optional<AwardBasis> open = candidates.stream()
                .filter(b -> !applied.test(b.applicationId(policy.id())))
                .findFirst();
        if (!candidates.isEmpty() && open.isEmpty()) {
            return new AwardDecision(
                    policy.id(),
                    awardType,
                    policyYear,
                    false,
                    null,
                    List.of(new Reason("ALREADY_APPLIED", "同一成果已申请过，只奖励一次", List.of())));
        }
        Practitioners here = registrationNo -> registeredHere.stream()
                .filter(p -> AwardBasis.personKey(p.registrationNo()).equals(AwardBasis.personKey(registrationNo)))
                .findFirst();
        return evaluate(
                policy, awardType, policyYear, open.map(AwardBasis::sourceId).orElse(null), record, book, here);
    }

    /** The year's gates (kept in {@link AwardGates}, where further gates are added). */
    public static List<Reason> gateFailures(AwardPolicy policy, int year, EnterpriseRecord record) {
        return AwardGates.failures(policy, year, record);
    }

    /** The profile in force on the last day of the policy year: region and industry "of that year". */
    public static Optional<ProfileVersion> profileOfYear(EnterpriseRecord record, int year) {
        return record.profileOn(LocalDate.of(year, 12, 31));
    }

    /**
     * RULES.md §7a scope: the policy pays enterprises registered in its issuing region (or a sub-division of it)
     * as their profile stood in the policy year, not as it stands today.
     */
    public static List<Reason> scopeFailures(AwardPolicy policy, int year, EnterpriseRecord record) {
        Optional<ProfileVersion> profile = profileOfYear(record, year);
        if (profile.isEmpty()) {
            return List.of(new Reason("NOT_REGISTERED_IN_YEAR", year + " 年度末企业尚未登记", List.of()));
        }
        if (policy.issuingRegion() != null && !Regions.isWithin(profile.get().regionCode(), policy.issuingRegion())) {
            String where = Regions.lookup(policy.issuingRegion())
                    .map(Regions.Region::name)
                    .orElse(policy.issuingRegion());
            String was = Regions.lookup(profile.get().regionCode())
                    .map(Regions.Region::name)
                    .orElse(profile.get().regionCode());
            return List.of(new Reason(
                    "OUT_OF_SCOPE",
                    year + " 年度企业登记在" + was + "，" + policy.documentNo() + " 只适用于注册在" + where + "的企业",
                    List.of(profile.get().position())));
        }
        return List.of();
    }

    /** A certificate by its name, never its identifier. */
    private static String certificate(Certification certification) {
        return FactNames.zh(FactNames.certification(certification));
    }

    private static AwardDecision withinCap(
            AwardPolicy policy,
            AwardRule rule,
            String awardType,
            int year,
            String industry,
            Basis basis,
            AwardYearBook book) {
        Long capFen = rule.capFen(industry);
        long amountFen = basis.amountFen();
        List<Reason> grounds = new ArrayList<>(basis.grounds());
        if (capFen != null) {
            long remaining = capFen - book.granted(awardType);
            if (remaining <= 0) {
                return new AwardDecision(
                        policy.id(),
                        awardType,
                        year,
                        false,
                        null,
                        List.of(new Reason("CAP_REACHED", year + " 年度该项补助已达每家企业上限 " + yuan(capFen) + " 元", List.of())));
            }
            if (amountFen > remaining) {
                grounds.add(new Reason(
                        "CAPPED",
                        "本年度每家企业上限 " + yuan(capFen) + " 元，已补助 " + yuan(book.granted(awardType)) + " 元，本次 "
                                + yuan(remaining) + " 元",
                        List.of()));
                amountFen = remaining;
            }
        }
        return new AwardDecision(policy.id(), awardType, year, true, amountFen, grounds);
    }

    private record Basis(List<Reason> failures, Long amountFen, List<Reason> grounds) {
        static Basis failed(String code, String message, List<Long> positions) {
            return new Basis(List.of(new Reason(code, message, positions)), null, List.of());
        }
    }

    /**
     * A person's award (平政发〔2020〕55号 二、（二）): the practitioner named by {@code basisId}, of the award's
     * qualification, registered at the applying enterprise, the award earned in the policy year (the later of
     * qualification and registration there).
     */
    private static Basis practitionerBasis(
            AwardRule rule, int year, String basisId, EnterpriseRecord record, Practitioners practitioners) {
        String what = Qualification.valueOf(rule.practitioner()).label();
        if (basisId == null) {
            return Basis.failed("NO_BASIS", "须指明" + what + "的注册号", List.of());
        }
        PractitionerRecord person = practitioners.byRegistrationNo(basisId).orElse(null);
        if (person == null) {
            return Basis.failed("NO_BASIS", "账本中没有注册号为 " + basisId + " 的从业人员", List.of());
        }
        List<Long> evidence = new ArrayList<>(List.of(person.registeredAt()));
        person.employments().values().stream()
                .filter(e -> record.uscc() != null && record.uscc().equals(e.employerUscc()))
                .forEach(e -> evidence.addAll(e.positions()));
        if (!rule.practitioner().equals(person.qualification())) {
            return Basis.failed("NO_BASIS", "注册号 " + basisId + " 的从业人员不是" + what, List.copyOf(evidence));
        }
        Optional<LocalDate> earned = AwardBases.personYear(rule, record.uscc(), person);
        if (earned.isEmpty()) {
            return Basis.failed("NOT_REGISTERED_HERE", what + " " + basisId + " 未在取得资格后注册在本企业", List.copyOf(evidence));
        }
        if (earned.get().getYear() != year) {
            return Basis.failed(
                    "BASIS_NOT_IN_YEAR",
                    what + " " + basisId + " 于 " + earned.get() + " 注册在本企业，不在 " + year + " 年度",
                    List.copyOf(evidence));
        }
        return new Basis(
                List.of(),
                rule.amountYuan() * FEN_PER_YUAN,
                List.of(new Reason(
                        "BASIS",
                        "依据" + what + " " + basisId + "（" + earned.get() + " 起注册在本企业）",
                        List.copyOf(evidence))));
    }

    private static Basis certificationBasis(AwardRule rule, int year, String basisId, EnterpriseRecord record) {
        List<Certification> candidates = record.certifications().values().stream()
                .filter(c -> basisId == null || c.id().equals(basisId))
                .filter(c -> c.type().equals(rule.basis()))
                .filter(c -> rule.level() == null || rule.level().equals(c.level()))
                .toList();
        if (candidates.isEmpty()) {
            return Basis.failed(
                    "NO_BASIS",
                    "无符合条件的" + Labels.zhLabel("enum.CertificationType", rule.basis())
                            + (rule.level() == null ? "" : Labels.zhLabel("level", rule.level())) + "证书记录",
                    List.of());
        }
        Basis best = null;
        for (Certification certification : candidates) {
            Basis basis = certificationOf(rule, year, certification);
            if (best == null
                    || (best.amountFen() == null && basis.amountFen() != null)
                    || (basis.amountFen() != null && basis.amountFen() > best.amountFen())) {
                best = basis;
            }
        }
        return best;
    }

    /**
     * Whether a revocation takes the achievement of {@code year} away: one for false materials always does (the
     * certificate was never earned, RULES.md §7a); any other cause only when it fell within or before the policy
     * year. A certificate earned in 2021 and revoked in 2023 because of a 2023 listing still grounded the 2021
     * award — the later fact bars its own year, not the year the certificate was earned.
     */
    public static boolean revokedAgainstYear(Certification certification, int year) {
        return certification.revokedOn() != null
                && (AwardGates.FALSE_MATERIALS.equals(certification.revocationGround())
                        || certification.revokedOn().getYear() <= year);
    }

    private static Basis certificationOf(AwardRule rule, int year, Certification certification) {
        if (certification.issuedOn().getYear() != year) {
            return Basis.failed(
                    "BASIS_NOT_IN_YEAR",
                    certificate(certification) + " 于 " + certification.issuedOn() + " 取得，不在 " + year + " 年度",
                    certification.positions());
        }
        if (revokedAgainstYear(certification, year)) {
            return Basis.failed(
                    "BASIS_REVOKED",
                    certificate(certification) + " 已于 " + certification.revokedOn() + " 撤销",
                    certification.positions());
        }
        long yuan;
        if (rule.kind() == AwardRule.Kind.CERTIFICATION_BY_LEVEL) {
            Long byLevel = rule.amountYuanByLevel().get(certification.level());
            if (byLevel == null) {
                return Basis.failed(
                        "LEVEL_NOT_AWARDED",
                        Labels.zhLabel("level", certification.level()) + "无奖励",
                        certification.positions());
            }
            Basis issuer = issuerOfLevel(rule, certification);
            if (issuer != null) {
                return issuer;
            }
            yuan = byLevel;
        } else {
            yuan = rule.amountYuan();
        }
        return new Basis(
                List.of(),
                yuan * FEN_PER_YUAN,
                List.of(new Reason(
                        "BASIS",
                        "依据" + certificate(certification) + "（" + certification.issuedOn() + "）",
                        certification.positions())));
    }

    /** A level the policy ties to an issuing region (嘉兴市级, 平湖市级) counts only when issued by that region. */
    private static Basis issuerOfLevel(AwardRule rule, Certification certification) {
        String required = rule.issuerRegionByLevel() == null
                ? null
                : rule.issuerRegionByLevel().get(certification.level());
        if (required == null) {
            return null;
        }
        String issuedBy = Regions.ofIssuer(certification.issuer())
                .map(Regions.Region::code)
                .orElse(null);
        if (required.equals(issuedBy)) {
            return null;
        }
        String name = Regions.lookup(required).map(Regions.Region::name).orElse(required);
        return Basis.failed(
                "ISSUER_NOT_OF_LEVEL",
                "该级别须由" + name + "命名，证书由 " + certification.issuer() + " 命名",
                certification.positions());
    }

    private static Basis investmentBasis(
            AwardRule rule, int year, String basisId, EnterpriseRecord record, String industry) {
        List<Investment> candidates = record.investments().values().stream()
                .filter(i -> basisId == null || i.id().equals(basisId))
                .filter(i -> i.type().equals(rule.basis()) && i.policyYear() == year)
                .toList();
        if (candidates.isEmpty()) {
            return Basis.failed(
                    "NO_BASIS",
                    "无 " + year + " 年度" + Labels.zhLabel("enum.SafetyInvestmentType", rule.basis()) + "投入记录",
                    List.of());
        }
        Investment investment = candidates.get(candidates.size() - 1);
        List<Long> evidence = List.of(investment.position());
        List<Reason> failures = conditionFailures(rule, investment, industry, year, evidence);
        if (!failures.isEmpty()) {
            return new Basis(failures, null, List.of());
        }
        Integer percent = rule.kind() == AwardRule.Kind.PREMIUM_SUBSIDY
                ? rule.ratePercentByYear().get(year)
                : rule.ratePercent();
        if (percent == null) {
            return Basis.failed("NO_RATE", year + " 年度无补助比例", evidence);
        }
        long amountFen = BigDecimal.valueOf(investment.amountFen())
                .multiply(BigDecimal.valueOf(percent))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .longValueExact();
        return new Basis(
                List.of(),
                amountFen,
                List.of(new Reason(
                        "BASIS",
                        "依据 " + investment.policyYear() + " 年度"
                                + Labels.zhLabel("enum.SafetyInvestmentType", investment.type()) + "投入 "
                                + yuan(investment.amountFen()) + " 元 × " + percent + "%",
                        evidence)));
    }

    private static List<Reason> conditionFailures(
            AwardRule rule, Investment investment, String industry, int year, List<Long> evidence) {
        List<Reason> failures = new ArrayList<>();
        if (rule.eligibleIndustries() != null && !rule.eligibleIndustries().contains(industry)) {
            failures.add(new Reason(
                    "INDUSTRY_NOT_ELIGIBLE",
                    year + " 年度行业“" + Labels.zhLabel("industry", industry) + "”不在补助范围（"
                            + rule.eligibleIndustries().stream()
                                    .map(i -> Labels.zhLabel("industry", i))
                                    .collect(Collectors.joining("、"))
                            + "）",
                    evidence));
        }
        Map<String, Object> details = investment.details();
        if (rule.minSingleBuildingAreaM2Exclusive() != null
                && number(details.get("singleBuildingAreaM2")) <= rule.minSingleBuildingAreaM2Exclusive()) {
            failures.add(new Reason(
                    "BUILDING_TOO_SMALL", "单幢厂房面积须超过 " + rule.minSingleBuildingAreaM2Exclusive() + " 平方米", evidence));
        }
        if (rule.requiresListedSupplier() && !Boolean.TRUE.equals(details.get("listedSupplier"))) {
            failures.add(new Reason("SUPPLIER_NOT_LISTED", "须由入围供应商提供", evidence));
        }
        if (rule.requiresProvincialPlatform() && !Boolean.TRUE.equals(details.get("connectedToProvincialPlatform"))) {
            failures.add(new Reason("NOT_CONNECTED", "须接入浙江省智慧消防平台", evidence));
        }
        if (rule.requiredSubsystems() != null
                && !(details.get("subsystems") instanceof List<?> installed
                        && installed.containsAll(rule.requiredSubsystems()))) {
            failures.add(new Reason(
                    "SUBSYSTEMS_MISSING",
                    "须包含"
                            + rule.requiredSubsystems().stream()
                                    .map(s -> Labels.zhLabel("subsystem", s))
                                    .collect(Collectors.joining("、")),
                    evidence));
        }
        return failures;
    }

    /** Fen as yuan with two decimals, for messages. */
    static String yuan(long fen) {
        return BigDecimal.valueOf(fen)
                .movePointLeft(2)
                .setScale(2, RoundingMode.UNNECESSARY)
                .toPlainString();
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }
}

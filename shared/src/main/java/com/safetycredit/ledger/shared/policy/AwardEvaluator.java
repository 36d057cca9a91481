package com.safetycredit.ledger.shared.policy;

import com.safetycredit.ledger.shared.credit.EnterpriseRecord;
import com.safetycredit.ledger.shared.credit.EnterpriseRecord.Accident;
import com.safetycredit.ledger.shared.credit.EnterpriseRecord.Certification;
import com.safetycredit.ledger.shared.credit.EnterpriseRecord.Investment;
import com.safetycredit.ledger.shared.credit.EnterpriseRecord.Listing;
import com.safetycredit.ledger.shared.policy.AwardDecision.Reason;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides an award on the ledger's facts: the year's gates first (every failing one is listed), then the
 * basis and its conditions, then the amount. Pure: the same facts always give the same decision, on the
 * server, in projections and in the offline verifier.
 */
public final class AwardEvaluator {

    private static final long FEN_PER_YUAN = 100;

    private AwardEvaluator() {
    }

    /**
     * @param basisId the certification or investment the application rests on; {@code null} to pick the
     *                best basis the record holds for the year (eligibility questions)
     */
    public static AwardDecision evaluate(AwardPolicy policy, String awardType, int policyYear, String basisId,
                                         EnterpriseRecord record) {
        List<Reason> failures = new ArrayList<>(gateFailures(policy, policyYear, record));
        AwardRule rule = policy.award(awardType).orElse(null);
        if (rule == null) {
            failures.add(new Reason("UNKNOWN_AWARD_TYPE", policy.id() + " 无奖励类型 " + awardType, List.of()));
            return new AwardDecision(policy.id(), awardType, policyYear, false, null, failures);
        }
        if (!policy.coversPolicyYear(policyYear)) {
            failures.add(new Reason("YEAR_NOT_COVERED", policy.documentNo() + " 不适用于 " + policyYear + " 年度",
                    List.of()));
        }
        Basis basis = rule.basedOnCertification()
                ? certificationBasis(rule, policyYear, basisId, record)
                : investmentBasis(rule, policyYear, basisId, record);
        failures.addAll(basis.failures());
        if (!failures.isEmpty()) {
            return new AwardDecision(policy.id(), awardType, policyYear, false, null, failures);
        }
        return new AwardDecision(policy.id(), awardType, policyYear, true, basis.amountFen(), basis.grounds());
    }

    /** The year's gates: a fatal or influential accident, or a blacklisting, bars every award. */
    public static List<Reason> gateFailures(AwardPolicy policy, int year, EnterpriseRecord record) {
        List<Reason> failures = new ArrayList<>();
        AwardPolicy.Gates gates = policy.gates();
        for (Accident accident : record.accidents().values()) {
            if (accident.retracted() || accident.occurredOn().getYear() != year) {
                continue;
            }
            if (gates.fatalAccident() && accident.deaths() > 0) {
                failures.add(new Reason("FATAL_ACCIDENT_IN_YEAR", year + " 年度发生亡人事故（" + accident.occurredOn()
                        + "，死亡 " + accident.deaths() + " 人）", accident.positions()));
            }
            if (accident.personsEndangered() >= gates.personsEndangeredFrom()) {
                failures.add(new Reason("INFLUENTIAL_ACCIDENT_IN_YEAR", year + " 年度发生 "
                        + accident.personsEndangered() + " 人涉险的事故（" + accident.occurredOn() + "）",
                        accident.positions()));
            }
            if (gates.accidentDuringLevelOneResponse() && accident.duringLevelOneResponse()) {
                failures.add(new Reason("ACCIDENT_DURING_LEVEL_ONE_RESPONSE", year + " 年度一级响应期间发生事故（"
                        + accident.occurredOn() + "）", accident.positions()));
            }
        }
        if (gates.blacklisted()) {
            for (Listing listing : record.listings().values()) {
                if (listing.activeDuringYear(year)) {
                    failures.add(new Reason("BLACKLISTED_IN_YEAR", year + " 年度被列入安全生产严重失信主体名单（"
                            + listing.decidedOn() + " 起）", listing.positions()));
                }
            }
        }
        return failures;
    }

    private record Basis(List<Reason> failures, Long amountFen, List<Reason> grounds) {
        static Basis failed(String code, String message, List<Long> positions) {
            return new Basis(List.of(new Reason(code, message, positions)), null, List.of());
        }
    }

    private static Basis certificationBasis(AwardRule rule, int year, String basisId, EnterpriseRecord record) {
        List<Certification> candidates = record.certifications().values().stream()
                .filter(c -> basisId == null || c.id().equals(basisId))
                .filter(c -> c.type().equals(rule.basis()))
                .filter(c -> rule.level() == null || rule.level().equals(c.level()))
                .toList();
        if (candidates.isEmpty()) {
            return Basis.failed("NO_BASIS", "无符合条件的" + rule.basis()
                    + (rule.level() == null ? "" : " " + rule.level() + " 级") + "证书记录", List.of());
        }
        Basis best = null;
        for (Certification certification : candidates) {
            Basis basis = certificationOf(rule, year, certification);
            if (best == null || (best.amountFen() == null && basis.amountFen() != null)
                    || (basis.amountFen() != null && basis.amountFen() > best.amountFen())) {
                best = basis;
            }
        }
        return best;
    }

    private static Basis certificationOf(AwardRule rule, int year, Certification certification) {
        if (certification.issuedOn().getYear() != year) {
            return Basis.failed("BASIS_NOT_IN_YEAR", "证书 " + certification.id() + " 于 " + certification.issuedOn()
                    + " 取得，不在 " + year + " 年度", certification.positions());
        }
        if (certification.revokedOn() != null) {
            return Basis.failed("BASIS_REVOKED", "证书 " + certification.id() + " 已于 " + certification.revokedOn()
                    + " 撤销", certification.positions());
        }
        long yuan;
        if (rule.kind() == AwardRule.Kind.CERTIFICATION_BY_LEVEL) {
            Long byLevel = rule.amountYuanByLevel().get(certification.level());
            if (byLevel == null) {
                return Basis.failed("LEVEL_NOT_AWARDED", "级别 " + certification.level() + " 无奖励",
                        certification.positions());
            }
            yuan = byLevel;
        } else {
            yuan = rule.amountYuan();
        }
        return new Basis(List.of(), yuan * FEN_PER_YUAN, List.of(new Reason("BASIS", "依据证书 "
                + certification.id() + "（" + certification.issuedOn() + "）", certification.positions())));
    }

    private static Basis investmentBasis(AwardRule rule, int year, String basisId, EnterpriseRecord record) {
        List<Investment> candidates = record.investments().values().stream()
                .filter(i -> basisId == null || i.id().equals(basisId))
                .filter(i -> i.type().equals(rule.basis()) && i.policyYear() == year)
                .toList();
        if (candidates.isEmpty()) {
            return Basis.failed("NO_BASIS", "无 " + year + " 年度" + rule.basis() + "投入记录", List.of());
        }
        Investment investment = candidates.get(candidates.size() - 1);
        List<Long> evidence = List.of(investment.position());
        List<Reason> failures = new ArrayList<>();
        String industry = record.industry();
        if (rule.mustInsureIndustries() != null && rule.mustInsureIndustries().contains(industry)) {
            failures.add(new Reason("MUST_INSURE_SECTOR", "行业 " + industry + " 属必须投保领域，不予补助", evidence));
        }
        if (rule.eligibleIndustries() != null && !rule.eligibleIndustries().contains(industry)) {
            failures.add(new Reason("INDUSTRY_NOT_ELIGIBLE", "行业 " + industry + " 不在补助范围 "
                    + rule.eligibleIndustries(), evidence));
        }
        Map<String, Object> details = investment.details();
        if (rule.minSingleBuildingAreaM2Exclusive() != null
                && number(details.get("singleBuildingAreaM2")) <= rule.minSingleBuildingAreaM2Exclusive()) {
            failures.add(new Reason("BUILDING_TOO_SMALL", "单幢厂房面积须超过 " + rule.minSingleBuildingAreaM2Exclusive()
                    + " 平方米", evidence));
        }
        if (rule.requiresListedSupplier() && !Boolean.TRUE.equals(details.get("listedSupplier"))) {
            failures.add(new Reason("SUPPLIER_NOT_LISTED", "须由入围供应商提供", evidence));
        }
        if (rule.requiresProvincialPlatform() && !Boolean.TRUE.equals(details.get("connectedToProvincialPlatform"))) {
            failures.add(new Reason("NOT_CONNECTED", "须接入浙江省智慧消防平台", evidence));
        }
        if (rule.requiredSubsystems() != null && !(details.get("subsystems") instanceof List<?> installed
                && installed.containsAll(rule.requiredSubsystems()))) {
            failures.add(new Reason("SUBSYSTEMS_MISSING", "须包含 " + rule.requiredSubsystems(), evidence));
        }
        if (!failures.isEmpty()) {
            return new Basis(failures, null, List.of());
        }
        Integer percent = rule.kind() == AwardRule.Kind.PREMIUM_SUBSIDY
                ? rule.ratePercentByYear().get(year) : rule.ratePercent();
        if (percent == null) {
            return Basis.failed("NO_RATE", year + " 年度无补助比例", evidence);
        }
        long amountFen = BigDecimal.valueOf(investment.amountYuan() * FEN_PER_YUAN)
                .multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .longValueExact();
        Long capYuan = Boolean.TRUE.equals(details.get("hazardousChemicalEnterprise"))
                && rule.hazardousChemicalsCapYuan() != null ? rule.hazardousChemicalsCapYuan() : rule.capYuan();
        if (capYuan != null) {
            amountFen = Math.min(amountFen, capYuan * FEN_PER_YUAN);
        }
        return new Basis(List.of(), amountFen, List.of(new Reason("BASIS", "依据投入 " + investment.id() + "，"
                + investment.amountYuan() + " 元 × " + percent + "%" + (capYuan == null ? "" : "，上限 " + capYuan + " 元"),
                evidence)));
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }
}

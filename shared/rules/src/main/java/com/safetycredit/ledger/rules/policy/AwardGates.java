package com.safetycredit.ledger.rules.policy;

import com.safetycredit.ledger.contracts.values.AwardDecision.Reason;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Accident;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Certification;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Listing;
import com.safetycredit.ledger.rules.credit.SupervisionFacts.PartnerEntry;
import com.safetycredit.ledger.rules.domain.AccidentGates;
import com.safetycredit.ledger.rules.domain.AccidentGates.Gate;
import com.safetycredit.ledger.rules.labels.FactNames;
import java.util.ArrayList;
import java.util.List;

/**
 * What bars every award of a policy year (平政发〔2020〕55号 五): a fatal or influential accident that happened
 * in the year, or a listing active in the year. Facts belong to the year they happened in (valid time), so a
 * death added on 5 January to a 20 December accident bars the December's year. Each gate is one method: a new
 * gate (another department's severe list) is one more. The accident gates count production-safety accidents
 * only — which categories each counts is {@code rules/accident-gates.json} ({@link AccidentGates}): a commuting
 * road-traffic death is no 安全生产亡人事故.
 */
public final class AwardGates {

    /** A revocation on this ground makes an award the certificate grounded recoverable (RULES.md §7a). */
    public static final String FALSE_MATERIALS = "FALSE_MATERIALS";

    private AwardGates() {}

    public static List<Reason> failures(AwardPolicy policy, int year, EnterpriseRecord record) {
        List<Reason> failures = new ArrayList<>();
        for (Accident accident : record.accidents().values()) {
            if (!accident.retracted() && accident.occurredOn().getYear() == year) {
                failures.addAll(accidentGates(policy.gates(), year, accident));
            }
        }
        if (policy.gates().blacklisted()) {
            failures.addAll(listingGates(year, record));
        }
        failures.addAll(partnerListGates(year, record));
        return failures;
    }

    /**
     * Why a granted award is to be recovered on the facts of {@code record}: the year's gates, or its basis
     * revoked for false materials. Empty: nothing bars it (or no longer does).
     */
    public static List<Reason> recoveryReasons(AwardPolicy policy, int year, String basisId, EnterpriseRecord record) {
        List<Reason> reasons = new ArrayList<>(failures(policy, year, record));
        Certification basis = basisId == null ? null : record.certifications().get(basisId);
        if (basis != null && basis.revokedOn() != null && FALSE_MATERIALS.equals(basis.revocationGround())) {
            reasons.add(new Reason(
                    "BASIS_REVOKED_FALSE_MATERIALS",
                    "依据" + FactNames.zh(FactNames.certification(basis)) + " 因弄虚作假于 " + basis.revokedOn() + " 撤销",
                    basis.positions()));
        }
        return reasons;
    }

    private static List<Reason> accidentGates(AwardPolicy.Gates gates, int year, Accident accident) {
        List<Reason> failures = new ArrayList<>();
        if (gates.fatalAccident()
                && accident.deaths() > 0
                && AccidentGates.counts(Gate.AWARD_FATAL, accident.category())) {
            failures.add(new Reason(
                    "FATAL_ACCIDENT_IN_YEAR",
                    year + " 年度发生生产安全亡人事故（" + accident.occurredOn() + "，死亡 " + accident.deaths() + " 人）",
                    accident.positions()));
        }
        if (!AccidentGates.counts(Gate.AWARD_INFLUENTIAL, accident.category())) {
            return failures;
        }
        if (accident.personsEndangered() >= gates.personsEndangeredFrom()) {
            failures.add(new Reason(
                    "INFLUENTIAL_ACCIDENT_IN_YEAR",
                    year + " 年度发生 " + accident.personsEndangered() + " 人涉险的事故（" + accident.occurredOn() + "）",
                    accident.positions()));
        }
        if (gates.accidentDuringLevelOneResponse() && accident.duringLevelOneResponse()) {
            failures.add(new Reason(
                    "ACCIDENT_DURING_LEVEL_ONE_RESPONSE",
                    year + " 年度一级响应期间发生事故（" + accident.occurredOn() + "）",
                    accident.positions()));
        }
        return failures;
    }

    /**
     * 浙江省公共信用信息管理条例: a subject on a severe-dishonesty list of any field gets no fiscal subsidy — a
     * provincial rule over every award policy, so no policy file switches it off. An entry active during the year
     * bars the year.
     */
    private static List<Reason> partnerListGates(int year, EnterpriseRecord record) {
        List<Reason> failures = new ArrayList<>();
        for (PartnerEntry entry : record.supervision().partnerEntries().values()) {
            if (entry.activeDuringYear(year)) {
                failures.add(new Reason(
                        "PARTNER_SEVERE_LIST_IN_YEAR",
                        year + " 年度被列入其他领域严重失信名单（" + entry.listName() + "，" + entry.decisionNo() + "，" + entry.from()
                                + " 起）",
                        List.of(entry.position())));
            }
        }
        return failures;
    }

    private static List<Reason> listingGates(int year, EnterpriseRecord record) {
        List<Reason> failures = new ArrayList<>();
        for (Listing listing : record.listings().values()) {
            if (listing.activeDuringYear(year)) {
                failures.add(new Reason(
                        "BLACKLISTED_IN_YEAR",
                        year + " 年度被列入安全生产严重失信主体名单（" + listing.decidedOn() + " 起）",
                        listing.positions()));
            }
        }
        return failures;
    }
}

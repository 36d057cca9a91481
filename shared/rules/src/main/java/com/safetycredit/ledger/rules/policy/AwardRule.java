package com.safetycredit.ledger.rules.policy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * One award type of a policy. Which fields matter depends on the kind:
 * <ul>
 *   <li>{@code CERTIFICATION_FIXED}: a certification of type {@code basis} (and {@code level}, if given)
 *       obtained in the policy year earns {@code amountYuan};</li>
 *   <li>{@code CERTIFICATION_BY_LEVEL}: likewise, the amount by the certification's level; where
 *       {@code issuerRegionByLevel} names a region for a level, only a title issued by a body of exactly that
 *       region counts at that level (嘉兴市级 by Jiaxing, 平湖市级 by Pinghu);</li>
 *   <li>{@code PREMIUM_SUBSIDY}: a share of the premium by policy year, capped per enterprise and year (the
 *       hazardous-chemicals cap for an enterprise of those industries in that year);</li>
 *   <li>{@code COST_SUBSIDY}: a share of install and service cost, with the conditions given.</li>
 * </ul>
 * {@code practitioner}: the award is a person's (a {@code Qualification} code): its basis is the practitioner —
 * registered at the applying enterprise, named by registration number — no longer a certificate of the
 * enterprise's; applications recorded before, which name a certificate, are still read as they were.
 */
@JsonIgnoreProperties({"_source", "_note"})
public record AwardRule(
        Kind kind,
        String basis,
        String level,
        Long amountYuan,
        Map<String, Long> amountYuanByLevel,
        Map<String, String> issuerRegionByLevel,
        boolean oncePerPerson,
        Map<Integer, Integer> ratePercentByYear,
        Integer ratePercent,
        Long capYuan,
        Long hazardousChemicalsCapYuan,
        List<String> hazardousChemicalsIndustries,
        List<String> eligibleIndustries,
        Long minSingleBuildingAreaM2Exclusive,
        boolean requiresListedSupplier,
        boolean requiresProvincialPlatform,
        List<String> requiredSubsystems,
        String practitioner) {

    public enum Kind {
        CERTIFICATION_FIXED,
        CERTIFICATION_BY_LEVEL,
        PREMIUM_SUBSIDY,
        COST_SUBSIDY
    }

    private static final long FEN_PER_YUAN = 100;

    /** Whether the basis of a new application is a practitioner (by registration number). */
    public boolean basedOnPractitioner() {
        return practitioner != null;
    }

    public boolean basedOnCertification() {
        return kind == Kind.CERTIFICATION_FIXED || kind == Kind.CERTIFICATION_BY_LEVEL;
    }

    /**
     * The cap in fen per enterprise and policy year over every grant of this award, for an enterprise of
     * {@code industry} in that year; {@code null} when the policy sets none.
     */
    public Long capFen(String industry) {
        Long yuan = hazardousChemicalsCapYuan != null
                        && hazardousChemicalsIndustries != null
                        && hazardousChemicalsIndustries.contains(industry)
                ? hazardousChemicalsCapYuan
                : capYuan;
        return yuan == null ? null : yuan * FEN_PER_YUAN;
    }
}

package com.safetycredit.ledger.shared.policy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Map;

/**
 * One award type of a policy. Which fields matter depends on the kind:
 * <ul>
 *   <li>{@code CERTIFICATION_FIXED}: a certification of type {@code basis} (and {@code level}, if given)
 *       obtained in the policy year earns {@code amountYuan};</li>
 *   <li>{@code CERTIFICATION_BY_LEVEL}: likewise, the amount by the certification's level;</li>
 *   <li>{@code PREMIUM_SUBSIDY}: a share of the premium by policy year, capped, for enterprises outside the
 *       must-insure sectors;</li>
 *   <li>{@code COST_SUBSIDY}: a share of install and service cost, with the conditions given.</li>
 * </ul>
 */
@JsonIgnoreProperties({"_source", "_note"})
public record AwardRule(Kind kind, String basis, String level, Long amountYuan, Map<String, Long> amountYuanByLevel,
                        Map<Integer, Integer> ratePercentByYear, Integer ratePercent, Long capYuan,
                        Long hazardousChemicalsCapYuan, List<String> mustInsureIndustries,
                        List<String> eligibleIndustries, Long minSingleBuildingAreaM2Exclusive,
                        boolean requiresListedSupplier, boolean requiresProvincialPlatform,
                        List<String> requiredSubsystems) {

    public enum Kind { CERTIFICATION_FIXED, CERTIFICATION_BY_LEVEL, PREMIUM_SUBSIDY, COST_SUBSIDY }

    public boolean basedOnCertification() {
        return kind == Kind.CERTIFICATION_FIXED || kind == Kind.CERTIFICATION_BY_LEVEL;
    }
}

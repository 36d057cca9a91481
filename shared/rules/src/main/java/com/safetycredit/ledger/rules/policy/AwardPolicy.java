package com.safetycredit.ledger.rules.policy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An award policy as a versioned data file (e.g. {@code policies/pinghu-2020.json}): its validity, the
 * departments of the joint review, the gates and every award type with its amounts. The kinds of award
 * are code ({@link AwardRule.Kind}); everything a policy year can change is data.
 */
@JsonIgnoreProperties({"_source", "_note"})
public record AwardPolicy(
        int schemaVersion,
        String id,
        int revision,
        String documentNo,
        String title,
        String issuingRegion,
        LocalDate validFrom,
        LocalDate validTo,
        ReviewDepartments reviewDepartments,
        Gates gates,
        Map<String, AwardRule> awards) {

    /** 专项资金一票否决制部门联审: every department listed must approve; any one may veto. */
    @JsonIgnoreProperties({"_source", "_note"})
    public record ReviewDepartments(List<String> codes, Map<String, String> names) {}

    /** What bars every award of the policy year. */
    @JsonIgnoreProperties({"_source", "_note"})
    public record Gates(
            boolean fatalAccident,
            int personsEndangeredFrom,
            boolean accidentDuringLevelOneResponse,
            boolean blacklisted) {}

    public boolean coversPolicyYear(int year) {
        return year >= validFrom.getYear() && year <= validTo.getYear();
    }

    public Optional<AwardRule> award(String awardType) {
        return Optional.ofNullable(awards.get(awardType));
    }
}

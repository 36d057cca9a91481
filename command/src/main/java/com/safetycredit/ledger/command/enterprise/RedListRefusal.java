package com.safetycredit.ledger.command.enterprise;

import com.safetycredit.ledger.contracts.problems.CriteriaNotMetException;
import com.safetycredit.ledger.rules.credit.Evidence;
import com.safetycredit.ledger.rules.credit.RedListCriteria;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A red-list decision refused: every criterion missed on the decision's day, and every adverse fact on record in
 * its term up to the day it is recorded.
 */
final class RedListRefusal {

    /** Criteria a decision can miss later without an adverse fact: a certificate or a commitment running out. */
    private static final Set<String> NOT_ADVERSE = Set.of("STANDARDIZATION_BELOW_REQUIRED", "NO_PUBLIC_COMMITMENT");

    private RedListRefusal() {}

    /** The same check with only the criteria an adverse fact misses. */
    static RedListCriteria.Check adverseOnly(RedListCriteria.Check check) {
        return new RedListCriteria.Check(
                check.grounds(),
                check.notMet().stream()
                        .filter(e -> !NOT_ADVERSE.contains(e.code()))
                        .toList());
    }

    static CriteriaNotMetException of(
            LocalDate decidedOn, RedListCriteria.Check onTheDay, LocalDate today, RedListCriteria.Check now) {
        List<CriteriaNotMetException.Reason> reasons = new ArrayList<>();
        onTheDay.notMet().forEach(e -> reasons.add(reason(e, "")));
        if (!today.equals(decidedOn)) {
            now.notMet().stream()
                    .filter(e -> !onTheDay.notMet().contains(e))
                    .forEach(e -> reasons.add(reason(e, "（" + today + "）")));
        }
        String missed =
                reasons.stream().map(CriteriaNotMetException.Reason::message).collect(Collectors.joining("；"));
        return new CriteriaNotMetException(
                "red-list-criteria-not-met",
                "decidedOn",
                decidedOn + " 不符合红名单认定条件：" + missed,
                "The red-list criteria do not hold on " + decidedOn
                        + (onTheDay.met() ? " as the ledger knows it today (" + today + ")" : "") + ": "
                        + reasons.stream()
                                .map(CriteriaNotMetException.Reason::code)
                                .toList(),
                reasons);
    }

    private static CriteriaNotMetException.Reason reason(Evidence evidence, String when) {
        return new CriteriaNotMetException.Reason(evidence.code(), evidence.message() + when, evidence.positions());
    }
}

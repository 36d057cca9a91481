package com.safetycredit.ledger.command.enterprise;

import com.safetycredit.ledger.contracts.problems.CriteriaNotMetException;
import com.safetycredit.ledger.rules.credit.Evidence;
import com.safetycredit.ledger.rules.credit.RedListCriteria;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A red-list decision refused: every criterion missed on the decision's day, and every adverse fact on record in
 * its term up to the day it is recorded.
 */
final class RedListRefusal {

    private RedListRefusal() {}

    static CriteriaNotMetException of(LocalDate decidedOn, RedListCriteria.Check onTheDay, List<Evidence> inTerm) {
        List<CriteriaNotMetException.Reason> reasons = new ArrayList<>();
        onTheDay.notMet().forEach(e -> reasons.add(reason(e)));
        inTerm.forEach(e -> reasons.add(reason(e)));
        String missed =
                reasons.stream().map(CriteriaNotMetException.Reason::message).collect(Collectors.joining("；"));
        // the codes come last: the explanation does not name them, a log and a test read them
        return new CriteriaNotMetException(
                "red-list-criteria-not-met",
                "decidedOn",
                reasons,
                decidedOn,
                missed,
                reasons.stream().map(CriteriaNotMetException.Reason::code).toList());
    }

    private static CriteriaNotMetException.Reason reason(Evidence evidence) {
        return new CriteriaNotMetException.Reason(evidence.code(), evidence.message(), evidence.positions());
    }
}

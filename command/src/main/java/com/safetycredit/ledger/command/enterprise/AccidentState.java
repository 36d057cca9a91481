package com.safetycredit.ledger.command.enterprise;

import com.safetycredit.ledger.rules.domain.ListingGrounds;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the aggregate must remember of an accident to guard revisions, conclusion and retraction, and to see the
 * facts it is for the rules: a fatal accident or a reporting violation revokes standardization (RULES.md §5), a
 * grave one grounds a listing (§3). {@code category}: an {@code AccidentCategory} code.
 */
record AccidentState(
        String reportNo,
        String category,
        LocalDate occurredOn,
        LocalDate lastRevisedOn,
        boolean concluded,
        boolean retracted,
        int deaths,
        String grade,
        Map<String, Finding> reportingViolations) {

    /** A reporting violation found, by its kind. */
    record Finding(LocalDate decidedOn, String decisionNo) {}

    AccidentState {
        reportingViolations = Map.copyOf(reportingViolations);
    }

    /** The accident as a listing's grounds see it. */
    ListingGrounds.AccidentFact fact(String id) {
        Map<String, LocalDate> found = new LinkedHashMap<>();
        reportingViolations.forEach((kind, finding) -> found.put(kind, finding.decidedOn()));
        return new ListingGrounds.AccidentFact(id, category, grade, occurredOn, retracted, found);
    }

    AccidentState revised(LocalDate day, int newDeaths, String newGrade) {
        return new AccidentState(
                reportNo, category, occurredOn, day, concluded, retracted, newDeaths, newGrade, reportingViolations);
    }

    AccidentState markConcluded() {
        return new AccidentState(
                reportNo, category, occurredOn, lastRevisedOn, true, retracted, deaths, grade, reportingViolations);
    }

    AccidentState markRetracted() {
        return new AccidentState(
                reportNo, category, occurredOn, lastRevisedOn, concluded, true, deaths, grade, reportingViolations);
    }

    AccidentState found(String kind, LocalDate decidedOn, String decisionNo) {
        Map<String, Finding> findings = new LinkedHashMap<>(reportingViolations);
        findings.put(kind, new Finding(decidedOn, decisionNo));
        return new AccidentState(
                reportNo, category, occurredOn, lastRevisedOn, concluded, retracted, deaths, grade, findings);
    }
}

package com.safetycredit.ledger.command.enterprise;

import com.safetycredit.ledger.shared.domain.AccidentCategory;

import java.time.LocalDate;

/** What the aggregate must remember of an accident to guard revisions, conclusion and retraction. */
record AccidentState(String reportNo, AccidentCategory category, LocalDate occurredOn, LocalDate lastRevisedOn,
                     boolean concluded, boolean retracted) {

    AccidentState revisedOn(LocalDate day) {
        return new AccidentState(reportNo, category, occurredOn, day, concluded, retracted);
    }

    AccidentState markConcluded() {
        return new AccidentState(reportNo, category, occurredOn, lastRevisedOn, true, retracted);
    }

    AccidentState markRetracted() {
        return new AccidentState(reportNo, category, occurredOn, lastRevisedOn, concluded, true);
    }
}

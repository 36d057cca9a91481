package com.safetycredit.ledger.command.enterprise;

import java.time.LocalDate;

/** A listing notice (告知) and how far its procedure got: open until a listing decides it or it is withdrawn. */
record NoticeState(
        int basis,
        String penaltyDecisionNo,
        LocalDate noticedOn,
        LocalDate statementDeadline,
        int statements,
        boolean waived,
        Status status,
        String principalRegistrationNo) {

    enum Status {
        OPEN,
        LISTED,
        WITHDRAWN
    }

    NoticeState statement(boolean waives) {
        return new NoticeState(
                basis,
                penaltyDecisionNo,
                noticedOn,
                statementDeadline,
                statements + 1,
                waived || waives,
                status,
                principalRegistrationNo);
    }

    NoticeState with(Status newStatus) {
        return new NoticeState(
                basis,
                penaltyDecisionNo,
                noticedOn,
                statementDeadline,
                statements,
                waived,
                newStatus,
                principalRegistrationNo);
    }
}

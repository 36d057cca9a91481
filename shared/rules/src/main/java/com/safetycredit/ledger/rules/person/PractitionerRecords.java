package com.safetycredit.ledger.rules.person;

import com.safetycredit.ledger.contracts.values.SubjectIds;
import com.safetycredit.ledger.rules.credit.EnterpriseEvents;
import java.util.Optional;

/** Folds a practitioner's record from their own stream, read through the rules' port to the store. */
public final class PractitionerRecords implements Practitioners {

    private final EnterpriseEvents streams;

    public PractitionerRecords(EnterpriseEvents streams) {
        this.streams = streams;
    }

    @Override
    public Optional<PractitionerRecord> byRegistrationNo(String registrationNo) {
        return loadUpTo(registrationNo, Long.MAX_VALUE);
    }

    /** The record up to a ledger position. */
    public Optional<PractitionerRecord> loadUpTo(String registrationNo, long position) {
        PractitionerRecord record = new PractitionerRecord();
        for (EnterpriseEvents.Recorded event : streams.of(SubjectIds.practitioner(registrationNo))) {
            if (event.position() <= position) {
                record.apply(event.payload().get(), event.position());
            }
        }
        return record.registered() ? Optional.of(record) : Optional.empty();
    }
}

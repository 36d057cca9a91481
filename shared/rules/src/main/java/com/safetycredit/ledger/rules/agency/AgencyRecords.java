package com.safetycredit.ledger.rules.agency;

import com.safetycredit.ledger.contracts.values.SubjectIds;
import com.safetycredit.ledger.rules.credit.EnterpriseEvents;
import java.util.Optional;

/** Folds an agency's record from its own stream, read through the rules' port to the store. */
public final class AgencyRecords {

    private final EnterpriseEvents streams;

    public AgencyRecords(EnterpriseEvents streams) {
        this.streams = streams;
    }

    /** The record as the ledger holds it now; empty if no agency of that USCC was registered. */
    public Optional<AgencyRecord> load(String uscc) {
        AgencyRecord record = new AgencyRecord();
        for (EnterpriseEvents.Recorded event : streams.of(SubjectIds.agency(uscc))) {
            record.apply(event.payload().get(), event.position());
        }
        return record.registered() ? Optional.of(record) : Optional.empty();
    }
}

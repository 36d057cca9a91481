package com.safetycredit.ledger.contracts.events.agency;

import com.safetycredit.ledger.contracts.events.AgencyFact;
import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * An agency served an enterprise (an assessment, a test, training, consulting): a fact of both histories. It is
 * in the agency's stream and names the client, so the enterprise's history shows it too ({@link #uscc()}).
 *
 * @param serviceType a code of {@code reference/agency-services.json}
 * @param from        the first day of the service
 * @param to          its last day, or {@code null} while it runs
 * @param reportNo    the report or certificate the service issued, if any
 */
@LedgerEvent(name = "AgencyServiceRecorded", revision = 1)
public record AgencyServiceRecorded(
        String agencyUscc,
        String serviceId,
        String clientUscc,
        String serviceType,
        String contractNo,
        LocalDate from,
        LocalDate to,
        String reportNo)
        implements AgencyFact, EnterpriseFact {

    /** The client: the enterprise whose history shows the service. */
    @Override
    public String uscc() {
        return clientUscc;
    }

    @Override
    public LocalDate validOn() {
        return from;
    }
}

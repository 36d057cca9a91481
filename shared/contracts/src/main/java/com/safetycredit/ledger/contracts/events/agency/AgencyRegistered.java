package com.safetycredit.ledger.contracts.events.agency;

import com.safetycredit.ledger.contracts.events.AgencyFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;
import java.util.List;

/**
 * An intermediary service agency came under the bureau's credit supervision.
 *
 * @param services                the services it is qualified for, codes of {@code reference/agency-services.json}
 * @param qualificationNo         its qualification certificate's number (资质证书编号)
 * @param qualificationValidUntil the last day the qualification is valid, or {@code null} when none is stated
 */
@LedgerEvent(name = "AgencyRegistered", revision = 1)
public record AgencyRegistered(
        String agencyUscc,
        String name,
        List<String> services,
        String qualificationNo,
        LocalDate qualificationValidUntil,
        String regionCode,
        String address,
        LocalDate registeredOn)
        implements AgencyFact {

    public AgencyRegistered {
        services = services == null ? List.of() : List.copyOf(services);
    }

    @Override
    public LocalDate validOn() {
        return registeredOn;
    }
}

package com.safetycredit.ledger.contracts.events;

import java.time.LocalDate;

/**
 * An event about one intermediary service agency (安全评价、检测检验、培训、咨询机构): a credit subject of its own,
 * in a stream of its own ({@code SubjectIds.agency}).
 */
public interface AgencyFact {

    /** The agency's unified social credit code. */
    String agencyUscc();

    /** Valid time: the date the fact took effect in the world. */
    LocalDate validOn();
}

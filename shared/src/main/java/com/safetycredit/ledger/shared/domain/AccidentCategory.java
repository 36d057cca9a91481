package com.safetycredit.ledger.shared.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What kind of accident, as far as the rules care: casualties of road-traffic and fire accidents may be
 * revised within 7 days of the accident, all others within 30 (生产安全事故报告和调查处理条例 Art. 13).
 */
public enum AccidentCategory {
    PRODUCTION, HAZARDOUS_CHEMICALS, CONSTRUCTION, ROAD_TRAFFIC, FIRE, OTHER;

    public int revisionWindowDays() {
        return this == ROAD_TRAFFIC || this == FIRE ? 7 : 30;
    }

    /**
     * Whether casualties may still be revised on {@code revisedOn}. "自事故发生之日起30日内": the window
     * counts days after the day of the accident, and the 30th day is still inside.
     */
    public boolean revisionAllowed(LocalDate occurredOn, LocalDate revisedOn) {
        long days = ChronoUnit.DAYS.between(occurredOn, revisedOn);
        return days >= 0 && days <= revisionWindowDays();
    }
}

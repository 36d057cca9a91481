package com.safetycredit.ledger.rules.domain;

import com.safetycredit.ledger.contracts.events.emergency.LevelOneResponseDeclared;
import com.safetycredit.ledger.contracts.events.emergency.LevelOneResponseEnded;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The calendar of level-one emergency response periods (一级响应), folded from its events. A period covers its
 * region and every region within it (a Zhejiang response covers Pinghu), on every day from its first to its last
 * ({@code to == null}: still in force).
 */
public final class LevelOneResponses {

    /** One period of the calendar. */
    public record Period(
            String id, String regionCode, LocalDate from, LocalDate to, String documentNo, String description) {
        public boolean covers(String region, LocalDate day) {
            return !day.isBefore(from)
                    && (to == null || !day.isAfter(to))
                    && region != null
                    && (region.equals(regionCode) || Regions.isWithin(region, regionCode));
        }
    }

    private final Map<String, Period> periods = new LinkedHashMap<>();

    public LevelOneResponses apply(Object event) {
        if (event instanceof LevelOneResponseDeclared e) {
            periods.put(
                    e.periodId(),
                    new Period(e.periodId(), e.regionCode(), e.from(), e.to(), e.documentNo(), e.description()));
        } else if (event instanceof LevelOneResponseEnded e) {
            periods.computeIfPresent(
                    e.periodId(),
                    (id, p) -> new Period(id, p.regionCode(), p.from(), e.to(), p.documentNo(), p.description()));
        }
        return this;
    }

    public Collection<Period> periods() {
        return periods.values();
    }

    public Optional<Period> period(String id) {
        return Optional.ofNullable(periods.get(id));
    }

    /** The period covering an accident in {@code region} on {@code day} (the earliest, if several do). */
    public Optional<Period> covering(String region, LocalDate day) {
        return periods.values().stream()
                .filter(p -> p.covers(region, day))
                .min(Comparator.comparing(Period::from).thenComparing(Period::id));
    }
}

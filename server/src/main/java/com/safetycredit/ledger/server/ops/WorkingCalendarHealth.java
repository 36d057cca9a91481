package com.safetycredit.ledger.server.ops;

import com.safetycredit.ledger.rules.domain.WorkingCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the working-day calendar holds the year ahead. Periods counted in working days (a statement period,
 * a penalty's publication day) are refused in a year the calendar does not hold, so a missing next year is
 * said well before New Year: in the health details (for administrators) and in the log at start. It never
 * makes the server unready — the ledger works, only those periods wait for the year to be added.
 */
@Component("workingCalendar")
public class WorkingCalendarHealth implements HealthIndicator {

    /** How far ahead the calendar should reach: the longest period counted in working days, with room. */
    static final int DAYS_AHEAD = 60;

    private static final Logger log = LoggerFactory.getLogger(WorkingCalendarHealth.class);

    private final Clock clock;

    public WorkingCalendarHealth(Clock clock) {
        this.clock = clock;
        Integer missing = missingYear();
        if (missing != null) {
            log.warn(
                    "工作日历缺少 {} 年：以工作日计的期限在该年将被拒绝，请按国务院办公厅通知补充（{}）"
                            + " / the working-day calendar lacks {}: add it from the State Council's notice ({})",
                    missing,
                    WorkingCalendar.SUPPLEMENT_VARIABLE,
                    missing,
                    WorkingCalendar.SUPPLEMENT_VARIABLE);
        }
    }

    @Override
    public Health health() {
        Set<Integer> years = WorkingCalendar.china().years();
        Integer missing = missingYear();
        Health.Builder health = Health.up()
                .withDetail("from", years.stream().min(Integer::compare).orElseThrow())
                .withDetail("to", years.stream().max(Integer::compare).orElseThrow())
                .withDetail("source", WorkingCalendar.china().source());
        return missing == null
                ? health.build()
                : health.withDetail("missingYear", missing)
                        .withDetail("add", WorkingCalendar.SUPPLEMENT_VARIABLE)
                        .build();
    }

    /** The year the next {@link #DAYS_AHEAD} days reach that the calendar does not hold, or {@code null}. */
    private Integer missingYear() {
        LocalDate ahead =
                LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusDays(DAYS_AHEAD);
        return WorkingCalendar.china().years().contains(ahead.getYear()) ? null : ahead.getYear();
    }
}

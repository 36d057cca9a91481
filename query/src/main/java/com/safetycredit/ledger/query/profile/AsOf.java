package com.safetycredit.ledger.query.profile;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** The two clocks of a question: the valid date asked about, and when the ledger's knowledge is cut. */
public final class AsOf {

    private AsOf() {}

    /** A valid date ({@code YYYY-MM-DD}); today in China when absent. */
    public static LocalDate validAt(String text, Clock clock) {
        if (text == null || text.isBlank()) {
            return LedgerTime.today(clock);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "validAt", text);
        }
    }

    /**
     * A record-time cut: an instant with offset; a Beijing time to the minute as a date-time picker sends it
     * ({@code 2026-11-30T18:08}, meaning the end of that minute); or a date meaning the end of that day in China.
     * Now when absent.
     */
    public static Instant knownAt(String text, Clock clock) {
        if (text == null || text.isBlank()) {
            return clock.instant();
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notAnInstant) {
            try {
                if (text.contains("T")) {
                    return LocalDateTime.parse(text)
                            .truncatedTo(ChronoUnit.MINUTES)
                            .plusMinutes(1)
                            .atZone(LedgerTime.ZONE)
                            .toInstant()
                            .minusNanos(1);
                }
                return LocalDate.parse(text)
                        .plusDays(1)
                        .atStartOfDay(LedgerTime.ZONE)
                        .toInstant()
                        .minusNanos(1);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("known-at", "knownAt", text);
            }
        }
    }
}

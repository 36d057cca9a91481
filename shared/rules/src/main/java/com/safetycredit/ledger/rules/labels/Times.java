package com.safetycredit.ledger.rules.labels;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Times as a person reads them: Beijing time (Asia/Shanghai), to the minute, without seconds or an offset
 * ("2026-11-30 18:08"). The ledger keeps instants in UTC with nanoseconds; nobody reads those.
 */
public final class Times {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Times() {}

    /** An instant, an offset time, or an ISO text of either, in Beijing time to the minute; a date as it is. */
    public static String minute(Object time) {
        if (time == null) {
            return "";
        }
        if (time instanceof Instant instant) {
            return MINUTE.format(instant.atZone(BEIJING));
        }
        if (time instanceof OffsetDateTime offset) {
            return MINUTE.format(offset.atZoneSameInstant(BEIJING));
        }
        if (time instanceof ZonedDateTime zoned) {
            return MINUTE.format(zoned.withZoneSameInstant(BEIJING));
        }
        if (time instanceof LocalDate date) {
            return date.toString();
        }
        return minute(time.toString());
    }

    private static String minute(String text) {
        try {
            return MINUTE.format(OffsetDateTime.parse(text).atZoneSameInstant(BEIJING));
        } catch (DateTimeParseException notAnOffsetTime) {
            try {
                return MINUTE.format(Instant.parse(text).atZone(BEIJING));
            } catch (DateTimeParseException notAnInstant) {
                return text;
            }
        }
    }

    /** The value of a {@code datetime-local} input for an instant: Beijing time, to the minute. */
    public static String inputValue(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(instant.atZone(BEIJING));
    }
}

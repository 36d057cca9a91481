package com.safetycredit.ledger.rules.publication;

import com.safetycredit.ledger.rules.domain.WorkingCalendar;
import com.safetycredit.ledger.rules.publication.PublicationRules.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One published record — a listing (an enterprise's or an agency's), a general-procedure penalty, a red-list decision — as the publication rules make it from the
 * events: the allow-listed fields of the event that published it, the periods it is published, whether it was
 * withdrawn (a listing annulled, a penalty retracted: as if never published), and the positions it rests on.
 *
 * @param pendingCalendarYear set when the publication day falls in a year the working-day calendar lacks: the
 *                            record is not published until the year is added (never on a guessed day)
 */
public record PublicRecord(
        String kind,
        String recordId,
        String uscc,
        Map<String, Object> fields,
        List<Period> periods,
        boolean withdrawn,
        Integer pendingCalendarYear,
        List<Long> positions) {

    /** The event types that change a record once published, and the field naming the record. */
    private static final Map<String, String> CHANGES = Map.of(
            "ListingRemovedEarly", "listingId",
            "ListingExpired", "listingId",
            "AgencyListingExpired", "listingId",
            "ListingRevoked", "listingId",
            "ListingReinstated", "listingId",
            "PenaltyRetracted", "penaltyId",
            "RedListDecisionRevoked", "decisionId",
            "RedListDecisionLost", "decisionId",
            "RedListDecisionExpired", "decisionId");

    /** The record an event publishes, if its type is allow-listed and its conditions hold. */
    public static Optional<PublicRecord> published(
            String eventType,
            Map<String, Object> payload,
            Map<String, ?> metadata,
            long position,
            PublicationRules rules) {
        return rules.kindOf(eventType, payload).map(kind -> {
            Integer pending = null;
            List<Period> periods = List.of();
            try {
                periods = List.of(period(kind.name(), payload, rules));
            } catch (WorkingCalendar.MissingYearException e) {
                pending = e.year();
            }
            return new PublicRecord(
                    kind.name(),
                    String.valueOf(payload.get(kind.idField())),
                    subject(payload),
                    rules.copy(kind, payload, metadata),
                    periods,
                    false,
                    pending,
                    List.of(position));
        });
    }

    /** The USCC of the subject an event is about: an enterprise's ({@code uscc}) or an agency's ({@code agencyUscc}). */
    public static String subject(Map<String, Object> payload) {
        return String.valueOf(payload.containsKey("agencyUscc") ? payload.get("agencyUscc") : payload.get("uscc"));
    }

    /** Whether the event is an agency's: its stream is the agency's ({@code SubjectIds.agency}), not an enterprise's. */
    public static boolean aboutAgency(Map<String, Object> payload) {
        return payload.containsKey("agencyUscc");
    }

    /**
     * Whether an event of {@code eventType} can matter to the public record at all: it names an enterprise, is of an
     * allow-listed kind, or changes a published record. Every other event leaves the public record as it was, so a
     * read model may pass it by without looking inside.
     */
    public static boolean concerns(String eventType, PublicationRules rules) {
        return rules.namesEnterprise(eventType) || rules.publishes(eventType) || CHANGES.containsKey(eventType);
    }

    /** The record an event of {@code eventType} changes, if it changes one. */
    public static Optional<String> changedRecordId(String eventType, Map<String, Object> payload) {
        String field = CHANGES.get(eventType);
        return field == null || payload.get(field) == null
                ? Optional.empty()
                : Optional.of(String.valueOf(payload.get(field)));
    }

    /** This record after an event that changes it ({@link #changedRecordId}). */
    public PublicRecord after(String eventType, Map<String, Object> payload, long position) {
        List<Period> now = periods;
        boolean gone = withdrawn;
        switch (eventType) {
            case "ListingRemovedEarly" -> now = PublicationRules.endedOn(periods, date(payload, "decidedOn"));
            case "ListingReinstated" -> {
                now = new ArrayList<>(periods);
                now.add(new Period(date(payload, "decidedOn"), date(payload, "expiresOn")));
            }
            case "ListingRevoked", "PenaltyRetracted" -> gone = true;
                // a red-list decision revoked or lost stops being published from that day; what it was stays true
            case "RedListDecisionRevoked" -> now = PublicationRules.endedOn(periods, date(payload, "decidedOn"));
            case "RedListDecisionLost" -> now = PublicationRules.endedOn(periods, date(payload, "lostOn"));
            default -> {} // an expiry ends the period it already has
        }
        List<Long> rests = new ArrayList<>(positions);
        rests.add(position);
        return new PublicRecord(
                kind, recordId, uscc, fields, List.copyOf(now), gone, pendingCalendarYear, List.copyOf(rests));
    }

    /** Whether the rules publish it on {@code day}. */
    public boolean publishedOn(LocalDate day) {
        return !withdrawn && periods.stream().anyMatch(p -> p.contains(day));
    }

    /** The period that holds {@code day}, for the answer's dates. */
    public Optional<Period> periodOn(LocalDate day) {
        return withdrawn
                ? Optional.empty()
                : periods.stream().filter(p -> p.contains(day)).findFirst();
    }

    private static Period period(String kind, Map<String, Object> payload, PublicationRules rules) {
        return switch (kind) {
            case "LISTING", "AGENCY_LISTING", "RED_LIST" -> rules.listingPeriod(
                    date(payload, "decidedOn"), date(payload, "expiresOn"));
            case "PENALTY" -> rules.penaltyPeriod(date(payload, "decidedOn"));
            default -> throw new IllegalStateException("No publication period for kind " + kind);
        };
    }

    private static LocalDate date(Map<String, Object> payload, String field) {
        return LocalDate.parse(String.valueOf(payload.get(field)));
    }
}

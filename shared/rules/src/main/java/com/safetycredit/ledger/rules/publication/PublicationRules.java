package com.safetycredit.ledger.rules.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safetycredit.ledger.rules.domain.WorkingCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the ledger publishes (公示, RULES.md §10, §11), by allow-list: {@code rules/publication-v1.json} names, per
 * record kind, the one event type that publishes it and the only fields copied from its payload and metadata;
 * anything not named is never published. The periods are here too: a listing while it is in force, a penalty
 * decided under the general procedure from its publication day for five years. Pure: the public projection and
 * the provincial exchange both ask it, so they publish the same records with the same fields.
 */
public final class PublicationRules {

    /** One allow-listed kind of record. */
    public record Kind(
            String name,
            String eventType,
            String idField,
            Map<String, Object> onlyWhen,
            List<String> fields,
            List<String> metadata) {}

    /** A period of publication {@code [from, until)}. */
    public record Period(LocalDate from, LocalDate until) {
        public boolean contains(LocalDate day) {
            return !day.isBefore(from) && day.isBefore(until);
        }
    }

    private static final String FILE = "rules/publication-v1.json";
    private static final PublicationRules SHIPPED = read();

    private final String version;
    private final int penaltyWorkingDays;
    private final int adverseRecordYears;
    private final List<String> enterpriseEventTypes;
    private final List<String> enterpriseFields;
    private final Map<String, Kind> kindsByEventType;
    private final AgencyEvaluation agencyEvaluation;

    /**
     * The agencies' yearly evaluation as published: the years before the current one, {@code yearsPublished} of
     * them, and of each agency's result only {@code fields}, and of each aspect only {@code aspectFields}.
     */
    public record AgencyEvaluation(
            int yearsPublished, List<String> fields, List<String> aspects, List<String> aspectFields) {

        /** The first and last years published on {@code today}: the evaluation of a year is public once it is over. */
        public int firstYear(LocalDate today) {
            return today.getYear() - yearsPublished;
        }

        public int lastYear(LocalDate today) {
            return today.getYear() - 1;
        }

        public boolean published(int year, LocalDate today) {
            return year >= firstYear(today) && year <= lastYear(today);
        }

        /** One agency's result as published: the allow-listed fields and aspect scores, and nothing else. */
        public Map<String, Object> copy(Map<String, Object> result) {
            Map<String, Object> copied = new LinkedHashMap<>();
            for (String field : fields) {
                if (result.get(field) != null) {
                    copied.put(field, result.get(field));
                }
            }
            for (String aspect : aspects) {
                if (result.get(aspect) instanceof Map<?, ?> values) {
                    Map<String, Object> kept = new LinkedHashMap<>();
                    aspectFields.forEach(f -> {
                        if (values.get(f) != null) {
                            kept.put(f, values.get(f));
                        }
                    });
                    copied.put(aspect, kept);
                }
            }
            return copied;
        }
    }

    private PublicationRules(JsonNode file) {
        this.version = file.get("version").asText();
        this.penaltyWorkingDays = file.get("penaltyPublicationWorkingDays").asInt();
        this.adverseRecordYears = file.get("adverseRecordYears").asInt();
        this.enterpriseEventTypes = strings(file.get("enterprise").get("eventTypes"));
        this.enterpriseFields = strings(file.get("enterprise").get("fields"));
        Map<String, Kind> kinds = new LinkedHashMap<>();
        file.get("records").properties().forEach(e -> {
            JsonNode entry = e.getValue();
            Map<String, Object> onlyWhen = new LinkedHashMap<>();
            entry.path("onlyWhen").properties().forEach(c -> onlyWhen.put(c.getKey(), value(c.getValue())));
            kinds.put(
                    entry.get("eventType").asText(),
                    new Kind(
                            e.getKey(),
                            entry.get("eventType").asText(),
                            entry.get("id").asText(),
                            Map.copyOf(onlyWhen),
                            strings(entry.get("fields")),
                            strings(entry.path("metadata"))));
        });
        this.kindsByEventType = Map.copyOf(kinds);
        JsonNode evaluation = file.get("agencyEvaluation");
        this.agencyEvaluation = new AgencyEvaluation(
                evaluation.get("yearsPublished").asInt(),
                strings(evaluation.get("fields")),
                strings(evaluation.get("aspects")),
                strings(evaluation.get("aspectFields")));
    }

    /** How the agencies' yearly evaluation is published (Jiaxing 2016 opinion 十四). */
    public AgencyEvaluation agencyEvaluation() {
        return agencyEvaluation;
    }

    public static PublicationRules shipped() {
        return SHIPPED;
    }

    /** The rule file's version, which every published answer names. */
    public String version() {
        return version;
    }

    public List<Kind> kinds() {
        return List.copyOf(kindsByEventType.values());
    }

    /** Whether events of {@code eventType} are of an allow-listed kind (whether one is published depends on it). */
    public boolean publishes(String eventType) {
        return kindsByEventType.containsKey(eventType);
    }

    /** The kind an event of {@code eventType} publishes, if its type is allow-listed and its conditions hold. */
    public Optional<Kind> kindOf(String eventType, Map<String, Object> payload) {
        Kind kind = kindsByEventType.get(eventType);
        if (kind == null) {
            return Optional.empty();
        }
        boolean holds =
                kind.onlyWhen().entrySet().stream().allMatch(c -> c.getValue().equals(payload.get(c.getKey())));
        return holds ? Optional.of(kind) : Optional.empty();
    }

    /** The allow-listed fields of the payload and the metadata, and nothing else. */
    public Map<String, Object> copy(Kind kind, Map<String, Object> payload, Map<String, ?> metadata) {
        Map<String, Object> copied = new LinkedHashMap<>();
        for (String field : kind.fields()) {
            if (payload.get(field) != null) {
                copied.put(field, payload.get(field));
            }
        }
        for (String field : kind.metadata()) {
            if (metadata.get(field) != null) {
                copied.put(field, metadata.get(field).toString());
            }
        }
        return copied;
    }

    public boolean namesEnterprise(String eventType) {
        return enterpriseEventTypes.contains(eventType);
    }

    /** The allow-listed fields of an enterprise's registration or profile change (its name and region). */
    public Map<String, Object> enterpriseFields(Map<String, Object> payload) {
        Map<String, Object> copied = new LinkedHashMap<>();
        enterpriseFields.forEach(f -> {
            if (payload.get(f) != null) {
                copied.put(f, payload.get(f));
            }
        });
        return copied;
    }

    /**
     * A general-procedure penalty is published from the {@code penaltyPublicationWorkingDays}th working day after
     * its decision (安全生产法 第七十八条: within 7 working days), for the adverse-record years. Throws
     * {@link WorkingCalendar.MissingYearException} when the calendar lacks a year the count passes.
     */
    public Period penaltyPeriod(LocalDate decidedOn) {
        LocalDate from = WorkingCalendar.china().addWorkingDays(decidedOn, penaltyWorkingDays);
        return new Period(from, from.plusYears(adverseRecordYears));
    }

    /** A listing is published while it is in force: from its decision to its end. */
    public Period listingPeriod(LocalDate decidedOn, LocalDate expiresOn) {
        return new Period(decidedOn, expiresOn);
    }

    /** The periods cut at {@code endedOn} (an early removal): nothing is published from that day on. */
    public static List<Period> endedOn(List<Period> periods, LocalDate endedOn) {
        List<Period> cut = new ArrayList<>();
        for (Period p : periods) {
            if (p.from().isBefore(endedOn)) {
                cut.add(new Period(p.from(), p.until().isAfter(endedOn) ? endedOn : p.until()));
            }
        }
        return cut;
    }

    private static Object value(JsonNode node) {
        return node.isBoolean() ? node.asBoolean() : node.isNumber() ? node.numberValue() : node.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return List.copyOf(values);
    }

    private static PublicationRules read() {
        try (InputStream in = PublicationRules.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("Missing rule set " + FILE);
            }
            return new PublicationRules(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable rule set " + FILE, e);
        }
    }
}

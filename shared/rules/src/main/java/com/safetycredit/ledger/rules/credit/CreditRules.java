package com.safetycredit.ledger.rules.credit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule sets the read side applies: red-list criteria and the grading models with the dates each grades,
 * each from its data file.
 */
public record CreditRules(RedListRules redList, GradingSchedule grading) {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The shipped rule sets: {@code rules/red-list-133-r2.json} and {@code rules/grading-schedule.json}. */
    public static CreditRules shipped() {
        return new CreditRules(
                read(resource("rules/red-list-133-r2.json"), RedListRules.class),
                schedule(resource("rules/grading-schedule.json"), null));
    }

    /**
     * Rule sets from files, for a bureau that adopts its own; each may be {@code null} for the shipped one. A
     * grading model file grades every date; a schedule file names models by shipped resource or by a path
     * relative to the schedule.
     */
    public static CreditRules from(Path redList, Path grading, Path schedule) {
        CreditRules shipped = shipped();
        try {
            GradingSchedule models = grading != null
                    ? GradingSchedule.only(model(MAPPER.readTree(Files.newInputStream(grading))))
                    : schedule != null
                            ? schedule(
                                    Files.newInputStream(schedule),
                                    schedule.toAbsolutePath().getParent())
                            : shipped.grading();
            return new CreditRules(
                    redList == null ? shipped.redList() : read(Files.newInputStream(redList), RedListRules.class),
                    models);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a rule set file", e);
        }
    }

    /** The same as before schedules existed: a red-list file and one grading model for every date. */
    public static CreditRules from(Path redList, Path grading) {
        return from(redList, grading, null);
    }

    private static GradingSchedule schedule(InputStream in, Path folder) {
        try (in) {
            JsonNode schedule = MAPPER.readTree(in);
            List<GradingSchedule.Entry> entries = new ArrayList<>();
            for (JsonNode entry : schedule.get("models")) {
                String file = entry.get("file").asText();
                Path local = folder == null ? null : folder.resolve(file);
                InputStream model =
                        local != null && Files.isRegularFile(local) ? Files.newInputStream(local) : resource(file);
                try (model) {
                    entries.add(new GradingSchedule.Entry(
                            entry.get("from").isNull()
                                    ? null
                                    : LocalDate.parse(entry.get("from").asText()),
                            model(MAPPER.readTree(model))));
                }
            }
            return new GradingSchedule(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable grading schedule: " + e.getMessage(), e);
        }
    }

    /** A model file of either schema: 1 (base score by standardization) or 2 (neutral grade, bonus, severe facts). */
    private static Grading model(JsonNode json) {
        try {
            return json.path("schemaVersion").asInt() == 2
                    ? MAPPER.treeToValue(json, GradingModelV2.class)
                    : MAPPER.treeToValue(json, GradingModel.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable grading model: " + e.getMessage(), e);
        }
    }

    static InputStream resource(String name) {
        InputStream in = CreditRules.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing rule set " + name);
        }
        return in;
    }

    private static <T> T read(InputStream in, Class<T> type) {
        try (in) {
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable rule set: " + e.getMessage(), e);
        }
    }
}

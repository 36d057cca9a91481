package com.safetycredit.ledger.rules.credit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The rule sets the read side applies: red-list criteria and the grading model, each from its data file. */
public record CreditRules(RedListRules redList, GradingModel grading) {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The shipped rule sets: {@code rules/red-list-133.json} and {@code rules/grading-model-v1.json}. */
    public static CreditRules shipped() {
        return new CreditRules(
                read(resource("rules/red-list-133.json"), RedListRules.class),
                read(resource("rules/grading-model-v1.json"), GradingModel.class));
    }

    /** Rule sets from files, for a bureau that adopts its own (either may be {@code null} for the shipped one). */
    public static CreditRules from(Path redList, Path grading) {
        CreditRules shipped = shipped();
        try {
            return new CreditRules(
                    redList == null ? shipped.redList() : read(Files.newInputStream(redList), RedListRules.class),
                    grading == null ? shipped.grading() : read(Files.newInputStream(grading), GradingModel.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a rule set file", e);
        }
    }

    private static InputStream resource(String name) {
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

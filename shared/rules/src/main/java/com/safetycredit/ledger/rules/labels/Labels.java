package com.safetycredit.ledger.rules.labels;

import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The one place where a code becomes the words a person reads: event types, fields, grades, statuses, award types,
 * departments, roles, reasons, industries (with their GB/T 4754 names), regions, refusals and the sentences the
 * history is told in. Pages, CSV and Excel files, credit reports and problem answers all ask here.
 *
 * <p>Every entry is one line of {@code labels/labels.properties}: {@code kind.CODE = 中文 | English}. Adding a code
 * is adding that line; {@code LabelCatalogueTest} fails for an event type or a code without one. Chinese is the
 * bureau's language and the default; English is shown under {@code ?lang=en}.
 */
public final class Labels {

    private static final String FILE = "labels/labels.properties";
    private static final String SEPARATOR = " | ";
    private static final Map<String, String[]> ENTRIES = load();
    private static final Map<String, LineTemplate> LINES = new ConcurrentHashMap<>(); // the catalogue's lines, split

    private Labels() {}

    /** Whether the catalogue has an entry for {@code key}. */
    public static boolean has(String key) {
        return ENTRIES.containsKey(key);
    }

    /** Every key of the catalogue, sorted. */
    public static Set<String> keys() {
        return Collections.unmodifiableSet(ENTRIES.keySet());
    }

    /** The text of {@code key} in the language of {@code locale} (Chinese unless English is asked for). */
    public static Optional<String> find(String key, Locale locale) {
        String[] entry = ENTRIES.get(key);
        return entry == null ? Optional.empty() : Optional.of(entry[english(locale) ? 1 : 0]);
    }

    /**
     * The text with its arguments ({@code {0}}, {@code {1}}…), each shown in the reader's words ({@link #render}),
     * or the key itself where the catalogue lacks it.
     */
    public static String text(String key, Locale locale, Object... args) {
        return find(key, locale).map(t -> format(t, locale, args)).orElse(key);
    }

    /**
     * A value as a person reads it: a code by its label, a phrase by its line, fen as yuan with fen, a time in
     * Beijing time to the minute, a list joined; anything else as it is.
     */
    public static String render(Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        if (value instanceof LedgerProblem.Label label) {
            return label(label.kind(), label.code(), locale);
        }
        if (value instanceof LedgerProblem.Phrase phrase) {
            return text(phrase.key(), locale, phrase.args().toArray());
        }
        if (value instanceof LedgerProblem.Fen fen) {
            return Money.yuan(fen.fen(), locale);
        }
        if (value instanceof Collection<?> values) {
            return values.stream()
                    .map(v -> render(v, locale))
                    .collect(Collectors.joining(english(locale) ? ", " : "、"));
        }
        if (value instanceof Instant || value instanceof OffsetDateTime) {
            return Times.minute(value);
        }
        if ((value instanceof Long || value instanceof Integer) && Math.abs(((Number) value).longValue()) >= 10_000) {
            // a bound such as 1,000,000 reads grouped; a year or a position is passed as text and stays as it is
            return String.format(Locale.ROOT, "%,d", ((Number) value).longValue());
        }
        return value.toString();
    }

    /** What a refusal says, with its values in the reader's words. */
    public static String explain(LedgerProblem problem, Locale locale) {
        return text(problem.textKey(), locale, problem.args().toArray());
    }

    /** The Chinese text of {@code key} with its arguments: what the rules write into reasons. */
    public static String zh(String key, Object... args) {
        return text(key, Locale.SIMPLIFIED_CHINESE, args);
    }

    /**
     * The label of {@code code} of a kind ({@code event}, {@code status}, {@code enum.CertificationType}…); a code the
     * catalogue does not know is shown as it is (the catalogue test keeps that from happening), {@code null} as empty.
     */
    public static String label(String kind, Object code, Locale locale) {
        if (code == null || code.toString().isEmpty()) {
            return "";
        }
        return find(kind + "." + code, locale).orElse(code.toString());
    }

    /** A grade's model ({@code EXAMPLE_GRADING_MODEL r1}) by its name and revision: "示例信用评分模型…（第 1 版）". */
    public static String gradingModel(String model, Locale locale) {
        if (model == null) {
            return "";
        }
        int revision = model.lastIndexOf(" r");
        String id = revision < 0 ? model : model.substring(0, revision);
        String name = label("gradingModel", id, locale);
        return revision < 0 ? name : text("gradingModel.revision", locale, name, model.substring(revision + 2));
    }

    /** The Chinese label of a code. */
    public static String zhLabel(String kind, Object code) {
        return label(kind, code, Locale.SIMPLIFIED_CHINESE);
    }

    public static boolean english(Locale locale) {
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    private static String format(String text, Locale locale, Object... args) {
        if (args == null || args.length == 0) {
            return text;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = render(args[i], locale);
        }
        // Parsed once per line (the status timeline writes reasons for every date it assesses), without a locale:
        // no line formats a number or a date itself (LabelsTest), every argument is rendered to text above.
        return LINES.computeIfAbsent(text, LineTemplate::of).fill(shown);
    }

    private static Map<String, String[]> load() {
        Properties lines = new Properties();
        try (InputStream in = Labels.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + FILE);
            }
            lines.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable " + FILE, e);
        }
        Map<String, String[]> entries = new TreeMap<>();
        lines.forEach((key, value) -> {
            String line = value.toString();
            int bar = line.indexOf(SEPARATOR);
            if (bar < 0) {
                throw new IllegalStateException(FILE + ": " + key + " needs '中文 | English'");
            }
            entries.put(key.toString(), new String[] {
                line.substring(0, bar).strip(),
                line.substring(bar + SEPARATOR.length()).strip()
            });
        });
        return entries;
    }
}

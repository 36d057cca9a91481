package com.safetycredit.ledger.rules.labels;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An event told as a sentence a clerk reads, from its catalogue line {@code sentence.<EventType>}: every value in
 * the reader's words (codes by their labels, money in yuan with fen, times in Beijing time to the minute, earlier
 * facts by their names), nothing of the ledger's keys, enum names or identifiers.
 *
 * <p>A line is text with {@code {field}} for a value of the event, {@code {field:kind}} for one shown as a label of
 * that kind or in a form ({@code time}, {@code yuan}, {@code fen}, {@code ref}, {@code refs}, {@code details},
 * {@code reasons}, {@code departments}), {@code {flag?text}} and {@code {flag?yes:no}} for a yes/no, and
 * {@code [ … ]} around a part left out when a value in it is empty.
 */
public final class EventSentences {

    private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)]");
    private static final Pattern VALUE = Pattern.compile("\\{([A-Za-z]+)(?:([:?])([^}]*))?}");
    /** The forms a value can take besides a label kind. */
    public static final List<String> FORMS =
            List.of("time", "yuan", "fen", "ref", "refs", "details", "reasons", "departments");

    private EventSentences() {}

    /** The sentence of an event of {@code type} with {@code data}; an event type without one says its name. */
    public static String of(String type, Map<String, Object> data, FactReferences facts, Locale locale) {
        String line = Labels.find("sentence." + type, locale).orElse(null);
        if (line == null) {
            return Labels.label("event", type, locale);
        }
        Matcher optional = OPTIONAL.matcher(line);
        StringBuilder out = new StringBuilder();
        while (optional.find()) {
            optional.appendReplacement(
                    out, Matcher.quoteReplacement(fill(optional.group(1), data, facts, locale, true)));
        }
        optional.appendTail(out);
        return fill(out.toString(), data, facts, locale, false);
    }

    /** The names of the values a line uses, with their kinds ({@code null}: none): for the catalogue's test. */
    public static List<String[]> values(String line) {
        List<String[]> found = new ArrayList<>();
        Matcher value = VALUE.matcher(line);
        while (value.find()) {
            found.add(new String[] {value.group(1), value.group(2), value.group(3)});
        }
        return found;
    }

    /** Fills the values of {@code part}; an optional part with an empty value is left out whole. */
    private static String fill(
            String part, Map<String, Object> data, FactReferences facts, Locale locale, boolean optional) {
        Matcher value = VALUE.matcher(part);
        StringBuilder out = new StringBuilder();
        while (value.find()) {
            String shown = show(value.group(1), value.group(2), value.group(3), data, facts, locale);
            if (shown.isEmpty() && optional) {
                return "";
            }
            value.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        value.appendTail(out);
        return out.toString();
    }

    private static String show(
            String field, String how, String spec, Map<String, Object> data, FactReferences facts, Locale locale) {
        Object value = data.get(field);
        if ("?".equals(how)) {
            String[] choice = spec.split(":", 2);
            boolean yes = Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value));
            return yes ? choice[0] : choice.length > 1 ? choice[1] : "";
        }
        if (value == null || value.toString().isBlank() || value instanceof Collection<?> c && c.isEmpty()) {
            return "";
        }
        if (how == null) {
            return value instanceof Boolean flag ? Labels.label("yesNo", flag, locale) : value.toString();
        }
        return switch (spec) {
            case "time" -> Times.minute(value);
            case "yuan" -> Money.wholeYuan(((Number) value).longValue(), locale);
            case "fen" -> Money.yuan(((Number) value).longValue(), locale);
            case "ref" -> facts.render(value.toString(), locale);
            case "refs" -> joined(
                    ((Collection<?>) value).stream().map(id -> facts.render(id.toString(), locale)), locale);
            case "details" -> details((Map<?, ?>) value, locale);
            case "reasons" -> reasons((Collection<?>) value, facts, locale);
            case "departments" -> joined(
                    ((Collection<?>) value).stream().map(d -> Labels.label("department", d, locale)), locale);
            default -> value instanceof Collection<?> codes
                    ? joined(codes.stream().map(code -> Labels.label(spec, code, locale)), locale)
                    : Labels.label(spec, value, locale);
        };
    }

    /** An investment's facts: each by its label, yes/no in words, subsystems by their names. */
    private static String details(Map<?, ?> details, Locale locale) {
        return details.entrySet().stream()
                .map(e -> Labels.label("detail", e.getKey(), locale)
                        + (Labels.english(locale) ? ": " : "：")
                        + (e.getValue() instanceof Boolean flag
                                ? Labels.label("yesNo", flag, locale)
                                : e.getValue() instanceof Collection<?> items
                                        ? joined(items.stream().map(i -> Labels.label("subsystem", i, locale)), locale)
                                        : String.valueOf(e.getValue())))
                .collect(Collectors.joining(Labels.english(locale) ? "; " : "；"));
    }

    /**
     * A decision's reasons: the rules wrote each in Chinese when they decided; older ones name facts by identifier,
     * which are replaced by the facts' names. In English, a reason is told by its code's label.
     */
    private static String reasons(Collection<?> reasons, FactReferences facts, Locale locale) {
        return joined(
                reasons.stream().map(r -> {
                    Map<?, ?> reason = (Map<?, ?>) r;
                    Object code = reason.get("code");
                    return Labels.english(locale) && code != null && Labels.has("reason." + code)
                            ? Labels.label("reason", code, locale)
                            : facts.humanize(String.valueOf(reason.get("message")), locale);
                }),
                locale);
    }

    private static String joined(Stream<String> parts, Locale locale) {
        return parts.collect(Collectors.joining(Labels.english(locale) ? ", " : "、"));
    }
}

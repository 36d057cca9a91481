package com.safetycredit.ledger.server.imports;

import com.safetycredit.ledger.rules.labels.Labels;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A column of an import: the request field it fills, whether a row needs it, and how a cell is read — text, a
 * date, a whole number, 是/否, or a code written as its code or as its label in either language ("危险化学品" and
 * {@code HAZARDOUS_CHEMICALS} are the same industry).
 */
public record ImportColumn(String field, boolean required, Type type, String labelKind) {

    public enum Type {
        TEXT,
        DATE,
        INTEGER,
        YES_NO,
        CODE
    }

    static ImportColumn text(String field, boolean required) {
        return new ImportColumn(field, required, Type.TEXT, null);
    }

    static ImportColumn date(String field, boolean required) {
        return new ImportColumn(field, required, Type.DATE, null);
    }

    static ImportColumn integer(String field, boolean required) {
        return new ImportColumn(field, required, Type.INTEGER, null);
    }

    static ImportColumn yesNo(String field) {
        return new ImportColumn(field, true, Type.YES_NO, null);
    }

    static ImportColumn code(String field, boolean required, String labelKind) {
        return new ImportColumn(field, required, Type.CODE, labelKind);
    }

    /** The heading of the column in the reader's language: the field's label. */
    public String heading(Locale locale) {
        return Labels.text("field." + field, locale);
    }

    /** Whether {@code heading} names this column (its label in either language, or the field's name). */
    boolean headedBy(String heading) {
        String h = heading.strip();
        return h.equals(field)
                || h.equals(heading(Locale.SIMPLIFIED_CHINESE))
                || h.equalsIgnoreCase(heading(Locale.ENGLISH));
    }

    /** The value for the request, or empty when the cell cannot be read as this column's type. */
    Optional<Object> read(String cell) {
        String text = cell.strip();
        try {
            return switch (type) {
                case TEXT -> Optional.of(text);
                case DATE -> Optional.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text)
                        .toString());
                case INTEGER -> Optional.of(Long.parseLong(text.replace(",", "").replaceAll("\\.0+$", "")));
                case YES_NO -> switch (text) {
                    case "是", "yes", "Yes", "true", "TRUE", "1" -> Optional.of(true);
                    case "否", "no", "No", "false", "FALSE", "0" -> Optional.of(false);
                    default -> Optional.empty();
                };
                case CODE -> Optional.of(code(text));
            };
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** A label of {@link #labelKind} back to its code; anything else is passed on for the request's own check. */
    private String code(String text) {
        String prefix = labelKind + ".";
        return Labels.keys().stream()
                .filter(key -> key.startsWith(prefix))
                .filter(key -> text.equals(Labels.text(key, Locale.SIMPLIFIED_CHINESE))
                        || text.equalsIgnoreCase(Labels.text(key, Locale.ENGLISH)))
                .map(key -> key.substring(prefix.length()))
                .findFirst()
                .orElse(text);
    }
}

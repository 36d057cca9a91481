package com.safetycredit.ledger.rules.labels;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of the catalogue as {@link MessageFormat} reads it ({@code {0}} for an argument, {@code ''} for a quote,
 * text in quotes as it is), split once into its text and its argument places. Every argument reaches a line already
 * rendered to text and no line formats an argument itself ({@code LabelsTest}), so filling a line is joining strings —
 * shared by every thread, where a {@code MessageFormat} must be copied for each use (its copy and format were 8 % of
 * {@code TimelineCost}'s samples: a timeline writes reasons for every date it assesses; docs/benchmarks.md).
 */
final class LineTemplate {

    private static final char MARK = '\uFFFF'; // not a character: no line holds it

    private final String[] texts; // texts[i] comes before the i-th argument place, the last one after them all
    private final int[] arguments; // which argument each place shows

    private LineTemplate(String[] texts, int[] arguments) {
        this.texts = texts;
        this.arguments = arguments;
    }

    /**
     * The line's text and places, read from {@code MessageFormat}'s own output: each argument given as a marked
     * number, so the quoting rules are MessageFormat's, not a second reading of them.
     */
    static LineTemplate of(String line) {
        MessageFormat format = new MessageFormat(line, Locale.ROOT);
        int count = format.getFormatsByArgumentIndex().length;
        Object[] marks = new Object[count];
        for (int i = 0; i < count; i++) {
            marks[i] = MARK + Integer.toString(i) + MARK;
        }
        String marked = format.format(marks);
        List<String> texts = new ArrayList<>();
        List<Integer> arguments = new ArrayList<>();
        int from = 0;
        for (int open = marked.indexOf(MARK); open >= 0; open = marked.indexOf(MARK, from)) {
            int close = marked.indexOf(MARK, open + 1);
            texts.add(marked.substring(from, open));
            arguments.add(Integer.parseInt(marked.substring(open + 1, close)));
            from = close + 1;
        }
        texts.add(marked.substring(from));
        return new LineTemplate(
                texts.toArray(String[]::new),
                arguments.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The line with its arguments; a place without an argument shows {@code {n}}, as MessageFormat does. */
    String fill(Object[] shown) {
        StringBuilder line = new StringBuilder(texts[0]);
        for (int i = 0; i < arguments.length; i++) {
            int argument = arguments[i];
            if (argument < shown.length) {
                line.append(shown[argument]);
            } else {
                line.append('{').append(argument).append('}');
            }
            line.append(texts[i + 1]);
        }
        return line.toString();
    }
}

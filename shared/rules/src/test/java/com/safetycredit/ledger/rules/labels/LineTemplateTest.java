package com.safetycredit.ledger.rules.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A line split once fills in exactly as {@link MessageFormat} formats it: every line of the catalogue in both
 * languages and lines with MessageFormat's quoting, with any arguments — fewer than the line's places too.
 */
class LineTemplateTest {

    /** Quoting as MessageFormat reads it: a doubled quote, quoted braces, a quoted stretch, places out of order. */
    private static final List<String> QUOTED = List.of(
            "it''s {0}",
            "'{0}' stays, {1} is filled",
            "'a quoted stretch with {braces}' then {0}",
            "{1} before {0}, {1} again",
            "{0}{1}{2}",
            "no places at all",
            "'unclosed {0}");

    @Property(tries = 2000)
    void fillsInAsMessageFormatFormats(@ForAll("lines") String line, @ForAll("arguments") List<String> arguments) {
        Object[] shown = arguments.toArray();
        assertThat(LineTemplate.of(line).fill(shown)).isEqualTo(new MessageFormat(line, Locale.ROOT).format(shown));
    }

    @Example
    void aPlaceWithoutItsArgumentShowsItsNumber() {
        assertThat(LineTemplate.of("{0} 和 {2}").fill(new Object[] {"甲"})).isEqualTo("甲 和 {2}");
    }

    @Example
    void quotedTextIsTextAndADoubledQuoteIsOneQuote() {
        assertThat(LineTemplate.of("it''s '{0}' {0}").fill(new Object[] {"x"})).isEqualTo("it's {0} x");
    }

    @Provide
    Arbitrary<String> lines() {
        List<String> lines = new ArrayList<>(QUOTED);
        for (String key : Labels.keys()) {
            lines.add(Labels.find(key, Locale.SIMPLIFIED_CHINESE).orElseThrow());
            lines.add(Labels.find(key, Locale.ENGLISH).orElseThrow());
        }
        // the history's sentences ({accidentId:ref}…) are filled by a templating of their own, not here
        return Arbitraries.of(
                lines.stream().filter(LineTemplateTest::isMessageFormat).toList());
    }

    private static boolean isMessageFormat(String line) {
        try {
            new MessageFormat(line, Locale.ROOT);
            return true;
        } catch (IllegalArgumentException notOne) {
            return false;
        }
    }

    /** Any text, with the characters that mean something to MessageFormat among them. */
    @Provide
    Arbitrary<List<String>> arguments() {
        return Arbitraries.strings()
                .withChars("{}'0123 甲乙,\uFFFF")
                .ofMaxLength(6)
                .list()
                .ofMaxSize(6);
    }
}

package com.safetycredit.ledger.rules.labels;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.problems.LedgerProblem.Label;
import com.safetycredit.ledger.contracts.problems.LedgerProblem.Phrase;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The catalogue's lines formatted with their arguments, each line parsed once and kept. */
class LabelsTest {

    /**
     * Parsed lines are kept without the reader's locale: right only while no line formats a number or a date
     * itself ({@code {0,number}}), which would follow the locale — every argument is rendered to text first.
     */
    @Test
    void noLineFormatsAnArgumentItself() {
        Pattern formatted = Pattern.compile("\\{\\d+\\s*,");
        for (String key : Labels.keys()) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                assertThat(Labels.find(key, locale).orElseThrow()).as(key).doesNotContainPattern(formatted);
            }
        }
    }

    @Test
    void aLineFormatsTheSameEachTimeAndInEachLanguage() {
        Phrase certificate =
                new Phrase("fact.certification", new Label("enum.CertificationType", "STANDARDIZATION"), "证1");
        String zh = Labels.render(certificate, Locale.SIMPLIFIED_CHINESE);
        assertThat(zh).contains("证书 证1").doesNotContain("{");
        assertThat(Labels.render(certificate, Locale.SIMPLIFIED_CHINESE)).isEqualTo(zh);
        assertThat(Labels.render(certificate, Locale.CHINA)).isEqualTo(zh);
        assertThat(Labels.render(certificate, Locale.ENGLISH))
                .contains("certificate 证1")
                .isNotEqualTo(zh);
        assertThat(Labels.render(certificate, Locale.UK)).isEqualTo(Labels.render(certificate, Locale.ENGLISH));
    }
}

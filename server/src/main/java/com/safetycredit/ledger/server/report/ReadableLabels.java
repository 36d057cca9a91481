package com.safetycredit.ledger.server.report;

import com.safetycredit.ledger.query.export.EnterpriseColumns;
import com.safetycredit.ledger.rules.labels.Labels;
import com.safetycredit.ledger.rules.labels.Money;
import com.safetycredit.ledger.rules.labels.Times;
import java.util.Locale;

/**
 * The catalogue's words for one reader's language, as a template outside a console page (a report, a PDF) asks
 * for them: {@code ${labels.label('status', code)}}, {@code ${labels.time(instant)}}, {@code ${labels.fen(fen)}}.
 */
public record ReadableLabels(Locale locale) {

    /** A grade's model by its name and revision. */
    public String gradingModel(String model) {
        return Labels.gradingModel(model, locale);
    }

    public String label(String kind, Object code) {
        return Labels.label(kind, code, locale);
    }

    public String industry(String code) {
        return Labels.label("industry", code, locale);
    }

    public String region(String code) {
        return EnterpriseColumns.region(code, locale);
    }

    public String time(Object time) {
        return Times.minute(time);
    }

    public String fen(Long fen) {
        return fen == null ? "" : Money.yuan(fen, locale);
    }
}

package com.safetycredit.ledger.server.web;

import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import com.safetycredit.ledger.rules.labels.Labels;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The words of a refusal, from the one catalogue ({@link Labels}): its title by status, its explanation by its
 * code ({@code problem.<code>}), a field by its label. Chinese unless the caller asked for English.
 */
public final class ProblemTexts {

    private ProblemTexts() {}

    /** The language of the current request's refusals ({@code ?lang=en}, or the console user's choice). */
    public static Locale locale() {
        return ProblemLanguage.english() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** A short title for a status: 请求无效, 未找到, 与账本记录冲突… */
    public static String title(int status, Locale locale) {
        String key = "problemTitle." + status;
        return Labels.find(key, locale)
                .orElseGet(() -> Labels.text(status >= 500 ? "problemTitle.500" : "problemTitle.400", locale));
    }

    /** What the refusal says, with its values in the reader's words. */
    public static String message(LedgerProblem problem, Locale locale) {
        return Labels.has(problem.textKey()) ? Labels.explain(problem, locale) : Labels.text("problem.invalid", locale);
    }

    /** A catalogue line; a refusal whose code has no line yet says so generically (the catalogue test forbids it). */
    public static String text(String key, Locale locale, Object... args) {
        return Labels.has(key) ? Labels.text(key, locale, args) : Labels.text("problem.invalid", locale);
    }

    /** The field as a person names it ({@code decidedOn} → 决定日期); a field without a label as it is. */
    public static String field(String field, Locale locale) {
        if (field == null) {
            return "";
        }
        String leaf = field.substring(field.lastIndexOf('.') + 1);
        return Labels.find("field." + field, locale)
                .or(() -> Labels.find("field." + leaf, locale))
                .orElse(field);
    }

    /** The problem's {@code detail}: every refusal, a wrong field's after the name of its field. */
    public static String detail(List<LedgerProblem> problems, Locale locale) {
        return problems.stream()
                .map(p -> (p.field() == null || p.field().equals("body") || !(p instanceof InvalidInputException)
                                ? ""
                                : field(p.field(), locale) + (Labels.english(locale) ? ": " : "："))
                        + message(p, locale))
                .collect(Collectors.joining(Labels.english(locale) ? "; " : "；"));
    }
}

package com.safetycredit.ledger.query.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The language a person reads an answer in — a refusal, a CSV or Excel file, a report. The bureau works in Chinese:
 * an API caller gets Chinese unless it asks for English with {@code ?lang=en}; the console follows the language its
 * user chose (kept in a cookie).
 */
public final class ReaderLanguage {

    private ReaderLanguage() {}

    /** The current request's language: Chinese, or English. */
    public static Locale locale() {
        return english() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    public static boolean english() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String lang = request.getParameter("lang");
            if (lang != null) {
                return lang.toLowerCase(Locale.ROOT).startsWith("en");
            }
            if (request.getRequestURI().startsWith("/api/")) {
                return false;
            }
        }
        return Locale.ENGLISH
                .getLanguage()
                .equals(LocaleContextHolder.getLocale().getLanguage());
    }
}

package com.safetycredit.ledger.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The language a refusal is explained in. The bureau works in Chinese: an API caller gets Chinese unless it asks
 * for English with {@code ?lang=en}; the console follows the language its user chose (kept in a cookie).
 */
final class ProblemLanguage {

    private ProblemLanguage() {}

    static boolean english() {
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

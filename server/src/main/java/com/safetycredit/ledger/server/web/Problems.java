package com.safetycredit.ledger.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The JSON of a problem written straight to a response, where no message converter is at hand (filters, Tomcat):
 * its words from the catalogue like every other refusal, non-ASCII escaped so the body is plain ASCII whatever
 * the response's encoding.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://safety-credit-ledger.example/problems/";

    private Problems() {}

    /** A refusal with the catalogue's {@code problem.<code>}, in the language the request asks for. */
    public static String json(HttpServletRequest request, int status, String code, Object... args) {
        Locale locale = request != null
                        && request.getQueryString() != null
                        && request.getQueryString().contains("lang=en")
                ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
        return json(
                status, code, ProblemTexts.title(status, locale), ProblemTexts.text("problem." + code, locale, args));
    }

    static String json(int status, String type, String title, String detail) {
        return "{\"type\":\"" + TYPE_BASE + type + "\",\"title\":\"" + escape(title) + "\",\"status\":" + status
                + ",\"detail\":\"" + escape(detail) + "\",\"errors\":[{\"field\":\"body\",\"code\":\"" + type
                + "\",\"message\":\"" + escape(detail) + "\"}]}";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

package com.safetycredit.ledger.contracts.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;
import java.util.Map;

/** Checks {@link CleanText}: a string, or every string inside a collection or map (keys and values). */
public class CleanTextValidator implements ConstraintValidator<CleanText, Object> {

    private static final int MAX_DEPTH = 16;
    private boolean multiline;

    @Override
    public void initialize(CleanText annotation) {
        this.multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        return clean(value, multiline, 0);
    }

    static boolean clean(Object value, boolean multiline, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        if (value instanceof CharSequence text) {
            return isClean(text, multiline);
        }
        if (value instanceof Collection<?> items) {
            return items.stream().allMatch(item -> clean(item, multiline, depth + 1));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .allMatch(e -> clean(e.getKey(), false, depth + 1) && clean(e.getValue(), multiline, depth + 1));
        }
        return true;
    }

    /** True when {@code text} holds only characters a clerk can see (and, if allowed, line breaks and tabs). */
    public static boolean isClean(CharSequence text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                if ((codePoint & 0xFFFE) == 0xFFFE) {
                    return false;
                }
                continue;
            }
            if (Character.isLowSurrogate(c) || !allowed(c, multiline)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(char c, boolean multiline) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return multiline;
        }
        if (Character.getType(c) == Character.CONTROL) { // C0, DEL, C1
            return false;
        }
        return !(c >= '\u202A' && c <= '\u202E') // embeddings and overrides
                && !(c >= '\u2066' && c <= '\u2069') // isolates
                && c != '\u200E'
                && c != '\u200F'
                && c != '\u061C' // directional marks
                && c != '\u2028'
                && c != '\u2029' // line and paragraph separators
                && c != '\uFEFF' // a byte-order mark inside text
                && !(c >= '\uFDD0' && c <= '\uFDEF')
                && c != '\uFFFE'
                && c != '\uFFFF'; // non-characters
    }
}

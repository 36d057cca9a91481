package com.safetycredit.ledger.server.console;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Chinese page must not show: a code (an enum name such as {@code HAZARDOUS_CHEMICALS}, a status such as
 * {@code BLACK}), a time in ISO form with its {@code T} (a person reads Beijing time to the minute), or an English
 * word. Data a clerk typed or that is an identifier (a USCC, a certificate or decision number, a hash, a user's
 * name) may hold Latin letters and is taken out first.
 */
final class ChineseOnly {

    /** Identifiers and names that are data, not words of the interface. */
    private static final List<Pattern> DATA = List.of(
            Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}"), // a USCC
            Pattern.compile("\\b[0-9a-f]{16,}\\b"), // a hash
            Pattern.compile("[A-Za-z]*[Ⅰ-Ⅻ][-\\w示例]*"), // certificate numbers such as AQBⅡ-示例-1
            Pattern.compile(
                    "\\b(registrar|reviewer|auditor|admin|tester|agency|finance|economy|market|partner)[-\\w]*\\b"),
            Pattern.compile("\\bEnglish\\b"), // the language switch names the other language
            Pattern.compile("java -jar [\\w.-]+ [\\w-]+"), // a command for the auditor to type
            Pattern.compile("\\b(Excel|PDF|CSV|NDJSON|HMAC|USCC|ISO)\\b")); // names of formats and methods

    private static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b"),
            Pattern.compile(
                    "\\b(BLACK|WATCH|RED|NORMAL|GENERAL|LARGE|MAJOR|EXTRAORDINARY|PENDING|GRANTED|DENIED|APPROVE|VETO)\\b"),
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"),
            Pattern.compile("\\b[A-Z]{4,}\\b"), // a code without an underscore (SYSTEM, PENALTY)
            Pattern.compile("\\b[a-z]{3,}\\b"));

    private ChineseOnly() {}

    /** Every piece of {@code text} that is a code or English. */
    static List<String> leftovers(String text) {
        String rest = text;
        for (Pattern data : DATA) {
            rest = data.matcher(rest).replaceAll(" ");
        }
        List<String> found = new ArrayList<>();
        for (Pattern forbidden : FORBIDDEN) {
            Matcher m = forbidden.matcher(rest);
            while (m.find()) {
                found.add(m.group());
            }
        }
        return found;
    }
}

package com.safetycredit.ledger.server.web;

/** The JSON of a problem written straight to a response, where no message converter is at hand (filters, Tomcat). */
public final class Problems {

    public static final String TYPE_BASE = "https://safety-credit-ledger.example/problems/";

    private Problems() {}

    public static String json(int status, String type, String title, String detail) {
        return "{\"type\":\"" + TYPE_BASE + type + "\",\"title\":\"" + escape(title) + "\",\"status\":" + status
                + ",\"detail\":\"" + escape(detail) + "\"}";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

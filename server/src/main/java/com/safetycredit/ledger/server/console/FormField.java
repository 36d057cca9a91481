package com.safetycredit.ledger.server.console;

import java.util.List;

/**
 * One field of a console form: its name in the request body (dots for nested objects), how it is entered,
 * and for choices the allowed values. The label comes from the messages ({@code field.<form>.<name>}, then
 * {@code field.<name>}), so the same form speaks Chinese and English.
 */
public record FormField(String name, Kind kind, boolean required, List<Choice> choices, PickLists.Source picks) {

    /** How a value is entered; {@code PASSWORD} is never shown again, {@code MULTI} is a group of checkboxes. */
    public enum Kind {
        TEXT,
        PASSWORD,
        TEXTAREA,
        DATE,
        DATETIME,
        INTEGER,
        CHECKBOX,
        YES_NO,
        SELECT,
        MULTI,
        /** Yuan with up to two decimals (fen), typed as a clerk writes money: {@code 1,234.56}. */
        YUAN,
        /** Whole yuan, typed the same way ({@code 1,234} or {@code 1,234.00}): the API records no fen here. */
        WHOLE_YUAN,
        /** One of the subject's own records ({@link PickLists}), chosen from a list. */
        PICK,
        /**
         * Typed, with the subject's own records offered while typing: for a reference to a record the ledger
         * may legitimately not hold.
         */
        SUGGEST
    }

    /** A value to choose; {@code messageKey} names a translated label, {@code label} is used without one. */
    public record Choice(String value, String label, String messageKey) {}

    public static FormField of(String name, Kind kind) {
        return new FormField(name, kind, false, List.of(), null);
    }

    public static FormField select(String name, List<Choice> choices) {
        return new FormField(name, Kind.SELECT, false, choices, null);
    }

    public static FormField multi(String name, List<Choice> choices) {
        return new FormField(name, Kind.MULTI, false, choices, null);
    }

    /** A choice among the subject's own records of {@code source}. */
    public static FormField pick(String name, PickLists.Source source) {
        return new FormField(name, Kind.PICK, false, List.of(), source);
    }

    /** Typed, with the subject's own records of {@code source} offered. */
    public static FormField suggest(String name, PickLists.Source source) {
        return new FormField(name, Kind.SUGGEST, false, List.of(), source);
    }

    public FormField mandatory() {
        return new FormField(name, kind, true, choices, picks);
    }

    /** Whether the page asks the ledger for subjects by name as the clerk types ({@link SubjectSuggestions}). */
    public boolean searchable() {
        return picks != null && picks.searchable();
    }

    /** The HTML id of the field's input (dots are not welcome in CSS selectors). */
    public String inputId() {
        return "f-" + name.replace('.', '-');
    }
}

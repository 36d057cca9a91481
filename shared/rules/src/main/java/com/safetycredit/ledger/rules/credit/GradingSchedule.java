package com.safetycredit.ledger.rules.credit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which grading model grades which valid date — data, like the models themselves ({@code rules/grading-schedule.json}).
 * A model applies from its {@code from} date until the next one's; the first applies to every earlier date. So a
 * grade as of a date given under the model then in force is the same grade when asked again later: a new model
 * changes the grades of its own dates only.
 */
public record GradingSchedule(List<Entry> entries) {

    /** {@code model} grades valid dates from {@code from} ({@code null}: since ever). */
    public record Entry(LocalDate from, Grading model) {}

    public GradingSchedule {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("A grading schedule names at least one model");
        }
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::from, Comparator.nullsFirst(Comparator.naturalOrder())));
        entries = List.copyOf(sorted);
    }

    /** One model for every date (a bureau's own model file, as before schedules existed). */
    public static GradingSchedule only(Grading model) {
        return new GradingSchedule(List.of(new Entry(null, model)));
    }

    public Grading modelOn(LocalDate day) {
        Grading model = entries.get(0).model();
        for (Entry entry : entries) {
            if (entry.from() == null || !entry.from().isAfter(day)) {
                model = entry.model();
            }
        }
        return model;
    }

    /** The days a new model takes over: the grade may change on them with no fact. */
    public List<LocalDate> switchDates() {
        return entries.stream().map(Entry::from).filter(d -> d != null).toList();
    }

    /** How long each model wants an enterprise known before it grades it: the day that ends is a change. */
    public List<Integer> minimumMonthsUnderSupervision() {
        return entries.stream()
                .filter(e -> e.model() instanceof GradingModelV2)
                .map(e -> ((GradingModelV2) e.model()).minimumMonthsUnderSupervision())
                .distinct()
                .toList();
    }

    /** The longest look-back of any model's grave-accident rule: the timeline must see a fact leave each. */
    public List<Integer> lookBackYears() {
        return entries.stream()
                .map(e -> e.model() instanceof GradingModel v1
                        ? v1.largeAccidentLookBackYears()
                        : ((GradingModelV2) e.model()).severe().graveAccidentLookBackYears())
                .distinct()
                .toList();
    }
}

package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.command.application.SupervisionDraws;
import com.safetycredit.ledger.command.supervision.SupervisionDirectory;
import com.safetycredit.ledger.query.lists.RedListCandidates;
import com.safetycredit.ledger.query.supervision.MajorHazards;
import com.safetycredit.ledger.query.supervision.SupervisionPlans;
import com.safetycredit.ledger.rules.domain.LevelOneResponses;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What each sortable column of the supervision pages sorts by: what the clerk reads there — names, grades, regions,
 * industries and states by their Chinese words, dates as dates, numbers as numbers.
 */
@ConsoleOnly
@Component
public class SupervisionTables {

    /** A candidate of a draw's pool with its place in the pool (the order the draw was made from). */
    public record Numbered(int index, SupervisionDraws.CandidateView candidate) {}

    private final MessageSource messages;
    private final ConsoleLabels labels;

    public SupervisionTables(MessageSource messages, ConsoleLabels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    Map<String, Function<MajorHazards.OpenHazard, String>> hazards(Locale locale) {
        return Map.of(
                "uscc",
                MajorHazards.OpenHazard::uscc,
                "name",
                MajorHazards.OpenHazard::name,
                "foundOn",
                h -> TablePage.text(h.foundOn()),
                "supervisionNo",
                MajorHazards.OpenHazard::supervisionNo,
                "deadline",
                h -> TablePage.text(h.deadline()),
                "state",
                h -> word(h.overdue() ? "hazards.overdue" : "hazards.open", locale));
    }

    Map<String, Function<RedListCandidates.Candidate, String>> candidates(Locale locale) {
        return Map.of(
                "uscc", RedListCandidates.Candidate::uscc,
                "name", RedListCandidates.Candidate::name,
                "grade", c -> word("creditGrade." + c.grade(), locale));
    }

    Map<String, Function<SupervisionPlans.PlannedEnterprise, String>> plan(Locale locale) {
        return Map.of(
                "uscc", SupervisionPlans.PlannedEnterprise::uscc,
                "name", SupervisionPlans.PlannedEnterprise::name,
                "region", e -> labels.region(e.regionCode()),
                "industry", e -> labels.industry(e.industry()),
                "grade", e -> word("creditGrade." + e.grade(), locale),
                "highRisk", e -> word(e.highRisk() ? "form.yes" : "form.no", locale),
                "inspections", e -> number(e.inspections()));
    }

    Map<String, Function<SupervisionDirectory.DrawSummary, String>> draws() {
        return Map.of(
                "year", d -> number(d.year()),
                "period", SupervisionDirectory.DrawSummary::period,
                "region", d -> labels.region(d.regionCode()),
                "drawnOn", SupervisionDirectory.DrawSummary::drawnOn,
                "count", d -> number(d.count()),
                "position", d -> number(d.position()));
    }

    Map<String, Function<Numbered, String>> pool(Locale locale) {
        return Map.of(
                "index", c -> number(c.index()),
                "uscc", c -> c.candidate().uscc(),
                "name", c -> c.candidate().name(),
                "grade", c -> word("creditGrade." + c.candidate().grade(), locale),
                "weight", c -> number(c.candidate().weight()));
    }

    Map<String, Function<LevelOneResponses.Period, String>> responses(Locale locale) {
        return Map.of(
                "region", p -> labels.region(p.regionCode()),
                "from", p -> TablePage.text(p.from()),
                // an ongoing period ends after every ended one
                "to", p -> p.to() == null ? "9999-12-31" : p.to().toString(),
                "documentNo", LevelOneResponses.Period::documentNo,
                "description", LevelOneResponses.Period::description);
    }

    /** A number as text that sorts as the number (none of these is negative). */
    private static String number(long value) {
        return String.format("%019d", value);
    }

    private String word(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}

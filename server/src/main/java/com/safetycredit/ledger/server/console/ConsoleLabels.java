package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.query.history.HistoryEntry;
import com.safetycredit.ledger.query.history.HistoryQueries;
import com.safetycredit.ledger.query.person.PractitionerProfiles;
import com.safetycredit.ledger.rules.credit.EnterpriseRecords;
import com.safetycredit.ledger.rules.domain.Industries;
import com.safetycredit.ledger.rules.domain.Regions;
import com.safetycredit.ledger.rules.labels.EventSentences;
import com.safetycredit.ledger.rules.labels.FactNames;
import com.safetycredit.ledger.rules.labels.FactReferences;
import com.safetycredit.ledger.rules.labels.Labels;
import com.safetycredit.ledger.rules.labels.Money;
import com.safetycredit.ledger.rules.labels.Times;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Names for the codes the ledger stores, as the pages show them ({@code ${@consoleLabels.region(code)}}). */
@ConsoleOnly
@Component("consoleLabels")
public class ConsoleLabels {

    private final MessageSource messages;
    private final EnterpriseRecords records;
    private final PractitionerProfiles practitioners;
    private final HistoryQueries history;

    public ConsoleLabels(
            MessageSource messages,
            EnterpriseRecords records,
            PractitionerProfiles practitioners,
            HistoryQueries history) {
        this.messages = messages;
        this.records = records;
        this.practitioners = practitioners;
        this.history = history;
    }

    /**
     * The item a form acts on, named for its subject: a practitioner's employment by its employer and first day,
     * an enterprise's fact as {@link #fact} names it.
     */
    public String item(ConsoleForm.About about, String subject, String item) {
        if (about != ConsoleForm.About.PRACTITIONER_ITEM) {
            String named = fact(subject, item);
            // a listing notice or a repair application is not in the record: its history names it
            return named.equals(Labels.text("fact.unknown", LocaleContextHolder.getLocale()))
                    ? fromHistory(subject, item).orElse(named)
                    : named;
        }
        if (subject == null || item == null) {
            return "";
        }
        return practitioners.profile(subject).employments().stream()
                .filter(e -> item.equals(e.employmentId()))
                .findFirst()
                .map(e -> Labels.text(
                        "ref.employment",
                        LocaleContextHolder.getLocale(),
                        e.from().toString(),
                        e.employerName() == null ? e.employerUscc() : e.employerName()))
                .orElse("");
    }

    /**
     * A fact of an enterprise by the name a clerk knows it by (a certificate by its type and number, an accident
     * by its day and grade), never by its identifier; an award application is named by its own page.
     */
    public String fact(String uscc, String id) {
        if (uscc == null || id == null) {
            return "";
        }
        return records.load(uscc)
                .map(record -> Labels.render(FactNames.of(record, id), LocaleContextHolder.getLocale()))
                .orElse("");
    }

    private Optional<String> fromHistory(String uscc, String id) {
        FactReferences facts = new FactReferences();
        history.history(uscc, null, null, Set.of())
                .ifPresent(h -> h.events().forEach(e -> facts.add(e.type(), e.data())));
        return facts.name(id).map(name -> Labels.render(name, LocaleContextHolder.getLocale()));
    }

    public String region(String code) {
        return code == null
                ? ""
                : Regions.lookup(code).map(Regions.Region::name).orElse(code);
    }

    /** The English name where the messages have one, else the reference file's Chinese name. */
    public String industry(String code) {
        if (code == null) {
            return "";
        }
        String chinese = Industries.names().getOrDefault(code, code);
        return messages.getMessage("industry." + code, null, chinese, LocaleContextHolder.getLocale());
    }

    /** A grade's model by its name and revision. */
    public String gradingModel(String model) {
        return Labels.gradingModel(model, LocaleContextHolder.getLocale());
    }

    /** A code by its label in the catalogue ({@code label('status', 'BLACK')} → 黑名单). */
    public String label(String kind, Object code) {
        return Labels.label(kind, code, LocaleContextHolder.getLocale());
    }

    /** A time as a person reads it: Beijing time, to the minute; a date as it is. */
    public String time(Object time) {
        return Times.minute(time);
    }

    /** Fen as yuan with fen ("1,234.56 元"). */
    public String fen(Long fen) {
        return fen == null ? "" : Money.yuan(fen, LocaleContextHolder.getLocale());
    }

    /**
     * Each event of a history (in ledger order) told as a sentence, by position: earlier facts are named as the
     * history introduced them, never by the ledger's identifiers.
     */
    public static Map<Long, String> sentences(List<HistoryEntry> inLedgerOrder) {
        FactReferences facts = new FactReferences();
        Map<Long, String> told = new HashMap<>();
        for (HistoryEntry entry : inLedgerOrder) {
            facts.add(entry.type(), entry.data());
            told.put(
                    entry.position(),
                    EventSentences.of(entry.type(), entry.data(), facts, LocaleContextHolder.getLocale()));
        }
        return told;
    }
}

package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.query.history.EnterpriseHistory;
import com.safetycredit.ledger.query.history.HistoryEntry;
import com.safetycredit.ledger.query.history.HistoryQueries;
import com.safetycredit.ledger.query.objection.ObjectionQueue;
import com.safetycredit.ledger.query.profile.EnterpriseProfiles;
import com.safetycredit.ledger.query.profile.ProfileQueries;
import com.safetycredit.ledger.query.profile.ProfileSummary;
import com.safetycredit.ledger.rules.labels.Labels;
import com.safetycredit.ledger.rules.policy.AwardPolicyCatalog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One enterprise: profile, status with its reasons (each linking to the events it rests on), grade with its
 * model, eligibility for a chosen policy year, the status on any date as known at any time, the status
 * timeline over valid time, and the history with valid time, record time and actor — newest first.
 */
@ConsoleOnly
@Controller
public class EnterprisePage {

    private final EnterpriseProfiles enterprises;
    private final HistoryQueries history;
    private final ProfileQueries profiles;
    private final List<Integer> policyYears;
    private final ObjectionQueue objections;
    private final Clock clock;

    public EnterprisePage(
            EnterpriseProfiles enterprises,
            HistoryQueries history,
            ProfileQueries profiles,
            AwardPolicyCatalog policies,
            ObjectionQueue objections,
            Clock clock) {
        this.objections = objections;
        this.clock = clock;
        this.enterprises = enterprises;
        this.history = history;
        this.profiles = profiles;
        this.policyYears = policies.policyYears();
    }

    @GetMapping("/enterprises/{uscc}")
    public String enterprise(
            @PathVariable String uscc,
            @RequestParam(required = false) Integer policyYear,
            @RequestParam(required = false) String validAt,
            @RequestParam(required = false) String knownAt,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(required = false) Long at,
            Model model,
            Locale locale) {
        model.addAttribute("profile", enterprises.profile(uscc));
        EnterpriseHistory recorded = history.history(uscc, null, null, Set.of())
                .orElseThrow(() -> new NotFoundException("unknown-enterprise", "uscc", uscc));
        LocalDate today = LedgerTime.today(clock);
        model.addAttribute("procedure", ProcedureCard.of(recorded.events(), today));
        model.addAttribute("objections", objections.openOf(uscc, today));
        List<HistoryEntry> events = new ArrayList<>(recorded.events());
        model.addAttribute("sentences", ConsoleLabels.sentences(events));
        Collections.reverse(events);
        // one enterprise's history is read whole (it is short): sorted and paged in memory
        Map<String, Function<HistoryEntry, String>> columns = historyColumns(locale);
        List<HistoryEntry> ordered = TablePage.sorted(events, columns, sort, dir);
        TablePage<HistoryEntry> table =
                TablePage.of(events, columns, sort, dir, page != null ? page : pageHolding(ordered, at, size), size);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("policyYear", policyYear == null ? null : policyYear.toString());
        filters.put("validAt", validAt);
        filters.put("knownAt", knownAt);
        String base = TablePage.base("/enterprises/" + uscc, filters);
        model.addAttribute("events", table);
        model.addAttribute("historyBase", base);
        model.addAttribute("evidence", Evidence.of(ordered, table, base));
        List<ProfileSummary> timeline = new ArrayList<>(profiles.timeline(uscc));
        Collections.reverse(timeline);
        model.addAttribute("timeline", timeline);
        model.addAttribute("policyYears", policyYears);
        Integer year = policyYear != null
                ? policyYear
                : policyYears.isEmpty() ? null : policyYears.get(policyYears.size() - 1);
        if (year != null) {
            model.addAttribute("policyYear", year);
            model.addAttribute("eligibility", enterprises.eligibility(uscc, year));
        }
        if (validAt != null || knownAt != null) {
            model.addAttribute("asOf", enterprises.status(uscc, Blank.toNull(validAt), Blank.toNull(knownAt)));
        }
        model.addAttribute("validAt", validAt);
        model.addAttribute("knownAt", knownAt);
        return "enterprise";
    }

    /** The page of the history (as ordered) holding the event at {@code position}; the first without one. */
    private static Integer pageHolding(List<HistoryEntry> ordered, Long position, Integer size) {
        if (position == null) {
            return null;
        }
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).position() == position) {
                return i / TablePage.sizeOf(size);
            }
        }
        return null;
    }

    /** What each sortable column of the history sorts by: event names by their words, times as recorded. */
    static Map<String, Function<HistoryEntry, String>> historyColumns(Locale locale) {
        return Map.of(
                "position",
                e -> String.format("%020d", e.position()),
                "type",
                e -> Labels.label("event", e.type(), locale),
                "validTime",
                HistoryEntry::validTime,
                "recordedAt",
                HistoryEntry::recordedAt,
                "actor",
                e -> e.actor() == null ? "" : e.actor().user());
    }

    /**
     * Where a reason's evidence (an event's position) is shown: the history's page holding that event, as the
     * history is sorted now, so the link lands on its row whichever page the clerk is on.
     */
    public record Evidence(Map<Long, String> hrefs) {

        static Evidence of(List<HistoryEntry> ordered, TablePage<HistoryEntry> table, String base) {
            Map<Long, String> hrefs = new HashMap<>();
            for (int i = 0; i < ordered.size(); i++) {
                long position = ordered.get(i).position();
                hrefs.put(position, table.href(base, i / table.size(), "event-" + position));
            }
            return new Evidence(hrefs);
        }

        /** The link to the row of the event at {@code position}. */
        public String href(Number position) {
            return hrefs.getOrDefault(position.longValue(), "#event-" + position);
        }
    }
}

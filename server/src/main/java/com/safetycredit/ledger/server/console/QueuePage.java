package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.query.award.AwardQueue;
import com.safetycredit.ledger.query.profile.ProfileQueries;
import com.safetycredit.ledger.query.profile.ProfileSummary;
import com.safetycredit.ledger.rules.labels.Labels;
import com.safetycredit.ledger.rules.policy.AwardPolicyCatalog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reviewers' queue: award applications waiting, one department at a time (one veto denies, so each
 * department sees what still needs its decision), sortable and paged; and black-list entries whose period ends soon.
 */
@ConsoleOnly
@Controller
public class QueuePage {

    /** How far ahead a listing's end counts as "near". */
    static final int EXPIRY_HORIZON_DAYS = 60;

    private final AwardQueue queue;
    private final ProfileQueries profiles;
    private final AwardPolicyCatalog policies;
    private final Clock clock;

    public QueuePage(AwardQueue queue, ProfileQueries profiles, AwardPolicyCatalog policies, Clock clock) {
        this.queue = queue;
        this.profiles = profiles;
        this.policies = policies;
        this.clock = clock;
    }

    @GetMapping("/queue")
    public String queue(
            @RequestParam(required = false) String department,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam Map<String, String> params,
            Model model,
            Locale locale) {
        Map<String, String> departmentNames = policies.reviewDepartments();
        List<AwardQueue.Waiting> waiting = queue.waiting(null);
        Map<String, Long> counts = new LinkedHashMap<>();
        departmentNames
                .keySet()
                .forEach(code -> counts.put(code, waitingFor(waiting, code).count()));
        String shown = departmentNames.containsKey(department)
                ? department
                : departmentNames.keySet().stream().findFirst().orElse(null);
        // the read model holds only pending applications: sorted and paged in memory
        TablePage<AwardQueue.Waiting> table =
                TablePage.of(waitingFor(waiting, shown).toList(), columns(locale), sort, dir, page, size);
        // the second table names its parameters (endingSort, endingPage, ...): paging one keeps the other's place
        TablePage<ProfileSummary> ending = TablePage.of("ending", ending(), ENDING_COLUMNS, params);
        model.addAttribute("waiting", table);
        model.addAttribute("department", shown);
        model.addAttribute("base", TablePage.base("/queue", with(shown, ending)));
        model.addAttribute("ending", ending);
        model.addAttribute("endingBase", TablePage.base("/queue", with(shown, table)));
        model.addAttribute("departmentNames", departmentNames);
        model.addAttribute("counts", counts);
        model.addAttribute("waitingCount", waiting.size());
        model.addAttribute("horizonDays", EXPIRY_HORIZON_DAYS);
        return "queue";
    }

    /** The department shown and where {@code other} table is, for one table's links to keep. */
    private static Map<String, String> with(String department, TablePage<?> other) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("department", department);
        filters.putAll(other.state());
        return filters;
    }

    private static Stream<AwardQueue.Waiting> waitingFor(List<AwardQueue.Waiting> waiting, String department) {
        return waiting.stream().filter(w -> w.waitingFor().contains(department));
    }

    /** Black-list entries whose period ends within the horizon. */
    private List<ProfileSummary> ending() {
        LocalDate today = LedgerTime.today(clock);
        LocalDate horizon = today.plusDays(EXPIRY_HORIZON_DAYS);
        return profiles.find(
                today,
                p -> "BLACK".equals(p.status())
                        && p.statusUntil() != null
                        && !LocalDate.parse(p.statusUntil()).isAfter(horizon));
    }

    /** The listings ending: names in pinyin order, the days as dates. */
    static final Map<String, Function<ProfileSummary, String>> ENDING_COLUMNS = Map.of(
            "uscc", ProfileSummary::uscc,
            "name", ProfileSummary::name,
            "since", ProfileSummary::statusSince,
            "until", ProfileSummary::statusUntil);

    /** What each sortable column sorts by: the award by its name; the application's time to the millisecond. */
    static Map<String, Function<AwardQueue.Waiting, String>> columns(Locale locale) {
        return Map.of(
                "uscc",
                AwardQueue.Waiting::uscc,
                "awardType",
                w -> Labels.label("award", w.awardType(), locale),
                "policyYear",
                w -> String.valueOf(w.policyYear()),
                "appliedOn",
                w -> String.format("%020d", w.appliedAt()));
    }
}

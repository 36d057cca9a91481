package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.query.award.AwardQueue;
import com.safetycredit.ledger.query.profile.ProfileQueries;
import com.safetycredit.ledger.query.profile.ProfileSummary;
import com.safetycredit.ledger.rules.policy.AwardPolicyCatalog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The reviewers' queue: award applications waiting, department by department (one veto denies, so each
 * department sees what still needs its decision), and black-list entries whose period ends soon.
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
    public String queue(Model model) {
        Map<String, String> departmentNames = policies.reviewDepartments();
        List<AwardQueue.Waiting> waiting = queue.waiting(null);
        Map<String, List<AwardQueue.Waiting>> byDepartment = new LinkedHashMap<>();
        departmentNames
                .keySet()
                .forEach(code -> byDepartment.put(
                        code,
                        waiting.stream()
                                .filter(w -> w.waitingFor().contains(code))
                                .toList()));
        LocalDate today = LedgerTime.today(clock);
        LocalDate horizon = today.plusDays(EXPIRY_HORIZON_DAYS);
        List<ProfileSummary> ending = profiles.find(
                today,
                p -> "BLACK".equals(p.status())
                        && p.statusUntil() != null
                        && !LocalDate.parse(p.statusUntil()).isAfter(horizon));
        model.addAttribute("departmentNames", departmentNames);
        model.addAttribute("byDepartment", byDepartment);
        model.addAttribute("waitingCount", waiting.size());
        model.addAttribute("ending", ending);
        model.addAttribute("horizonDays", EXPIRY_HORIZON_DAYS);
        return "queue";
    }
}

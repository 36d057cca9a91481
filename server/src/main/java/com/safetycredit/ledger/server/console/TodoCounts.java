package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.query.award.AwardQueue;
import com.safetycredit.ledger.query.objection.ObjectionQueue;
import com.safetycredit.ledger.rules.policy.AwardPolicyCatalog;
import com.safetycredit.ledger.server.security.LedgerUsers;
import java.time.Clock;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * 待办: what waits for the signed-in clerk, shown beside its link in the navigation on every console page — the
 * award applications waiting for the reviewer's own department (every department's for an administrator), and the
 * open objections with how many are past their due day. Each count is one query of a small read model, never a
 * scan of the enterprises.
 */
@ConsoleOnly
@ControllerAdvice(annotations = ConsoleOnly.class)
public class TodoCounts {

    /** {@code applications}: {@code null} where the clerk reviews nothing. */
    public record Todo(Long applications, long objections, long overdueObjections) {}

    private final AwardQueue awards;
    private final AwardPolicyCatalog policies;
    private final ObjectionQueue objections;
    private final Clock clock;

    public TodoCounts(AwardQueue awards, AwardPolicyCatalog policies, ObjectionQueue objections, Clock clock) {
        this.awards = awards;
        this.policies = policies;
        this.objections = objections;
        this.clock = clock;
    }

    @ModelAttribute("todo")
    public Todo todo() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !(signedIn.getPrincipal() instanceof LedgerUsers.LedgerUser user)) {
            return null;
        }
        List<String> roles = user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
        Long applications = null;
        if (roles.contains("ROLE_ADMIN")) {
            applications = awards.waitingCount(null);
        } else if (roles.contains("ROLE_REVIEWER") && user.department() != null) {
            // the account names its department as the bureau is called; the queue keys it by the policy's code
            applications = policies.reviewDepartments().entrySet().stream()
                    .filter(d -> d.getValue().equals(user.department()))
                    .findFirst()
                    .map(d -> awards.waitingCount(d.getKey()))
                    .orElse(null);
        }
        List<ObjectionQueue.Objection> open = objections.list("OPEN", false, LedgerTime.today(clock));
        int overdue =
                (int) open.stream().filter(ObjectionQueue.Objection::overdue).count();
        return new Todo(applications, open.size(), overdue);
    }
}

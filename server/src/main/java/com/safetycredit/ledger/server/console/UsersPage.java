package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.server.security.AccountChanges;
import com.safetycredit.ledger.server.security.Accounts;
import com.safetycredit.ledger.server.web.ProblemResponses;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For administrators: the accounts, their roles and departments (never a password), sorted and paged, with
 * their actions — a new account, a change, disabling or enabling one, a new password. Disabling and enabling
 * are posted here and answered by a redirect to the list, with what happened (or why not) shown above it.
 */
@ConsoleOnly
@Controller
public class UsersPage {

    /** How many changes the page reads: the change log only grows, a clerk reads the recent ones. */
    static final int CHANGES_SHOWN = 1000;

    private final Accounts accounts;
    private final AccountChanges changes;
    private final ConsoleLabels labels;
    private final ProblemResponses problems;

    public UsersPage(Accounts accounts, AccountChanges changes, ConsoleLabels labels, ProblemResponses problems) {
        this.accounts = accounts;
        this.changes = changes;
        this.labels = labels;
        this.problems = problems;
    }

    @GetMapping("/users")
    public String users(
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        model.addAttribute(
                "accounts", TablePage.of(accounts.list(), columns(), sort == null ? "name" : sort, dir, page, size));
        model.addAttribute("base", "/users");
        return "users";
    }

    /**
     * Who changed which account or API key, when and what (never a secret): the newest first, of one account
     * when {@code name} is given (the link beside each account).
     */
    @GetMapping("/users/changes")
    public String changes(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        String subject = Blank.toNull(name);
        model.addAttribute(
                "changes",
                TablePage.of(
                        changes.latest(CHANGES_SHOWN, subject),
                        changeColumns(),
                        sort == null ? "at" : sort,
                        sort == null ? "desc" : dir,
                        page,
                        size));
        model.addAttribute("name", subject);
        model.addAttribute("base", TablePage.base("/users/changes", Map.of("name", subject == null ? "" : subject)));
        return "account-changes";
    }

    @PostMapping("/users/{name}/disable")
    public String disable(@PathVariable String name, Principal administrator, RedirectAttributes redirect) {
        return enable(name, false, administrator, redirect);
    }

    @PostMapping("/users/{name}/enable")
    public String enable(@PathVariable String name, Principal administrator, RedirectAttributes redirect) {
        return enable(name, true, administrator, redirect);
    }

    private String enable(String name, boolean enabled, Principal administrator, RedirectAttributes redirect) {
        try {
            accounts.enable(name, enabled, administrator.getName());
            redirect.addFlashAttribute("changed", new Changed(name, enabled ? "enabled" : "disabled"));
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("refused", problems.describe(e).getDetail());
        }
        return "redirect:/users";
    }

    /** What the list announces after a change: the account and what happened to it. */
    public record Changed(String name, String what) {}

    /** The columns a clerk can sort by, as they read them (roles and departments by their labels). */
    private Map<String, Function<Document, String>> columns() {
        Map<String, Function<Document, String>> columns = new LinkedHashMap<>();
        columns.put("name", a -> a.getString("name"));
        columns.put("roles", a -> roles(a.getList("roles", String.class)));
        columns.put("department", a -> labels.label("department", a.getString("department")));
        columns.put("state", a -> a.getBoolean("enabled", true) ? "0" : "1");
        return columns;
    }

    /** The change log's columns; times sort by their instant, actions by their label. */
    private Map<String, Function<AccountChanges.Change, String>> changeColumns() {
        Map<String, Function<AccountChanges.Change, String>> columns = new LinkedHashMap<>();
        columns.put("at", c -> String.format("%020d", c.at().getTime()));
        columns.put("actor", AccountChanges.Change::actor);
        columns.put("action", c -> labels.label("accountChange", c.action().name()));
        columns.put("subject", AccountChanges.Change::subject);
        return columns;
    }

    private String roles(List<String> roles) {
        return roles == null
                ? ""
                : String.join(
                        "、", roles.stream().map(r -> labels.label("role", r)).toList());
    }
}

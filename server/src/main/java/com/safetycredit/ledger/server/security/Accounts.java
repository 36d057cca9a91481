package com.safetycredit.ledger.server.security;

import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.contracts.validation.CleanText;
import com.safetycredit.ledger.rules.domain.PartnerDepartments;
import com.safetycredit.ledger.rules.policy.AwardPolicyCatalog;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Staff and agency accounts, as administrators change them through the API and the console alike. Passwords
 * are hashed before they are stored and never shown. A create never replaces an existing account (409):
 * changing one is an explicit update, and an update never creates one (404). Every change is recorded
 * ({@link AccountChanges}).
 */
@Component
public class Accounts {

    static final Set<String> ROLES = Set.of("REGISTRAR", "REVIEWER", "AUDITOR", "AGENCY", "PARTNER", "ADMIN");

    public record NewUser(
            @CleanText @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String name,
            @CleanText @NotBlank @Size(min = 12, max = 200) String password,
            @CleanText @NotEmpty List<String> roles,
            @CleanText @Size(max = 200) String department) {}

    /** An update: new roles and department; a new password only when one is given. */
    public record AccountUpdate(
            @CleanText @Size(min = 12, max = 200) String password,
            @CleanText @NotEmpty List<String> roles,
            @CleanText @Size(max = 200) String department) {}

    /** A new password for an account, given by an administrator. */
    public record PasswordReset(@CleanText @NotBlank @Size(min = 12, max = 200) String password) {}

    private final LedgerUsers users;
    private final AwardPolicyCatalog policies;

    public Accounts(LedgerUsers users, AwardPolicyCatalog policies) {
        this.users = users;
        this.policies = policies;
    }

    /** The new account as shown (no password); a 409 if the name is taken. */
    public Document create(NewUser request) {
        knownRoles(request.roles());
        departmentFitsRoles(request.roles(), request.department());
        if (!users.create(request.name(), request.password(), request.roles(), request.department())) {
            throw new ConflictException("account-exists", "name", request.name());
        }
        return shown(request.name());
    }

    /** The changed account as shown; a 404 for an unknown name. */
    public Document update(String name, AccountUpdate request) {
        knownRoles(request.roles());
        departmentFitsRoles(request.roles(), request.department());
        if (!users.update(name, request.password(), request.roles(), request.department())) {
            throw new NotFoundException("unknown-user", "name", name);
        }
        return shown(name);
    }

    /**
     * Disables or enables an account; a disabled one cannot sign in. An administrator cannot disable their own
     * account (409): someone must be left to enable it again.
     */
    public Document enable(String name, boolean enabled, String administrator) {
        if (!enabled && name.equals(administrator)) {
            throw new ConflictException("own-account", "name", name);
        }
        if (!users.enable(name, enabled)) {
            throw new NotFoundException("unknown-user", "name", name);
        }
        return shown(name);
    }

    /** Gives an account a new password; the old one stops working at once. */
    public Document resetPassword(String name, PasswordReset request) {
        if (!users.resetPassword(name, request.password())) {
            throw new NotFoundException("unknown-user", "name", name);
        }
        return shown(name);
    }

    public List<Document> list() {
        return users.list();
    }

    public void delete(String name) {
        if (!users.delete(name)) {
            throw new NotFoundException("unknown-user", "name", name);
        }
    }

    private static void knownRoles(List<String> roles) {
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                throw new InvalidInputException(
                        "one-of",
                        "roles",
                        role,
                        ROLES.stream()
                                .map(r -> new LedgerProblem.Label("role", r))
                                .toList());
            }
        }
    }

    /**
     * The department names an administrator may choose from: the joint-review departments of the award policies
     * and those already given to an account (an auditor's or agency's office the ledger has no list of).
     */
    public List<String> departmentNames() {
        Set<String> names = new LinkedHashSet<>(policies.reviewDepartments().values());
        users.list().stream()
                .map(a -> a.getString("department"))
                .filter(d -> d != null && !d.isBlank())
                .sorted()
                .forEach(names::add);
        return List.copyOf(names);
    }

    /**
     * An account's department must let its roles work: a reviewer gives the opinion of a joint-review department
     * (by its code or name), a partner account speaks for one of the partner departments (its name ends with the
     * department's). Without this, the account is created and then refused on every use.
     */
    private void departmentFitsRoles(List<String> roles, String department) {
        if (roles.contains("REVIEWER") && !reviewDepartment(department)) {
            throw new InvalidInputException(
                    "department-not-reviewing",
                    "department",
                    String.valueOf(department),
                    String.join("、", policies.reviewDepartments().values()));
        }
        if (roles.contains("PARTNER")
                && PartnerDepartments.names().keySet().stream()
                        .noneMatch(code -> PartnerDepartments.speaksFor(department, code))) {
            throw new InvalidInputException(
                    "department-not-partner",
                    "department",
                    String.valueOf(department),
                    String.join("、", PartnerDepartments.names().values()));
        }
    }

    private boolean reviewDepartment(String department) {
        return department != null
                && policies.reviewDepartments().entrySet().stream()
                        .anyMatch(e ->
                                e.getKey().equals(department) || e.getValue().equals(department));
    }

    private Document shown(String name) {
        return users.find(name).orElseThrow(() -> new NotFoundException("unknown-user", "name", name));
    }
}

package com.safetycredit.ledger.server.security;

import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.contracts.validation.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

    public Accounts(LedgerUsers users) {
        this.users = users;
    }

    /** The new account as shown (no password); a 409 if the name is taken. */
    public Document create(NewUser request) {
        knownRoles(request.roles());
        if (!users.create(request.name(), request.password(), request.roles(), request.department())) {
            throw new ConflictException("account-exists", "name", request.name());
        }
        return shown(request.name());
    }

    /** The changed account as shown; a 404 for an unknown name. */
    public Document update(String name, AccountUpdate request) {
        knownRoles(request.roles());
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

    private Document shown(String name) {
        return users.find(name).orElseThrow(() -> new NotFoundException("unknown-user", "name", name));
    }
}

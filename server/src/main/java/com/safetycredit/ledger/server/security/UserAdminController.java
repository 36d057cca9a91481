package com.safetycredit.ledger.server.security;

import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.contracts.validation.CleanText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.bson.Document;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

/**
 * ADMIN: staff and agency accounts. Passwords are hashed before they are stored and never shown. A create
 * never replaces an existing account (409): changing one is an explicit update. Every change is recorded
 * ({@link AccountChanges}).
 */
@RestController
public class UserAdminController {

    static final Set<String> ROLES = Set.of("REGISTRAR", "REVIEWER", "AUDITOR", "AGENCY", "ADMIN");

    public record NewUser(@CleanText @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String name,
                          @CleanText @NotBlank @Size(min = 12, max = 200) String password,
                          @CleanText @NotEmpty List<String> roles,
                          @CleanText @Size(max = 200) String department) {
    }

    /** An update: new roles and department; a new password only when one is given. */
    public record AccountUpdate(@CleanText @Size(min = 12, max = 200) String password,
                                @CleanText @NotEmpty List<String> roles,
                                @CleanText @Size(max = 200) String department) {
    }

    private final LedgerUsers users;
    private final AccountChanges changes;

    public UserAdminController(LedgerUsers users, AccountChanges changes) {
        this.users = users;
        this.changes = changes;
    }

    @PostMapping("/api/v1/admin/users")
    public ResponseEntity<Document> save(@Valid @RequestBody NewUser request) {
        knownRoles(request.roles());
        if (!users.create(request.name(), request.password(), request.roles(), request.department())) {
            throw new ConflictException("Account exists", "An account named " + request.name()
                    + " already exists; change it with PUT /api/v1/admin/users/" + request.name());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(view(request.name(), request.roles(), request.department()));
    }

    @PutMapping("/api/v1/admin/users/{name}")
    public Document update(@PathVariable String name, @Valid @RequestBody AccountUpdate request) {
        knownRoles(request.roles());
        if (!users.update(name, request.password(), request.roles(), request.department())) {
            throw new NotFoundException("Unknown user", "No user " + name);
        }
        return view(name, request.roles(), request.department());
    }

    @GetMapping("/api/v1/admin/users")
    public List<Document> list() {
        return users.list();
    }

    @DeleteMapping("/api/v1/admin/users/{name}")
    public ResponseEntity<Void> delete(@PathVariable String name) {
        if (!users.delete(name)) {
            throw new NotFoundException("Unknown user", "No user " + name);
        }
        return ResponseEntity.noContent().build();
    }

    /** Who changed which account or key, and what (never a secret). */
    @GetMapping("/api/v1/admin/account-changes")
    public List<AccountChanges.Change> changes() {
        return changes.latest(500);
    }

    private static void knownRoles(List<String> roles) {
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                throw new InvalidInputException("roles", "one-of", "unknown role " + role + "; one of " + ROLES);
            }
        }
    }

    private static Document view(String name, List<String> roles, String department) {
        return new Document("name", name).append("roles", roles).append("department", department);
    }
}

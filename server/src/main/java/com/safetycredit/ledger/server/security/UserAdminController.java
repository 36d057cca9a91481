package com.safetycredit.ledger.server.security;

import com.safetycredit.ledger.shared.problems.InvalidInputException;
import com.safetycredit.ledger.shared.problems.NotFoundException;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

/** ADMIN: staff and agency accounts. Passwords are hashed before they are stored and never shown. */
@RestController
public class UserAdminController {

    static final Set<String> ROLES = Set.of("REGISTRAR", "REVIEWER", "AUDITOR", "AGENCY", "ADMIN");

    public record NewUser(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String name,
                          @NotBlank @Size(min = 12, max = 200) String password, @NotEmpty List<String> roles,
                          @Size(max = 200) String department) {
    }

    private final LedgerUsers users;

    public UserAdminController(LedgerUsers users) {
        this.users = users;
    }

    @PostMapping("/api/v1/admin/users")
    public ResponseEntity<Document> save(@Valid @RequestBody NewUser request) {
        for (String role : request.roles()) {
            if (!ROLES.contains(role)) {
                throw new InvalidInputException("roles", "unknown role " + role + "; one of " + ROLES);
            }
        }
        users.save(request.name(), request.password(), request.roles(), request.department());
        return ResponseEntity.status(HttpStatus.CREATED).body(new Document("name", request.name())
                .append("roles", request.roles()).append("department", request.department()));
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
}

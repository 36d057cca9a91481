package com.safetycredit.ledger.server.security;

import com.safetycredit.ledger.server.security.Accounts.AccountUpdate;
import com.safetycredit.ledger.server.security.Accounts.NewUser;
import com.safetycredit.ledger.server.security.Accounts.PasswordReset;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
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

/** ADMIN: staff and agency accounts over HTTP ({@link Accounts}), and who changed which. */
@RestController
public class UserAdminController {

    private final Accounts accounts;
    private final AccountChanges changes;

    public UserAdminController(Accounts accounts, AccountChanges changes) {
        this.accounts = accounts;
        this.changes = changes;
    }

    @PostMapping("/api/v1/admin/users")
    public ResponseEntity<Document> save(@Valid @RequestBody NewUser request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(accounts.create(request));
    }

    @PutMapping("/api/v1/admin/users/{name}")
    public Document update(@PathVariable String name, @Valid @RequestBody AccountUpdate request) {
        return accounts.update(name, request);
    }

    @PostMapping("/api/v1/admin/users/{name}/disable")
    public Document disable(@PathVariable String name, Principal administrator) {
        return accounts.enable(name, false, administrator.getName());
    }

    @PostMapping("/api/v1/admin/users/{name}/enable")
    public Document enable(@PathVariable String name, Principal administrator) {
        return accounts.enable(name, true, administrator.getName());
    }

    @PostMapping("/api/v1/admin/users/{name}/password")
    public Document resetPassword(@PathVariable String name, @Valid @RequestBody PasswordReset request) {
        return accounts.resetPassword(name, request);
    }

    @GetMapping("/api/v1/admin/users")
    public List<Document> list() {
        return accounts.list();
    }

    @DeleteMapping("/api/v1/admin/users/{name}")
    public ResponseEntity<Void> delete(@PathVariable String name) {
        accounts.delete(name);
        return ResponseEntity.noContent().build();
    }

    /** Who changed which account or key, and what (never a secret). */
    @GetMapping("/api/v1/admin/account-changes")
    public List<AccountChanges.Change> changes() {
        return changes.latest(500);
    }
}

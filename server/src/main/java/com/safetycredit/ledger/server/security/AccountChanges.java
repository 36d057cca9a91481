package com.safetycredit.ledger.server.security;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who changed which account or API key, when, and what changed — never a password or a key, only whether
 * the password was changed. Kept in {@code ledger_account_changes}, appended to and never edited; ADMIN
 * reads it at {@code GET /api/v1/admin/account-changes}.
 */
public class AccountChanges {

    /** What happened to an account or key. */
    public enum Action {
        CREATED,
        UPDATED,
        DELETED,
        DISABLED,
        ENABLED,
        PASSWORD_RESET,
        CONFIGURED,
        KEY_ISSUED,
        KEY_REVOKED
    }

    public record Change(
            Date at,
            String actor,
            Action action,
            String subject,
            List<String> roles,
            String department,
            boolean passwordChanged) {}

    private final MongoCollection<Document> changes;
    private final Clock clock;

    public AccountChanges(MongoDatabase database, Clock clock) {
        this.changes = database.getCollection("ledger_account_changes");
        this.clock = clock;
    }

    public void record(Action action, String subject, List<String> roles, String department, boolean passwordChanged) {
        changes.insertOne(new Document("at", Date.from(clock.instant()))
                .append("actor", actor())
                .append("action", action.name())
                .append("subject", subject)
                .append("roles", roles)
                .append("department", department)
                .append("passwordChanged", passwordChanged));
    }

    /** The newest changes first. */
    public List<Change> latest(int limit) {
        return latest(limit, null);
    }

    /** The newest changes first, of one account or key when {@code subject} is given. */
    public List<Change> latest(int limit, String subject) {
        List<Change> result = new ArrayList<>();
        Document filter = subject == null ? new Document() : new Document("subject", subject);
        for (Document d : changes.find(filter).sort(Sorts.descending("at")).limit(limit)) {
            result.add(new Change(
                    d.getDate("at"),
                    d.getString("actor"),
                    Action.valueOf(d.getString("action")),
                    d.getString("subject"),
                    d.getList("roles", String.class),
                    d.getString("department"),
                    d.getBoolean("passwordChanged", false)));
        }
        return result;
    }

    /** The signed-in administrator, or "configuration" for what the settings applied at start-up. */
    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "configuration" : authentication.getName();
    }
}

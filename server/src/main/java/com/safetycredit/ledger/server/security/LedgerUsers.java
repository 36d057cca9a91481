package com.safetycredit.ledger.server.security;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts for HTTP Basic, kept hashed in {@code ledger_users}. Configured accounts are written there at
 * start; on a first run with none configured and none stored, an ADMIN with a random password is created
 * and the password is printed to the log once.
 */
public class LedgerUsers implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(LedgerUsers.class);

    /** The only stored form a password may take: a bcrypt hash. */
    static final String BCRYPT = "{bcrypt}$2";

    /** Set (true) on a disabled account; absent on every enabled one. */
    private static final String DISABLED = "disabled";

    private final MongoCollection<Document> users;
    private final PasswordEncoder encoder;
    private final AccountChanges changes;

    private Runnable onChange = () -> {};

    public LedgerUsers(MongoDatabase database, PasswordEncoder encoder, AccountChanges changes) {
        this.users = database.getCollection("ledger_users");
        this.encoder = encoder;
        this.changes = changes;
    }

    /** Told after every change of an account (the cache of verified credentials forgets them all). */
    public void onChange(Runnable listener) {
        this.onChange = listener;
    }

    /** @return the generated admin password, if one had to be created */
    public Optional<String> bootstrap(List<SecurityProperties.User> configured) {
        for (SecurityProperties.User user : configured) {
            configure(user);
        }
        if (configured.isEmpty() && users.countDocuments() == 0) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            create("admin", password, List.of("ADMIN"), null);
            log.warn(
                    "No accounts were configured: created user 'admin' with password {} — shown only this once; "
                            + "configure ledger.security.users and remove it",
                    password);
            return Optional.of(password);
        }
        return Optional.empty();
    }

    /**
     * A configured account is written as configured, and recorded when it differs from what is stored. Only
     * {@code {noop}} (hashed here) and bcrypt hashes are accepted.
     */
    private void configure(SecurityProperties.User user) {
        String password = user.password() == null ? "" : user.password();
        boolean plain = password.startsWith("{noop}");
        if (!plain && !password.startsWith(BCRYPT)) {
            throw new IllegalStateException("ledger.security.users: the password of '" + user.name()
                    + "' must be {noop}… (first set-ups, tests) or a {bcrypt} hash");
        }
        Document stored = users.find(Filters.eq("_id", user.name())).first();
        boolean samePassword = stored != null
                && (plain
                        ? matchesStored(password.substring("{noop}".length()), stored.getString("password"))
                        : password.equals(stored.getString("password")));
        if (samePassword
                && user.roles().equals(stored.getList("roles", String.class))
                && Objects.equals(user.department(), stored.getString("department"))) {
            return;
        }
        String hash = samePassword
                ? stored.getString("password")
                : plain ? encoder.encode(password.substring("{noop}".length())) : password;
        Document account = new Document("_id", user.name())
                .append("password", hash)
                .append("roles", user.roles())
                .append("department", user.department());
        if (stored != null && stored.getBoolean(DISABLED, false)) {
            // an administrator's disabling outlives a changed setting: enabling is theirs too
            account.append(DISABLED, true);
        }
        users.replaceOne(Filters.eq("_id", user.name()), account, new ReplaceOptions().upsert(true));
        onChange.run();
        changes.record(AccountChanges.Action.CONFIGURED, user.name(), user.roles(), user.department(), !samePassword);
    }

    private boolean matchesStored(String plain, String hash) {
        return hash != null && hash.startsWith(BCRYPT) && encoder.matches(plain, hash);
    }

    /** Creates an account; an existing one is never replaced by a create. @return false if the name is taken */
    public boolean create(String name, String password, List<String> roles, String department) {
        try {
            users.insertOne(new Document("_id", name)
                    .append("password", encoder.encode(password))
                    .append("roles", roles)
                    .append("department", department));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
        changes.record(AccountChanges.Action.CREATED, name, roles, department, true);
        return true;
    }

    /** Changes an existing account's roles and department, and its password when one is given. */
    public boolean update(String name, String password, List<String> roles, String department) {
        var set = new ArrayList<Bson>(List.of(Updates.set("roles", roles), Updates.set("department", department)));
        boolean newPassword = password != null && !password.isEmpty();
        if (newPassword) {
            set.add(Updates.set("password", encoder.encode(password)));
        }
        if (users.updateOne(Filters.eq("_id", name), Updates.combine(set)).getMatchedCount() == 0) {
            return false;
        }
        onChange.run();
        changes.record(AccountChanges.Action.UPDATED, name, roles, department, newPassword);
        return true;
    }

    /**
     * Disables or enables an account; a disabled one cannot sign in, whatever its password.
     *
     * @return false for an unknown name
     */
    public boolean enable(String name, boolean enabled) {
        Bson change = enabled ? Updates.unset(DISABLED) : Updates.set(DISABLED, true);
        if (users.updateOne(Filters.eq("_id", name), change).getMatchedCount() == 0) {
            return false;
        }
        onChange.run();
        Document account = users.find(Filters.eq("_id", name)).first();
        changes.record(
                enabled ? AccountChanges.Action.ENABLED : AccountChanges.Action.DISABLED,
                name,
                account == null ? null : account.getList("roles", String.class),
                account == null ? null : account.getString("department"),
                false);
        return true;
    }

    /** Gives an account a new password (its old one stops working at once). @return false for an unknown name */
    public boolean resetPassword(String name, String password) {
        if (users.updateOne(Filters.eq("_id", name), Updates.set("password", encoder.encode(password)))
                        .getMatchedCount()
                == 0) {
            return false;
        }
        onChange.run();
        Document account = users.find(Filters.eq("_id", name)).first();
        changes.record(
                AccountChanges.Action.PASSWORD_RESET,
                name,
                account == null ? null : account.getList("roles", String.class),
                account == null ? null : account.getString("department"),
                true);
        return true;
    }

    /**
     * Whether a sign-in made with the password of {@code stamp} ({@link LedgerUser#stamp()}) still stands: the
     * account exists, is enabled and has that password still. Asked on every use of a remembered sign-in and of
     * a console session, so that disabling an account or resetting its password takes effect at once on every
     * server sharing the store, not when a memory expires.
     */
    public boolean stillSignsIn(String name, String stamp) {
        Document account = users.find(Filters.eq("_id", name)).first();
        return account != null
                && !account.getBoolean(DISABLED, false)
                && Objects.equals(stamp, stampOf(account.getString("password")));
    }

    /** A digest of the stored hash: which password a sign-in was made with, without keeping the hash itself. */
    private static String stampOf(String hash) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(String.valueOf(hash).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One account as {@link #list()} shows it. */
    public Optional<Document> find(String name) {
        return Optional.ofNullable(users.find(Filters.eq("_id", name)).first()).map(LedgerUsers::view);
    }

    public boolean delete(String name) {
        if (users.deleteOne(Filters.eq("_id", name)).getDeletedCount() != 1) {
            return false;
        }
        onChange.run();
        changes.record(AccountChanges.Action.DELETED, name, null, null, false);
        return true;
    }

    /** Accounts without their password hashes. */
    public List<Document> list() {
        List<Document> result = new ArrayList<>();
        for (Document user : users.find()) {
            result.add(view(user));
        }
        return result;
    }

    private static Document view(Document user) {
        return new Document("name", user.getString("_id"))
                .append("roles", user.getList("roles", String.class))
                .append("department", user.getString("department"))
                .append("enabled", !user.getBoolean(DISABLED, false));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Document user = users.find(Filters.eq("_id", username)).first();
        if (user == null) {
            throw new UsernameNotFoundException("no such user");
        }
        String hash = user.getString("password");
        if (hash == null || !hash.startsWith(BCRYPT)) {
            // a document written past the ledger (a plain or {noop} password) never signs anyone in
            log.warn("Account '{}' has a password that is not a bcrypt hash; it cannot sign in", username);
            throw new UsernameNotFoundException("no usable password");
        }
        return new LedgerUser(
                username,
                user.getString("password"),
                stampOf(user.getString("password")),
                !user.getBoolean(DISABLED, false),
                user.getList("roles", String.class),
                user.getString("department"));
    }

    /** A staff or agency account with its department. */
    public static final class LedgerUser extends User {

        private static final long serialVersionUID = 1L;
        private final String department;
        private final String stamp;

        LedgerUser(String name, String password, String stamp, boolean enabled, List<String> roles, String department) {
            super(
                    name,
                    password,
                    enabled,
                    true,
                    true,
                    true,
                    roles.stream()
                            .map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                            .toList());
            this.department = department;
            this.stamp = stamp;
        }

        /** Which password this sign-in was made with (a digest of its hash, kept when credentials are erased). */
        public String stamp() {
            return stamp;
        }

        public String department() {
            return department;
        }
    }
}

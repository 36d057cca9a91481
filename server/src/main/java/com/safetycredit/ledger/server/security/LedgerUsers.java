package com.safetycredit.ledger.server.security;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Accounts for HTTP Basic, kept hashed in {@code ledger_users}. Configured accounts are written there at
 * start; on a first run with none configured and none stored, an ADMIN with a random password is created
 * and the password is printed to the log once.
 */
public class LedgerUsers implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(LedgerUsers.class);

    private final MongoCollection<Document> users;
    private final PasswordEncoder encoder;

    public LedgerUsers(MongoDatabase database, PasswordEncoder encoder) {
        this.users = database.getCollection("ledger_users");
        this.encoder = encoder;
    }

    /** @return the generated admin password, if one had to be created */
    public Optional<String> bootstrap(List<SecurityProperties.User> configured) {
        for (SecurityProperties.User user : configured) {
            String hash = user.password().startsWith("{noop}")
                    ? encoder.encode(user.password().substring("{noop}".length())) : user.password();
            users.replaceOne(Filters.eq("_id", user.name()), new Document("_id", user.name()).append("password", hash)
                    .append("roles", user.roles()).append("department", user.department()), new ReplaceOptions().upsert(true));
        }
        if (configured.isEmpty() && users.countDocuments() == 0) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            users.insertOne(new Document("_id", "admin").append("password", encoder.encode(password))
                    .append("roles", List.of("ADMIN")).append("department", null));
            log.warn("No accounts were configured: created user 'admin' with password {} — shown only this once; "
                    + "configure ledger.security.users and remove it", password);
            return Optional.of(password);
        }
        return Optional.empty();
    }

    /** Creates or replaces an account; the password is hashed before it is stored. */
    public void save(String name, String password, List<String> roles, String department) {
        users.replaceOne(Filters.eq("_id", name), new Document("_id", name).append("password", encoder.encode(password))
                .append("roles", roles).append("department", department), new ReplaceOptions().upsert(true));
    }

    public boolean delete(String name) {
        return users.deleteOne(Filters.eq("_id", name)).getDeletedCount() == 1;
    }

    /** Accounts without their password hashes. */
    public List<Document> list() {
        List<Document> result = new java.util.ArrayList<>();
        for (Document user : users.find()) {
            result.add(new Document("name", user.getString("_id")).append("roles", user.getList("roles", String.class))
                    .append("department", user.getString("department")));
        }
        return result;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Document user = users.find(Filters.eq("_id", username)).first();
        if (user == null) {
            throw new UsernameNotFoundException("no such user");
        }
        return new LedgerUser(username, user.getString("password"), user.getList("roles", String.class),
                user.getString("department"));
    }

    /** A staff or agency account with its department. */
    public static final class LedgerUser extends User {
        private final String department;

        LedgerUser(String name, String password, List<String> roles, String department) {
            super(name, password, roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList());
            this.department = department;
        }

        public String department() {
            return department;
        }
    }
}

package com.safetycredit.ledger.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.safetycredit.ledger.server.mongo.EmbeddedMongo;
import com.safetycredit.ledger.server.mongo.MongoClientFactory;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class LedgerUsersTest {

    @Test
    void aFirstRunWithoutAccountsCreatesOneAdminOnceAndStoresOnlyHashes() {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory();
                MongoClient client = MongoClientFactory.create(mongo.connectionString())) {
            AccountChanges changes = new AccountChanges(client.getDatabase("users_test"), Clock.systemUTC());
            LedgerUsers users = new LedgerUsers(client.getDatabase("users_test"), encoder, changes);
            Optional<String> password = users.bootstrap(List.of());
            assertThat(password).isPresent();
            assertThat(users.bootstrap(List.of())).as("printed only once").isEmpty();
            var admin = users.loadUserByUsername("admin");
            assertThat(admin.getPassword()).startsWith("{bcrypt}").doesNotContain(password.get());
            assertThat(encoder.matches(password.get(), admin.getPassword())).isTrue();
            assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");

            users.bootstrap(List.of(
                    new SecurityProperties.User("registrar", "{noop}plain-secret", List.of("REGISTRAR"), "平湖")));
            Document stored = client.getDatabase("users_test")
                    .getCollection("ledger_users")
                    .find(new Document("_id", "registrar"))
                    .first();
            assertThat(stored.getString("password")).startsWith("{bcrypt}").doesNotContain("plain-secret");
            users.bootstrap(List.of(
                    new SecurityProperties.User("registrar", "{noop}plain-secret", List.of("REGISTRAR"), "平湖")));
            assertThat(changes.latest(10))
                    .extracting(AccountChanges.Change::action)
                    .as("an unchanged account is not re-recorded")
                    .containsExactly(AccountChanges.Action.CONFIGURED, AccountChanges.Action.CREATED);
            assertThat(changes.latest(10).get(0).passwordChanged()).isTrue();
        }
    }

    @Test
    void anAccountWrittenPastTheLedgerWithAPlainPasswordNeverSignsIn() {
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory();
                MongoClient client = MongoClientFactory.create(mongo.connectionString())) {
            var database = client.getDatabase("users_test");
            LedgerUsers users = new LedgerUsers(
                    database,
                    new SecurityConfiguration().passwordEncoder(4),
                    new AccountChanges(database, Clock.systemUTC()));
            database.getCollection("ledger_users")
                    .insertOne(new Document("_id", "intruder")
                            .append("password", "{noop}let-me-in")
                            .append("roles", List.of("ADMIN")));
            Assertions.assertThatThrownBy(() -> users.loadUserByUsername("intruder"))
                    .isInstanceOf(UsernameNotFoundException.class);
            assertThat(new SecurityConfiguration().passwordEncoder(4).matches("let-me-in", "{noop}let-me-in"))
                    .isFalse();
        }
    }

    @Test
    void aCreateNeverReplacesAnExistingAccount() {
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory();
                MongoClient client = MongoClientFactory.create(mongo.connectionString())) {
            var database = client.getDatabase("users_test");
            PasswordEncoder encoder = new SecurityConfiguration().passwordEncoder(4);
            LedgerUsers users = new LedgerUsers(database, encoder, new AccountChanges(database, Clock.systemUTC()));
            assertThat(users.create("clerk", "first-password-1", List.of("REGISTRAR"), null))
                    .isTrue();
            assertThat(users.create("clerk", "second-password", List.of("ADMIN"), null))
                    .isFalse();
            var clerk = users.loadUserByUsername("clerk");
            assertThat(encoder.matches("first-password-1", clerk.getPassword())).isTrue();
            assertThat(clerk.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_REGISTRAR");
        }
    }
}

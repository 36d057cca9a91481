package com.safetycredit.ledger.server.security;

import com.mongodb.client.MongoClient;
import com.safetycredit.ledger.shared.mongo.EmbeddedMongo;
import com.safetycredit.ledger.shared.mongo.MongoClientFactory;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerUsersTest {

    @Test
    void aFirstRunWithoutAccountsCreatesOneAdminOnceAndStoresOnlyHashes() {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory(); MongoClient client = MongoClientFactory.create(mongo.connectionString())) {
            LedgerUsers users = new LedgerUsers(client.getDatabase("users_test"), encoder);
            Optional<String> password = users.bootstrap(List.of());
            assertThat(password).isPresent();
            assertThat(users.bootstrap(List.of())).as("printed only once").isEmpty();
            var admin = users.loadUserByUsername("admin");
            assertThat(admin.getPassword()).startsWith("{bcrypt}").doesNotContain(password.get());
            assertThat(encoder.matches(password.get(), admin.getPassword())).isTrue();
            assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");

            users.bootstrap(List.of(new SecurityProperties.User("registrar", "{noop}plain-secret", List.of("REGISTRAR"), "平湖")));
            Document stored = client.getDatabase("users_test").getCollection("ledger_users").find(new Document("_id", "registrar")).first();
            assertThat(stored.getString("password")).startsWith("{bcrypt}").doesNotContain("plain-secret");
        }
    }
}

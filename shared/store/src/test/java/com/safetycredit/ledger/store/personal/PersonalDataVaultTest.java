package com.safetycredit.ledger.store.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoCollection;
import com.safetycredit.ledger.contracts.personal.SealedValue;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.store.testing.TestMongo;
import java.time.Instant;
import java.util.Base64;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sealing and opening a person's fields, and erasure by destroying the key, against a real key collection. */
class PersonalDataVaultTest {

    private TestMongo mongo;
    private MongoCollection<Document> keys;
    private PersonalDataVault vault;

    @BeforeEach
    void start() {
        mongo = TestMongo.start();
        keys = mongo.newConnection().getCollection("personal_data_keys");
        vault = new PersonalDataVault(keys);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void aSealedValueHoldsNoClearTextAndOpensOnlyAsItsOwnPersonAndField() {
        String sealed = vault.seal("prc-A1", "idNumber", "11010519491231002X");

        assertThat(sealed).startsWith("pd1:prc-A1:").doesNotContain("11010519491231002X");
        assertThat(new String(Base64.getDecoder().decode(sealed.substring("pd1:prc-A1:".length()))))
                .doesNotContain("1949");
        assertThat(vault.open(sealed, "idNumber")).contains("11010519491231002X");
        assertThat(vault.open(sealed, "name")).as("sealed for another field").isEmpty();
        String moved = "pd1:prc-B2:" + SealedValue.parse(sealed).orElseThrow().sealed();
        vault.seal("prc-B2", "idNumber", "x"); // B2 has a key of its own
        assertThat(vault.open(moved, "idNumber")).as("another person's key").isEmpty();
    }

    @Test
    void twoSealsOfOneValueDifferButBothOpen() {
        String first = vault.seal("prc-A1", "name", "张三");
        String second = vault.seal("prc-A1", "name", "张三");

        assertThat(first).isNotEqualTo(second);
        assertThat(vault.open(first, "name")).contains("张三");
        assertThat(vault.open(second, "name")).contains("张三");
        assertThat(keys.countDocuments()).as("one key per person").isEqualTo(1);
    }

    @Test
    void anAlteredValueDoesNotOpen() {
        String sealed = vault.seal("prc-A1", "name", "张三");
        byte[] bytes = Base64.getDecoder()
                .decode(SealedValue.parse(sealed).orElseThrow().sealed());
        bytes[bytes.length - 1] ^= 1;

        assertThat(vault.open("pd1:prc-A1:" + Base64.getEncoder().encodeToString(bytes), "name"))
                .isEmpty();
        assertThat(vault.open("张三", "name")).as("not a sealed value").isEmpty();
    }

    @Test
    void destroyingTheKeyErasesEverySealedValueForGoodAndNoNewKeyIsMadeUnderItsId() {
        String name = vault.seal("prc-A1", "name", "张三");
        String other = vault.seal("prc-B2", "name", "李四");

        vault.destroy("prc-A1", Instant.parse("2026-01-05T02:00:00Z"));

        assertThat(vault.open(name, "name")).isEmpty();
        assertThat(vault.destroyed("prc-A1")).isTrue();
        Document tombstone = keys.find(new Document("_id", "prc-A1")).first();
        assertThat(tombstone).isNotNull().doesNotContainKey("key");
        assertThat(vault.open(other, "name")).as("only that person's").contains("李四");
        assertThatThrownBy(() -> vault.seal("prc-A1", "name", "张三"))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).code())
                .isEqualTo("personal-data-erased");
        assertThat(vault.open(name, "name")).isEmpty();
    }
}

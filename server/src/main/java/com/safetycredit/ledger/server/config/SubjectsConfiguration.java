package com.safetycredit.ledger.server.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.safetycredit.ledger.rules.agency.AgencyEvaluationRules;
import com.safetycredit.ledger.rules.agency.AgencyRecords;
import com.safetycredit.ledger.rules.person.PractitionerRecords;
import com.safetycredit.ledger.server.mongo.MongoClientFactory;
import com.safetycredit.ledger.store.StoredEnterpriseEvents;
import com.safetycredit.ledger.store.personal.PersonalDataVault;
import java.nio.file.Path;
import org.bson.Document;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Credit subjects beyond enterprises (RULES.md §13): agencies' and practitioners' records read from their own
 * streams, the agencies' evaluation rules, and the key collection that seals practitioners' personal data.
 */
@Configuration(proxyBeanMethods = false)
public class SubjectsConfiguration {

    @Bean
    AgencyRecords agencyRecords(StoredEnterpriseEvents streams) {
        return new AgencyRecords(streams);
    }

    @Bean
    PractitionerRecords practitionerRecords(StoredEnterpriseEvents streams) {
        return new PractitionerRecords(streams);
    }

    /** The shipped example, or the file {@code ledger.rules.agency-evaluation} names. */
    @Bean
    AgencyEvaluationRules agencyEvaluationRules(@Value("${ledger.rules.agency-evaluation:}") String file) {
        return AgencyEvaluationRules.from(file.isBlank() ? null : Path.of(file));
    }

    /** A MongoDB of its own for the keys, when {@code ledger.personal-data.keys.uri} names one. */
    record KeyStoreClient(MongoClient client) implements DisposableBean {
        @Override
        public void destroy() {
            if (client != null) {
                client.close();
            }
        }
    }

    @Bean
    KeyStoreClient keyStoreClient(@Value("${ledger.personal-data.keys.uri:}") String uri) {
        return new KeyStoreClient(uri.isBlank() ? null : MongoClientFactory.create(uri));
    }

    /**
     * The key collection: by default a database of its own beside the ledger's ({@code <ledger database>_keys}), so
     * a copy of the ledger's database holds no key; {@code ledger.personal-data.keys.uri}, {@code .database} and
     * {@code .collection} put it elsewhere, so its backups are kept and destroyed apart.
     */
    @Bean
    PersonalDataVault personalDataVault(
            MongoClient ledgerClient,
            KeyStoreClient keyStore,
            LedgerProperties properties,
            @Value("${ledger.personal-data.keys.database:}") String database,
            @Value("${ledger.personal-data.keys.collection:personal_data_keys}") String collection) {
        MongoClient client = keyStore.client() != null ? keyStore.client() : ledgerClient;
        String name = database.isBlank() ? properties.mongo().database() + "_keys" : database;
        MongoCollection<Document> keys = client.getDatabase(name).getCollection(collection);
        return new PersonalDataVault(keys);
    }
}

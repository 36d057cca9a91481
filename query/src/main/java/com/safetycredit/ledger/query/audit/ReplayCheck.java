package com.safetycredit.ledger.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.safetycredit.ledger.contracts.chain.CanonicalJson;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.query.history.HistoryProjection;
import com.safetycredit.ledger.query.profile.ProfileProjection;
import com.safetycredit.ledger.rules.credit.EnterpriseRecords;
import com.safetycredit.ledger.store.LedgerReader;
import com.safetycredit.ledger.store.StoredEnterpriseEvents;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the read models from position 0 into fresh collections ({@code *_check}), with the projections'
 * own code, and compares them with the live ones document by document — and the list index's members with the
 * lists of the rebuilt profiles: proof that what staff see follows from the ledger and nothing else.
 */
@Component
public class ReplayCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Report(
            boolean equal, long eventsReplayed, long historyEntries, long profiles, List<String> differences) {}

    private static final int MAX_DIFFERENCES = 20;

    private final MongoDatabase database;
    private final LedgerReader store;
    private final EnterpriseRecords records;
    private final StoredEnterpriseEvents payloads;
    private final HistoryProjection history;
    private final ProfileProjection profiles;

    public ReplayCheck(
            MongoDatabase database,
            LedgerReader store,
            EnterpriseRecords records,
            StoredEnterpriseEvents payloads,
            HistoryProjection history,
            ProfileProjection profiles) {
        this.database = database;
        this.store = store;
        this.records = records;
        this.payloads = payloads;
        this.history = history;
        this.profiles = profiles;
    }

    public Report check() {
        MongoCollection<Document> historyCheck = fresh("history_entries_check");
        MongoCollection<RawBsonDocument> rebuiltEntries = historyCheck.withDocumentClass(RawBsonDocument.class);
        MongoCollection<Document> profilesCheck = fresh("enterprise_profiles_check");
        long head = store.head().position();
        Set<String> enterprises = new LinkedHashSet<>();
        long replayed = 0;
        for (long after = 0; after < head; ) {
            List<StoredEvent> page = store.readStoredEvents(after, (int) Math.min(500, head - after));
            if (page.isEmpty()) {
                break;
            }
            for (StoredEvent event : page) {
                if (payloads.payload(event) instanceof EnterpriseFact fact) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> metadata =
                            (Map<String, Object>) JSON.convertValue(CanonicalJson.parse(event.metadata()), Map.class);
                    rebuiltEntries.insertOne(history.entry(fact, event.position(), event.timestamp(), metadata));
                    enterprises.add(fact.uscc());
                }
                replayed++;
            }
            after = page.get(page.size() - 1).position();
        }
        for (String uscc : enterprises) {
            records.loadUpTo(uscc, head).ifPresent(record -> profilesCheck.insertOne(profiles.toDocument(record)));
        }
        List<String> differences = new ArrayList<>();
        compare(historyCheck, database.getCollection("history_entries"), UnaryOperator.identity(), differences);
        // profiles compared as they read: one written before its reasons were kept encoded is no difference
        compare(profilesCheck, database.getCollection("enterprise_profiles"), ProfileProjection::readable, differences);
        differences.addAll(
                profiles.listIndexDifferences(profilesCheck.find(), Math.max(0, MAX_DIFFERENCES - differences.size())));
        Report report = new Report(
                differences.isEmpty(),
                replayed,
                historyCheck.countDocuments(),
                profilesCheck.countDocuments(),
                differences);
        historyCheck.drop();
        profilesCheck.drop();
        return report;
    }

    private MongoCollection<Document> fresh(String name) {
        MongoCollection<Document> collection = database.getCollection(name);
        collection.drop();
        return database.getCollection(name);
    }

    private static void compare(
            MongoCollection<Document> rebuilt,
            MongoCollection<Document> live,
            UnaryOperator<Document> readable,
            List<String> differences) {
        long liveCount = live.countDocuments();
        long rebuiltCount = rebuilt.countDocuments();
        if (liveCount != rebuiltCount) {
            differences.add(live.getNamespace().getCollectionName() + ": " + liveCount + " live documents, "
                    + rebuiltCount + " rebuilt");
        }
        for (Document built : rebuilt.find()) {
            if (differences.size() >= MAX_DIFFERENCES) {
                return;
            }
            Document expected = readable.apply(built);
            Document found = live.find(Filters.eq("_id", expected.get("_id"))).first();
            Document actual = found == null ? null : readable.apply(found);
            if (actual == null) {
                differences.add(live.getNamespace().getCollectionName() + " " + expected.get("_id") + ": missing live");
            } else if (!actual.toJson().equals(expected.toJson())) {
                differences.add(live.getNamespace().getCollectionName() + " " + expected.get("_id") + ": live "
                        + abbreviate(actual.toJson()) + " ≠ rebuilt " + abbreviate(expected.toJson()));
            }
        }
    }

    private static String abbreviate(String json) {
        return json.length() > 300 ? json.substring(0, 300) + "…" : json;
    }
}

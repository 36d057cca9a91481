package com.safetycredit.ledger.query.profile;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.query.projection.CheckpointedProjection;
import com.safetycredit.ledger.query.projection.HoldBack;
import com.safetycredit.ledger.query.projection.ProjectionCheckpoints;
import com.safetycredit.ledger.rules.credit.CreditRules;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.credit.EnterpriseRecords;
import com.safetycredit.ledger.rules.credit.StatusTimeline;
import com.safetycredit.ledger.store.LedgerReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One document per enterprise for search and the lists: its profile and its status timeline over valid
 * time. The timeline is recomputed from the enterprise's events up to the position being handled, so a
 * replay builds exactly what live processing built, and time-driven changes (a listing ending, an accident
 * leaving the 12-month window) are already in it: no timer, no command. The record is folded event by
 * event where the {@link RecordCache} can vouch for it, and each batch writes each changed profile once — and,
 * from the same timeline, the enterprise's place on the black, red and 重点关注 lists ({@link ListIndex}). Far
 * behind the ledger's head, batches are held and written together ({@link HeldProfiles}).
 */
@Component
@ProcessingGroup(ProfileProjection.NAME)
public class ProfileProjection extends CheckpointedProjection<ProfileProjection.ChangedProfiles> {

    public static final String NAME = "profiles";
    static final String COLLECTION = "enterprise_profiles";
    static final int PROFILES_PER_BULK = 500;

    /**
     * Members per leaf of the list index before it splits: a page of 100 reads one or two leaves, and a leaf
     * (~30 KB) is rewritten only when one of its members enters, leaves or changes its dates.
     */
    static final int LIST_LEAF_CAPACITY = 256;

    private final MongoCollection<Document> profiles;
    private final EnterpriseRecords records;
    private final CreditRules rules;
    private final ProjectionCheckpoints checkpoints;
    private final RecordCache cache;
    private final int recordCacheSize;
    private final ListIndex lists;
    private final int listLeafCapacity;
    private final HoldBack holdBack;
    private final HeldProfiles held;

    @Autowired
    public ProfileProjection(
            MongoDatabase database,
            EnterpriseRecords records,
            CreditRules rules,
            ProjectionCheckpoints checkpoints,
            LedgerReader ledger,
            @Value("${ledger.projections.record-cache-size:10000}") int recordCacheSize,
            @Value("${ledger.projections.profiles.hold-back-behind:20000}") long holdBackBehind,
            @Value("${ledger.projections.profiles.hold-back-events:1000000}") long holdBackEvents) {
        this(
                database,
                records,
                rules,
                checkpoints,
                recordCacheSize,
                LIST_LEAF_CAPACITY,
                new HoldBack(() -> ledger.head().position(), holdBackBehind, holdBackEvents));
    }

    /**
     * With leaves of {@code listLeafCapacity} members (tests make them small to split often) and batches held as
     * {@code holdBack} says.
     */
    ProfileProjection(
            MongoDatabase database,
            EnterpriseRecords records,
            CreditRules rules,
            ProjectionCheckpoints checkpoints,
            int recordCacheSize,
            int listLeafCapacity,
            HoldBack holdBack) {
        super(NAME, checkpoints);
        this.profiles = database.getCollection(COLLECTION);
        this.records = records;
        this.rules = rules;
        this.checkpoints = checkpoints;
        this.cache = new RecordCache(recordCacheSize);
        this.recordCacheSize = recordCacheSize;
        this.lists = new ListIndex(database);
        this.listLeafCapacity = listLeafCapacity;
        this.holdBack = holdBack;
        this.held = new HeldProfiles(database);
    }

    @EventHandler
    void on(EnterpriseFact fact, EventMessage<?> message, TrackingToken token) {
        apply(token, (batch, position) -> {
            batch.applied(position);
            // the record is the enterprise's own stream; an award application's events leave its profile as it was
            if (message instanceof DomainEventMessage<?> domain
                    && fact.uscc().equals(domain.getAggregateIdentifier())) {
                cache.advance(
                                fact.uscc(),
                                domain.getSequenceNumber(),
                                fact,
                                position,
                                () -> records.loadThrough(fact.uscc(), domain.getSequenceNumber(), position))
                        .ifPresent(batch::changed);
            }
        });
    }

    @ResetHandler
    void reset() {
        held.clear();
        cache.clear();
        profiles.deleteMany(new Document());
        lists.clear();
        forgetCheckpoint();
    }

    @Override
    protected ChangedProfiles newBatch() {
        return new ChangedProfiles();
    }

    /**
     * One batch's changed profiles, each written once with its state at the end of the batch, then their places on
     * the lists, computed from the same timelines. (A list page checks each member the index names against its
     * profile, so no answer depends on which of the two writes a reader sees first.)
     */
    final class ChangedProfiles implements CheckpointedProjection.Batch {

        private final Map<String, EnterpriseRecord> changed = new LinkedHashMap<>();
        private long firstPosition = -1;

        void applied(long position) {
            if (firstPosition < 0) {
                firstPosition = position;
            }
        }

        void changed(EnterpriseRecord record) {
            changed.put(record.uscc(), record);
        }

        /**
         * Held while far enough behind the head and not for too long ({@link HoldBack}), and while the held records
         * fit the record cache (they are the cache's own while they fit in it, so holding at most doubles the memory
         * the records take).
         */
        @Override
        public boolean holdBack(long reached) {
            held.recover(() -> checkpoints.lastApplied(NAME), records);
            long since = held.firstHeldAt() < 0 ? firstPosition : held.firstHeldAt();
            boolean hold = holdBack.allows(reached, since) && held.sizeWith(changed) <= recordCacheSize;
            if (hold) {
                held.hold(changed, firstPosition, reached);
            }
            return hold;
        }

        /**
         * In bulks of 500 profiles: a catch-up batch changes nearly every profile, and the documents of all 10,000 with
         * their timelines, built at once, were at 1,000,000 events most of the server's heap in use (1.3 million BSON
         * documents in a class histogram taken during that catch-up, docs/benchmarks.md).
         */
        @Override
        public void write() {
            held.recover(() -> checkpoints.lastApplied(NAME), records);
            Map<String, EnterpriseRecord> toWrite = held.withHeld(changed);
            if (toWrite.isEmpty()) {
                return;
            }
            ListIndexBatch places = new ListIndexBatch(lists, profiles, listLeafCapacity);
            List<EnterpriseRecord> all = new ArrayList<>(toWrite.values());
            for (int from = 0; from < all.size(); from += PROFILES_PER_BULK) {
                List<EnterpriseRecord> bulk = all.subList(from, Math.min(all.size(), from + PROFILES_PER_BULK));
                List<Profile> built = (bulk.size() > 1 ? bulk.parallelStream() : bulk.stream())
                        .map(this::profile)
                        .toList();
                for (Profile profile : built) {
                    places.put(profile.uscc(), profile.places());
                }
                profiles.bulkWrite(built.stream().map(Profile::write).toList(), new BulkWriteOptions().ordered(false));
            }
            places.write();
            held.written();
        }

        /**
         * A profile's document and its place on the lists, from its timeline: the enterprise's own computation, pure,
         * so a bulk's are built on every core — after a catch-up held its batches, the one write computes every
         * enterprise's timeline while the other read models have nothing left to do (docs/benchmarks.md).
         */
        private Profile profile(EnterpriseRecord record) {
            List<StatusTimeline.Interval> timeline = StatusTimeline.of(record, rules);
            return new Profile(
                    record.uscc(),
                    new ReplaceOneModel<>(
                            Filters.eq("_id", record.uscc()),
                            toDocument(record, timeline),
                            new ReplaceOptions().upsert(true)),
                    ListMember.of(record.uscc(), record.regionCode(), record.industry(), timeline));
        }
    }

    private record Profile(String uscc, ReplaceOneModel<Document> write, Map<String, ListMember> places) {}

    /**
     * For the replay check: where the list index's members differ from the lists of {@code profiles} (rebuilt profile
     * documents), at most {@code max} lines.
     */
    public List<String> listIndexDifferences(Iterable<Document> profiles, int max) {
        return lists.differences(profiles, max);
    }

    /** The profile document of a record; the replay check builds it the same way. */
    public Document toDocument(EnterpriseRecord record) {
        return toDocument(record, StatusTimeline.of(record, rules));
    }

    private static Document toDocument(EnterpriseRecord record, List<StatusTimeline.Interval> timeline) {
        return new Document("_id", record.uscc())
                .append("name", record.name())
                .append("industry", record.industry())
                .append("regionCode", record.regionCode())
                .append("lastPosition", record.lastPosition())
                .append("timeline", timeline(timeline))
                .append(
                        "listings",
                        record.listings().values().stream()
                                .filter(listing -> !listing.revoked())
                                .map(listing -> new Document(
                                                "from", listing.decidedOn().toString())
                                        .append("to", listing.endsOn().toString()))
                                .toList());
    }

    /**
     * A profile document with its intervals' reasons as documents, however they are stored: what the replay check
     * compares, and shows where two differ.
     */
    public static Document readable(Document profile) {
        List<Document> timeline = profile.getList("timeline", Document.class, List.of()).stream()
                .map(interval -> new Document(interval)
                        .append(
                                "reasons",
                                StoredReasons.decode(interval).stream()
                                        .map(reason -> new Document("code", reason.code())
                                                .append("message", reason.message())
                                                .append("positions", reason.positions()))
                                        .toList()))
                .toList();
        return new Document(profile).append("timeline", timeline);
    }

    /** A timeline as the profile document holds it. */
    static List<Document> timeline(List<StatusTimeline.Interval> intervals) {
        return intervals.stream()
                .map(interval -> new Document()
                        .append(
                                "from",
                                interval.from() == null ? null : interval.from().toString())
                        .append(
                                "to",
                                interval.to() == null ? null : interval.to().toString())
                        .append("status", interval.status().name())
                        .append("grade", interval.grade())
                        .append("redListCandidate", interval.redListCandidate())
                        .append("reasons", StoredReasons.encode(interval.reasons())))
                .toList();
    }
}

package com.safetycredit.ledger.query.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.safetycredit.ledger.query.lists.CreditLists;
import com.safetycredit.ledger.rules.credit.CreditAssessment.Status;
import com.safetycredit.ledger.rules.credit.StatusTimeline;
import com.safetycredit.ledger.rules.domain.Regions;
import com.safetycredit.ledger.store.testing.TestMongo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;

/**
 * The list index against a model: random batches of enterprises whose timelines put them on and off the black, red
 * and 重点关注 lists over valid time (in a random region and industry), some batches interrupted by a crash after a
 * random number of their writes and then repeated; then random questions — a list, a valid date, a region and an
 * industry filter, a page size, a starting cursor. Paging with each answer's {@code next} yields exactly the model's
 * members in USCC order, each once, and so does the whole list; the leaves stay sorted, within their ranges and
 * their capacity, and every leaf is in the directory.
 */
class ListIndexPropertyTest {

    /** Small leaves: forty enterprises make many of them, split and emptied again. */
    private static final int CAPACITY = 3;

    private static final List<String> USCCS = usccs();
    private static final List<String> REGIONS = List.of("330482", "330421", "330424");
    private static final List<String> INDUSTRIES = List.of("MANUFACTURING", "TRANSPORT");
    private static final List<String> BOUNDARIES = List.of("2021-01-01", "2022-01-01", "2022-06-01", "2023-01-01");
    private static final List<String> DAYS =
            List.of("2020-06-01", "2021-01-01", "2021-12-31", "2022-01-01", "2022-07-01", "2023-01-01", "2024-06-01");
    private static final List<String> REGION_FILTERS = new ArrayList<>();
    private static final List<String> INDUSTRY_FILTERS = new ArrayList<>();

    static {
        REGION_FILTERS.add(null);
        REGION_FILTERS.addAll(List.of("330400", "330482", "330424", "330100"));
        INDUSTRY_FILTERS.add(null);
        INDUSTRY_FILTERS.addAll(INDUSTRIES);
    }

    private static TestMongo mongo;
    private static MongoClient client;
    private static MongoDatabase database;
    /** The keys of the index's documents written, in the order the store received them. */
    private static final List<String> writes = new CopyOnWriteArrayList<>();

    /** One enterprise's state after a batch: where, what, and its timeline's statuses between the boundaries. */
    record Change(int who, int region, int industry, List<Integer> statuses, List<Boolean> cuts) {}

    /** A batch of changes; {@code crashAfter} ≥ 0: the batch stops after that many writes and is repeated. */
    record Batch(List<Change> changes, int crashAfter) {}

    record Question(int list, int day, int region, int industry, int size, int after) {}

    @BeforeContainer
    static void start() {
        mongo = TestMongo.start();
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(mongo.uri()))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        recordWrites(event.getCommand());
                    }
                })
                .build());
        database = client.getDatabase("list_index_" + System.nanoTime());
    }

    @AfterContainer
    static void stop() {
        database.drop();
        client.close();
        mongo.close();
    }

    @Property(tries = 200)
    void pagingThroughTheIndexYieldsTheModelsMembersEachOnce(
            @ForAll("batches") List<Batch> batches, @ForAll("questions") List<Question> questions) {
        ListIndex index = new ListIndex(database);
        MongoCollection<Document> profiles = database.getCollection(ProfileProjection.COLLECTION);
        profiles.deleteMany(new Document());
        index.clear();
        Map<String, Change> model = new TreeMap<>();
        boolean crashed = false;
        for (Batch batch : batches) {
            Map<String, Document> before = snapshot(index);
            writes.clear();
            write(batch, profiles, index);
            if (batch.crashAfter() >= 0 && !writes.isEmpty()) {
                crashed = true;
                undoWritesAfter(batch.crashAfter() % (writes.size() + 1), before, index);
                assertThat(index.members().values())
                        .as("a reader meanwhile: each list sorted, no one twice")
                        .allSatisfy(members -> assertThat(members)
                                .extracting(ListMember::uscc)
                                .isSortedAccordingTo(String::compareTo)
                                .doesNotHaveDuplicates());
                write(batch, profiles, index);
            }
            batch.changes().forEach(c -> model.put(USCCS.get(c.who()), c));
            assertLeavesInOrder(index);
        }
        CreditLists lists = new CreditLists(new ProfileQueries(database), Clock.systemUTC());
        for (Question question : questions) {
            assertAnswers(lists, question, model);
        }
        Statistics.label("crashed and repeated").collect(crashed);
        Statistics.label("leaves of the black list")
                .collect(
                        index.directory("BLACK") == null
                                ? 0
                                : Math.min(index.directory("BLACK").size(), 4));
    }

    private static void assertAnswers(CreditLists lists, Question q, Map<String, Change> model) {
        String list = List.of("black", "red", "watch").get(q.list());
        String status = ListMember.LISTS.get(q.list());
        String day = DAYS.get(q.day());
        String region = REGION_FILTERS.get(q.region());
        String industry = INDUSTRY_FILTERS.get(q.industry());
        String after = q.after() < 0 ? null : USCCS.get(q.after());
        List<String> expected = model.entrySet().stream()
                .filter(e -> after == null || e.getKey().compareTo(after) > 0)
                .filter(e -> status.equals(statusOn(e.getValue(), day)))
                .filter(e -> region == null
                        || Regions.isWithin(REGIONS.get(e.getValue().region()), region))
                .filter(e -> industry == null
                        || industry.equals(INDUSTRIES.get(e.getValue().industry())))
                .map(Map.Entry::getKey)
                .toList();
        List<String> paged = new ArrayList<>();
        String next = after;
        int pages = 0;
        do {
            CreditLists.EnterpriseList page = lists.page(list, day, region, industry, next, q.size());
            assertThat(page.count()).isEqualTo(page.enterprises().size()).isLessThanOrEqualTo(q.size());
            page.enterprises().forEach(p -> paged.add(p.uscc()));
            next = page.next();
            if (next != null) {
                assertThat(page.enterprises()).hasSize(q.size());
                assertThat(page.enterprises().get(q.size() - 1).uscc()).isEqualTo(next);
            }
            assertThat(++pages).as("pages end").isLessThanOrEqualTo(USCCS.size() + 1);
        } while (next != null);
        assertThat(paged).as("%s paged", q).isEqualTo(expected);
        if (after == null) {
            assertThat(lists.list(list, day, region, industry).enterprises())
                    .as("%s whole", q)
                    .extracting(p -> p.uscc())
                    .isEqualTo(expected);
        }
    }

    /** The model's status on a day: the status of the stretch between the boundaries holding it. */
    private static String statusOn(Change change, String day) {
        List<String> from = starts(change);
        String status = null;
        for (int i = 0; i < from.size(); i++) {
            if (from.get(i) == null || from.get(i).compareTo(day) <= 0) {
                status = Status.values()[change.statuses().get(i)].name();
            }
        }
        return status;
    }

    /** Where each of the change's intervals starts ({@code null}: since ever). */
    private static List<String> starts(Change change) {
        List<String> starts = new ArrayList<>();
        starts.add(null);
        for (int i = 0; i < BOUNDARIES.size(); i++) {
            if (change.cuts().get(i)) {
                starts.add(BOUNDARIES.get(i));
            }
        }
        return starts.subList(0, Math.min(starts.size(), change.statuses().size()));
    }

    private static List<StatusTimeline.Interval> timeline(Change change) {
        List<String> starts = starts(change);
        List<StatusTimeline.Interval> timeline = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            String from = starts.get(i);
            String to = i + 1 < starts.size() ? starts.get(i + 1) : null;
            timeline.add(new StatusTimeline.Interval(
                    from == null ? null : LocalDate.parse(from),
                    to == null ? null : LocalDate.parse(to),
                    Status.values()[change.statuses().get(i)],
                    "B",
                    List.of(),
                    false));
        }
        return timeline;
    }

    /** The batch as the projection writes it: the profiles, then their places on the lists. */
    private static void write(Batch batch, MongoCollection<Document> profiles, ListIndex index) {
        ListIndexBatch places = new ListIndexBatch(index, profiles, CAPACITY);
        for (Change change : batch.changes()) {
            String uscc = USCCS.get(change.who());
            String region = REGIONS.get(change.region());
            String industry = INDUSTRIES.get(change.industry());
            List<StatusTimeline.Interval> timeline = timeline(change);
            profiles.replaceOne(
                    Filters.eq("_id", uscc),
                    new Document("_id", uscc)
                            .append("name", "企业" + uscc.substring(14))
                            .append("industry", industry)
                            .append("regionCode", region)
                            .append("lastPosition", 1L)
                            .append("timeline", ProfileProjection.timeline(timeline))
                            .append("listings", List.of()),
                    new ReplaceOptions().upsert(true));
            places.put(uscc, ListMember.of(uscc, region, industry, timeline));
        }
        places.write();
    }

    /** Every leaf in the directory, sorted, inside its range and capacity; no leaf outside the directory. */
    private static void assertLeavesInOrder(ListIndex index) {
        Set<String> referenced = new LinkedHashSet<>();
        for (String list : ListMember.LISTS) {
            ListDirectory directory = index.directory(list);
            if (directory == null) {
                continue;
            }
            for (int i = 0; i < directory.size(); i++) {
                ListDirectory.Range range = directory.range(i);
                referenced.add(range.id());
                Document leaf =
                        index.index().find(Filters.eq("_id", range.id())).first();
                assertThat(leaf).as(range.id()).isNotNull();
                List<String> members = leaf.getList("members", Document.class).stream()
                        .map(m -> m.getString("uscc"))
                        .toList();
                assertThat(members).isSortedAccordingTo(String::compareTo).doesNotHaveDuplicates();
                assertThat(members.size()).as(range.id()).isLessThanOrEqualTo(CAPACITY);
                assertThat(members)
                        .as("%s within [%s, %s)", range.id(), range.from(), range.to())
                        .allMatch(u ->
                                u.compareTo(range.from()) >= 0 && (range.to() == null || u.compareTo(range.to()) < 0));
                if (directory.size() > 1) {
                    assertThat(members).as("an empty leaf leaves the directory").isNotEmpty();
                }
            }
        }
        Set<String> stored = new LinkedHashSet<>();
        index.index().find(Filters.regex("_id", "/")).forEach(d -> stored.add(d.getString("_id")));
        assertThat(stored).as("no leaf outside a directory").isEqualTo(referenced);
    }

    private static Map<String, Document> snapshot(ListIndex index) {
        Map<String, Document> documents = new HashMap<>();
        for (MongoCollection<Document> collection : List.of(index.index(), index.memberships())) {
            collection.find().forEach(d -> documents.put(key(collection, d.get("_id")), d));
        }
        return documents;
    }

    /** The store as a crash after the first {@code kept} writes of the batch left it. */
    private static void undoWritesAfter(int kept, Map<String, Document> before, ListIndex index) {
        // copied first: undoing is writing, and the listener records it
        for (String written : List.copyOf(writes.subList(kept, writes.size()))) {
            MongoCollection<Document> collection =
                    written.startsWith(ListIndex.INDEX + ":") ? index.index() : index.memberships();
            String id = written.substring(written.indexOf(':') + 1);
            Document was = before.get(written);
            if (was == null) {
                collection.deleteOne(Filters.eq("_id", id));
            } else {
                collection.replaceOne(Filters.eq("_id", id), was, new ReplaceOptions().upsert(true));
            }
        }
    }

    private static String key(MongoCollection<Document> collection, Object id) {
        return collection.getNamespace().getCollectionName() + ":" + id;
    }

    /** Records the keys the index's writes name, while {@code writes} is being recorded. */
    private static void recordWrites(BsonDocument command) {
        String collection = command.containsKey("update")
                ? command.getString("update").getValue()
                : command.containsKey("delete") ? command.getString("delete").getValue() : null;
        if (collection == null || !(collection.equals(ListIndex.INDEX) || collection.equals(ListIndex.MEMBERSHIPS))) {
            return;
        }
        String statements = command.containsKey("updates") ? "updates" : "deletes";
        for (BsonValue statement : command.getArray(statements)) {
            BsonValue id = statement.asDocument().getDocument("q").get("_id");
            if (id != null && id.isString() && !id.asString().getValue().equals("@built")) {
                writes.add(collection + ":" + id.asString().getValue());
            }
        }
    }

    @Provide
    Arbitrary<List<Batch>> batches() {
        Arbitrary<Change> change = Combinators.combine(
                        Arbitraries.integers().between(0, USCCS.size() - 1),
                        Arbitraries.integers().between(0, REGIONS.size() - 1),
                        Arbitraries.integers().between(0, INDUSTRIES.size() - 1),
                        // NORMAL more often than not: the lists stay a part of the enterprises
                        Arbitraries.integers()
                                .between(0, 5)
                                .map(s -> s >= Status.values().length ? Status.NORMAL.ordinal() : s)
                                .list()
                                .ofMinSize(1)
                                .ofMaxSize(BOUNDARIES.size() + 1),
                        Arbitraries.of(true, false).list().ofSize(BOUNDARIES.size()))
                .as(Change::new);
        Arbitrary<Batch> batch = Combinators.combine(
                        change.list().ofMinSize(1).ofMaxSize(12),
                        Arbitraries.integers().between(-3, 40))
                .as((changes, crash) -> new Batch(changes, crash < 0 ? -1 : crash));
        return batch.list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<Question>> questions() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, DAYS.size() - 1),
                        Arbitraries.integers().between(0, REGION_FILTERS.size() - 1),
                        Arbitraries.integers().between(0, INDUSTRY_FILTERS.size() - 1),
                        Arbitraries.integers().between(1, 7),
                        Arbitraries.integers().between(-8, USCCS.size() - 1))
                .as((list, day, region, industry, size, after) ->
                        new Question(list, day, region, industry, size, Math.max(-1, after)))
                .list()
                .ofMinSize(4)
                .ofMaxSize(8);
    }

    /** Forty codes whose order is not the order they are made in. */
    private static List<String> usccs() {
        List<String> usccs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            usccs.add("913304" + "%012d".formatted((i * 7919L) % 100_003));
        }
        return List.copyOf(usccs);
    }
}

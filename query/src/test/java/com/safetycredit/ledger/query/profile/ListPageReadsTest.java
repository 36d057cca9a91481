package com.safetycredit.ledger.query.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import com.safetycredit.ledger.query.lists.CreditLists;
import com.safetycredit.ledger.rules.credit.CreditAssessment.Status;
import com.safetycredit.ledger.rules.credit.StatusTimeline;
import com.safetycredit.ledger.store.testing.TestMongo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a page costs, counted in documents the store hands over (not timed): a page of 100 from a black list of 5,000
 * reads the directory, a leaf or two and its own profiles — about as much as a page from a list of 500 — where the
 * query the lists used before the index read all 5,000 profiles. Runs on a real MongoDB when {@code
 * LEDGER_TEST_MONGO_URI} is set.
 */
class ListPageReadsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

    private TestMongo mongo;
    private MongoClient client;
    private MongoDatabase database;
    /** Documents handed over per collection since the last reset. */
    private final Map<String, AtomicInteger> read = new ConcurrentHashMap<>();
    /** The filters of the questions asked since the last reset. */
    private final List<BsonDocument> questions = new CopyOnWriteArrayList<>();

    @BeforeEach
    void store() {
        mongo = TestMongo.start();
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(mongo.uri()))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        if (event.getCommandName().equals("find")) {
                            // copied: the command's buffer is released after the event
                            questions.add(BsonDocument.parse(event.getCommand()
                                    .getDocument("filter", new BsonDocument())
                                    .toJson()));
                        }
                    }

                    @Override
                    public void commandSucceeded(CommandSucceededEvent event) {
                        count(event.getResponse());
                    }
                })
                .build());
        database = client.getDatabase("list_reads_" + System.nanoTime());
    }

    @AfterEach
    void close() {
        database.drop();
        client.close();
        mongo.close();
    }

    @Test
    void aPageOfAHundredFromFiveThousandReadsItsLeavesAndItsOwnProfilesOnly() {
        List<String> members = blackListed(5_000);
        CreditLists lists = new CreditLists(new ProfileQueries(database), Clock.systemUTC());

        read.clear();
        questions.clear();
        CreditLists.EnterpriseList first = lists.page("black", DAY.toString(), null, null, null, 100);
        assertThat(first.enterprises()).extracting(p -> p.uscc()).isEqualTo(members.subList(0, 100));
        assertBounded();

        read.clear();
        questions.clear();
        CreditLists.EnterpriseList middle =
                lists.page("black", DAY.toString(), "330400", "MANUFACTURING", members.get(2_999), 100);
        assertThat(middle.enterprises()).extracting(p -> p.uscc()).isEqualTo(members.subList(3_000, 3_100));
        assertThat(middle.next()).isEqualTo(members.get(3_099));
        assertBounded();

        read.clear();
        assertThat(lists.list("black", DAY.toString(), null, null).count()).isEqualTo(5_000);
        assertThat(read(ProfileProjection.COLLECTION))
                .as("the counting sees a whole list's profiles")
                .isEqualTo(5_000);
    }

    @Test
    void withoutTheIndexAPageReadsEveryProfile() {
        blackListed(500);
        database.getCollection(ListIndex.INDEX).deleteMany(new Document()); // a ledger from before the index
        CreditLists lists = new CreditLists(new ProfileQueries(database), Clock.systemUTC());

        read.clear();
        questions.clear();
        assertThat(lists.page("black", DAY.toString(), null, null, null, 100).count())
                .isEqualTo(100);

        assertThat(questions)
                .as("the question the index replaces: an $elemMatch, which the embedded store answers by a scan")
                .anyMatch(filter -> !exactKeys(filter));
        assertThat(read(ListIndex.INDEX))
                .as("only the built mark, found missing")
                .isZero();
    }

    /**
     * The directory and at most three leaves of 256; the page's 100 profiles and the one that tells a next page; and
     * every question by exact keys — what the embedded store answers from its index without a scan.
     */
    private void assertBounded() {
        assertThat(read(ListIndex.INDEX)).as("built mark, directory, leaves").isLessThanOrEqualTo(5);
        assertThat(read(ProfileProjection.COLLECTION)).isLessThanOrEqualTo(101);
        assertThat(read(ListIndex.MEMBERSHIPS)).isZero();
        assertThat(questions).isNotEmpty().allMatch(ListPageReadsTest::exactKeys);
    }

    /** {@code {_id: key}} or {@code {_id: {$in: [keys]}}} and nothing else. */
    private static boolean exactKeys(BsonDocument filter) {
        if (filter.size() != 1 || !filter.containsKey("_id")) {
            return false;
        }
        BsonValue key = filter.get("_id");
        return key.isString()
                || (key.isDocument()
                        && key.asDocument().size() == 1
                        && key.asDocument().containsKey("$in"));
    }

    /** {@code count} black-listed enterprises, written as the projection writes them; their codes in order. */
    private List<String> blackListed(int count) {
        MongoCollection<Document> profiles = database.getCollection(ProfileProjection.COLLECTION);
        ListIndex index = new ListIndex(database);
        index.clear();
        ListIndexBatch places = new ListIndexBatch(index, profiles, ProfileProjection.LIST_LEAF_CAPACITY);
        List<Document> documents = new ArrayList<>();
        List<String> usccs = new ArrayList<>();
        List<StatusTimeline.Interval> timeline = List.of(
                new StatusTimeline.Interval(null, LocalDate.of(2024, 1, 1), Status.NORMAL, "B", List.of(), false),
                new StatusTimeline.Interval(LocalDate.of(2024, 1, 1), null, Status.BLACK, "D", List.of(), false));
        for (int i = 0; i < count; i++) {
            String uscc = "91330482MA%08d".formatted(i);
            usccs.add(uscc);
            documents.add(new Document("_id", uscc)
                    .append("name", "企业" + i)
                    .append("industry", "MANUFACTURING")
                    .append("regionCode", "330482")
                    .append("lastPosition", 1L)
                    .append("timeline", ProfileProjection.timeline(timeline))
                    .append("listings", List.of()));
            places.put(uscc, ListMember.of(uscc, "330482", "MANUFACTURING", timeline));
        }
        profiles.insertMany(documents);
        places.write();
        assertThat(index.directory("BLACK").size()).as("leaves").isGreaterThan(count / 256);
        assertThat(database.getCollection(ListIndex.INDEX).countDocuments(Filters.regex("_id", "^BLACK/")))
                .isEqualTo(index.directory("BLACK").size());
        return usccs;
    }

    private int read(String collection) {
        AtomicInteger count = read.get(collection);
        return count == null ? 0 : count.get();
    }

    /** A find's or getMore's documents, by the collection its cursor names. */
    private void count(BsonDocument response) {
        if (!response.containsKey("cursor")) {
            return;
        }
        BsonDocument cursor = response.getDocument("cursor");
        String batch = cursor.containsKey("firstBatch") ? "firstBatch" : "nextBatch";
        if (!cursor.containsKey(batch) || !cursor.containsKey("ns")) {
            return;
        }
        String namespace = cursor.getString("ns").getValue();
        String collection = namespace.substring(namespace.indexOf('.') + 1);
        read.computeIfAbsent(collection, c -> new AtomicInteger())
                .addAndGet(cursor.getArray(batch).size());
    }
}

package com.safetycredit.ledger.query.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.safetycredit.ledger.rules.credit.Evidence;
import com.safetycredit.ledger.store.testing.TestMongo;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Search and lists read only the interval holding the day from each profile: the answers are those of the
 * whole timeline, on the first and last day of an interval and in open-ended ones. Runs on a real MongoDB
 * when {@code LEDGER_TEST_MONGO_URI} is set.
 */
class ProfileQueriesTest {

    private TestMongo mongo;
    private MongoCollection<Document> profiles;
    private ProfileQueries queries;

    @BeforeEach
    void profiles() {
        mongo = TestMongo.start();
        MongoDatabase database = mongo.newConnection();
        profiles = database.getCollection(ProfileProjection.COLLECTION);
        // normal, then black-listed for 2023, then watched, then normal for good
        profiles.insertOne(profile(
                "A",
                interval(null, "2023-01-01", "NORMAL"),
                interval("2023-01-01", "2024-01-01", "BLACK"),
                interval("2024-01-01", "2025-01-01", "WATCH"),
                interval("2025-01-01", null, "NORMAL")));
        // red since ever
        profiles.insertOne(profile("B", interval(null, null, "RED")));
        // black-listed from 2023-06-01 on
        profiles.insertOne(profile("C", interval(null, "2023-06-01", "NORMAL"), interval("2023-06-01", null, "BLACK")));
        queries = new ProfileQueries(database);
    }

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void theBlackListOnADayHoldsThoseWhoseIntervalOnThatDayIsBlack() {
        assertThat(black("2022-12-31")).isEmpty();
        assertThat(black("2023-01-01")).containsExactly("A");
        assertThat(black("2023-06-01")).containsExactly("A", "C");
        assertThat(black("2023-12-31")).containsExactly("A", "C");
        assertThat(black("2024-01-01")).containsExactly("C");
        assertThat(queries.find(LocalDate.parse("2023-06-01"), "BLACK", p -> true)
                        .get(0))
                .satisfies(p -> {
                    assertThat(p.statusSince()).isEqualTo("2023-01-01");
                    assertThat(p.statusUntil()).isEqualTo("2024-01-01");
                    assertThat(p.name()).isEqualTo("企业A");
                    assertThat(p.reasons()).extracting("code").containsExactly("BLACK-reason");
                });
    }

    @Test
    void searchWithoutAStatusGivesEveryEnterpriseItsIntervalOnTheDay() {
        List<ProfileSummary> on = queries.find(LocalDate.parse("2024-06-01"), p -> true);
        assertThat(on).extracting(ProfileSummary::uscc).containsExactly("A", "B", "C");
        assertThat(on).extracting(ProfileSummary::status).containsExactly("WATCH", "RED", "BLACK");
        assertThat(queries.find(LocalDate.parse("2020-01-01"), p -> true))
                .extracting(ProfileSummary::status)
                .containsExactly("NORMAL", "RED", "NORMAL");
        assertThat(queries.find(LocalDate.parse("2030-01-01"), p -> true))
                .extracting(ProfileSummary::status)
                .containsExactly("NORMAL", "RED", "BLACK");
    }

    private List<String> black(String day) {
        return queries.find(LocalDate.parse(day), "BLACK", p -> true).stream()
                .map(ProfileSummary::uscc)
                .toList();
    }

    /** The profiles here keep their reasons as documents, as written before; as written now, they read the same. */
    @Test
    void reasonsKeptEncodedReadAsTheReasons() {
        Evidence accident = new Evidence("ACCIDENT_LAST_12_MONTHS", "近12个月发生生产安全事故（2024-03-01，一般）", List.of(4L, 6L));
        profiles.insertOne(profile(
                "D",
                new Document("from", null)
                        .append("to", null)
                        .append("status", "WATCH")
                        .append("grade", "B")
                        .append("reasons", StoredReasons.encode(List.of(accident)))));
        assertThat(queries.timeline("D")).singleElement().satisfies(p -> assertThat(p.reasons())
                .containsExactly(accident));
        assertThat(queries.find(LocalDate.parse("2024-06-01"), "WATCH", p -> true))
                .extracting(ProfileSummary::uscc, ProfileSummary::reasons)
                .containsExactly(
                        tuple("A", List.of(new Evidence("WATCH-reason", "m", List.of(1L)))),
                        tuple("D", List.of(accident)));
    }

    private static Document profile(String uscc, Document... timeline) {
        return new Document("_id", uscc)
                .append("name", "企业" + uscc)
                .append("industry", "MANUFACTURING")
                .append("regionCode", "330482")
                .append("lastPosition", 1L)
                .append("timeline", List.of(timeline));
    }

    private static Document interval(String from, String to, String status) {
        return new Document("from", from)
                .append("to", to)
                .append("status", status)
                .append("grade", "B")
                .append(
                        "reasons",
                        List.of(new Document("code", status + "-reason")
                                .append("message", "m")
                                .append("positions", List.of(1L))));
    }
}

package com.safetycredit.ledger.query.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseProfileChanged;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.contracts.events.listing.EnterpriseBlacklisted;
import com.safetycredit.ledger.contracts.events.listing.ListingRevoked;
import com.safetycredit.ledger.contracts.events.penalty.PenaltyImposed;
import com.safetycredit.ledger.query.lists.CreditLists;
import com.safetycredit.ledger.query.projection.HoldBack;
import com.safetycredit.ledger.query.projection.ReadModelFixture;
import com.safetycredit.ledger.rules.credit.CreditRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The list index as the profile projection keeps it, against a real store and a real tracking processor in batches
 * of two, with leaves of two members so that the story splits them: the lists it answers are those the profiles
 * answer (the scan it replaces), on every date and filter asked; a reset and full replay, a batch repeated after its
 * writes but before its checkpoint, and a ledger whose profiles were written before the index existed all end with
 * the same members.
 */
class ListIndexProjectionTest {

    static final String A = "91330482MA2BL0001A";
    static final String B = "91330421MA2BL0002B";
    static final String C = "91330424MA2BL0003C";
    static final String D = "91330482MA2BL0004D";
    static final String E = "91330421MA2BL0005E";
    static final String F = "91330402MA2BL0006F";

    private static final List<String> DAYS =
            List.of("2023-06-01", "2024-03-01", "2024-06-01", "2026-06-01", "2028-01-01");
    private static final List<String> REGIONS = List.of("", "330400", "330482", "330424");

    private ReadModelFixture ledger;
    private ProfileProjection projection;
    private ProfileQueries queries;
    private CreditLists lists;

    @BeforeEach
    void start() {
        ledger = new ReadModelFixture();
        projection = new ProfileProjection(
                ledger.database, ledger.records(), CreditRules.shipped(), ledger.checkpoints, 10, 2, HoldBack.NEVER);
        queries = new ProfileQueries(ledger.database);
        lists = new CreditLists(queries, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        ledger.close();
    }

    private void caughtUpOnTheStory() {
        ledger.record(registered(A), registered(B), registered(C), registered(D), registered(E));
        ledger.record(blacklisted(A, LocalDate.of(2024, 3, 20)), blacklisted(E, LocalDate.of(2024, 2, 1)));
        ledger.record(new PenaltyImposed(
                B, "pen-b", "嘉应急罚〔2023〕1号", LocalDate.of(2023, 5, 10), "未履行安全管理职责", 50_000, true, false, null));
        ledger.record(blacklisted(C, LocalDate.of(2024, 1, 10)), blacklisted(D, LocalDate.of(2023, 2, 1)));
        // C's listing annulled: it was never on the list; D moves to Haiyan
        ledger.record(new ListingRevoked(C, "l-" + C, "处罚撤销", LocalDate.of(2024, 8, 1)));
        ledger.record(new EnterpriseProfileChanged(D, null, null, "330424", null, LocalDate.of(2024, 1, 1)));
        ledger.run(projection, 2);
        ledger.caughtUp();
    }

    @Test
    void theListsAreThoseTheProfilesAnswerOnEveryDateAndFilter() {
        caughtUpOnTheStory();

        assertThat(usccs(lists.list("black", "2024-06-01", null, null).enterprises()))
                .as("in code order; C's listing annulled")
                .containsExactly(E, A, D);
        assertThat(usccs(lists.list("watch", "2023-06-01", null, null).enterprises()))
                .containsExactly(B);
        assertThat(usccs(lists.list("black", "2024-06-01", "330424", null).enterprises()))
                .as("D, moved to Haiyan")
                .containsExactly(D);
        assertThat(new ListIndex(ledger.database).directory("BLACK").size())
                .as("leaves of two, split")
                .isGreaterThan(1);
        assertSameAsTheProfiles();
    }

    @Test
    void aResetAndAFullReplayRebuildTheSameMembersAndPages() {
        caughtUpOnTheStory();
        Map<String, List<ListMember>> members = new ListIndex(ledger.database).members();
        List<List<String>> answers = answers();

        ledger.replay();

        assertThat(new ListIndex(ledger.database).members()).isEqualTo(members);
        assertThat(answers()).isEqualTo(answers);
        assertSameAsTheProfiles();
    }

    /**
     * The writes of every batch were stored but the checkpoint was not (a crash in between): the batches come again
     * and end with the same members and memberships, and the index goes on from there.
     */
    @Test
    void aBatchRepeatedAfterItsWritesButBeforeItsCheckpointLeavesTheSameIndex() {
        caughtUpOnTheStory();
        Map<String, List<ListMember>> members = new ListIndex(ledger.database).members();
        List<Document> memberships = ledger.documents(ListIndex.MEMBERSHIPS);

        ledger.checkpoints.reset(projection.name());
        ledger.redeliverAfter(0);
        ledger.caughtUp();

        assertThat(new ListIndex(ledger.database).members()).isEqualTo(members);
        assertThat(ledger.documents(ListIndex.MEMBERSHIPS)).isEqualTo(memberships);
        assertThat(ledger.checkpoints.lastApplied(projection.name())).isEqualTo(ledger.head());
        assertSameAsTheProfiles();

        ledger.record(registered(F), blacklisted(F, LocalDate.of(2024, 4, 1)));
        ledger.caughtUp();
        assertThat(usccs(lists.list("black", "2024-06-01", null, null).enterprises()))
                .containsExactly(F, E, A, D);
    }

    /** The replay check's comparison: the members against the lists of the profiles, a member taken out found. */
    @Test
    void theReplayCheckComparesTheMembersWithTheProfilesLists() {
        caughtUpOnTheStory();
        List<Document> profiles = ledger.documents(ProfileProjection.COLLECTION);
        assertThat(projection.listIndexDifferences(profiles, 20)).isEmpty();

        String leaf = new ListIndex(ledger.database).directory("BLACK").range(0).id();
        ledger.database
                .getCollection(ListIndex.INDEX)
                .updateOne(
                        com.mongodb.client.model.Filters.eq("_id", leaf),
                        com.mongodb.client.model.Updates.popFirst("members"));

        assertThat(projection.listIndexDifferences(profiles, 20))
                .singleElement()
                .asString()
                .contains(ListIndex.INDEX, "BLACK", E, "missing");
    }

    /** A ledger upgraded from before the index: the lists answer from the profiles until the next batch builds it. */
    @Test
    void profilesWrittenBeforeTheIndexAreIndexedByTheNextBatch() {
        caughtUpOnTheStory();
        List<List<String>> answers = answers();
        ledger.database.getCollection(ListIndex.INDEX).drop();
        ledger.database.getCollection(ListIndex.MEMBERSHIPS).drop();

        assertThat(answers()).as("from the profiles").isEqualTo(answers);
        assertThat(new ListIndex(ledger.database).built()).isFalse();
        assertThat(projection.listIndexDifferences(ledger.documents(ProfileProjection.COLLECTION), 20))
                .as("the replay check has no index to compare yet")
                .isEmpty();

        ledger.record(registered(F), blacklisted(F, LocalDate.of(2024, 4, 1)));
        ledger.caughtUp();

        assertThat(new ListIndex(ledger.database).built()).isTrue();
        assertThat(projection.listIndexDifferences(ledger.documents(ProfileProjection.COLLECTION), 20))
                .isEmpty();
        assertThat(new ListIndex(ledger.database).members().get("BLACK"))
                .extracting(ListMember::uscc)
                .containsExactly(F, E, A, D);
        assertSameAsTheProfiles();
    }

    /** Every list, date and region: the whole list and the list paged by one are what a scan of the profiles finds. */
    private void assertSameAsTheProfiles() {
        for (String list : List.of("black", "red", "watch")) {
            for (String day : DAYS) {
                for (String region : REGIONS) {
                    List<String> scanned = queries
                            .find(
                                    LocalDate.parse(day),
                                    list.toUpperCase(Locale.ROOT),
                                    ProfileQueries.inRegion(region)
                                            .and(p -> p.status().equals(list.toUpperCase(Locale.ROOT))))
                            .stream()
                            .map(p -> p.uscc())
                            .toList();
                    CreditLists.EnterpriseList whole = lists.list(list, day, region, null);
                    assertThat(usccs(whole.enterprises()))
                            .as("%s %s %s", list, day, region)
                            .isEqualTo(scanned);
                    assertThat(paged(list, day, region))
                            .as("%s %s %s paged", list, day, region)
                            .isEqualTo(scanned);
                }
            }
        }
    }

    private List<String> paged(String list, String day, String region) {
        List<String> paged = new ArrayList<>();
        String next = null;
        do {
            CreditLists.EnterpriseList page = lists.page(list, day, region, null, next, 1);
            paged.addAll(usccs(page.enterprises()));
            next = page.next();
        } while (next != null);
        return paged;
    }

    private List<List<String>> answers() {
        List<List<String>> answers = new ArrayList<>();
        for (String list : List.of("black", "red", "watch")) {
            for (String day : DAYS) {
                answers.add(usccs(lists.list(list, day, null, null).enterprises()));
            }
        }
        return answers;
    }

    private static List<String> usccs(List<ProfileSummary> summaries) {
        return summaries.stream().map(ProfileSummary::uscc).toList();
    }

    private static EnterpriseRegistered registered(String uscc) {
        return new EnterpriseRegistered(
                uscc,
                "示例" + uscc.substring(14),
                "MANUFACTURING",
                uscc.substring(2, 8),
                null,
                null,
                LocalDate.of(2020, 1, 2));
    }

    private static EnterpriseBlacklisted blacklisted(String uscc, LocalDate on) {
        return new EnterpriseBlacklisted(
                uscc, "l-" + uscc, 9, "MEM_ORDER_11_2023", "p", "a", "d", on, on.plusYears(3), false);
    }
}

package com.safetycredit.ledger.rules.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.events.accident.AccidentReported;
import com.safetycredit.ledger.contracts.events.certification.CertificationGranted;
import com.safetycredit.ledger.contracts.events.certification.CertificationRevoked;
import com.safetycredit.ledger.contracts.events.commitment.CreditCommitmentMade;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.contracts.events.hazard.HazardFound;
import com.safetycredit.ledger.contracts.events.listing.EnterpriseBlacklisted;
import com.safetycredit.ledger.contracts.events.listing.ListingRemovedEarly;
import com.safetycredit.ledger.contracts.events.penalty.PenaltyImposed;
import com.safetycredit.ledger.contracts.events.redlist.RedListDecided;
import com.safetycredit.ledger.contracts.events.suspension.SuspensionOrdered;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever an enterprise's record, its status timeline says on every day what the assessor says for that day —
 * with listings overlapping accidents, penalties, hazards, suspensions, red-list decisions and certificates, so that
 * every status's facts meet on the same days.
 */
class StatusTimelinePropertyTest {

    private static final String U = "91330482MA28A1B56G";
    private static final LocalDate FIRST = LocalDate.of(2018, 1, 1);

    /** One fact: which kind, on which day after the first, lasting how long, with one more yes-or-no. */
    record Fact(int kind, int day, int days, boolean flag) {}

    // 100 tries, not 40: the coverage checks below count records, and about a third of them reach each state (30–39
    // and 30–33 of 100 in three runs); at 40 tries one run fell short of 20 % by chance (7 of 40), at 100 a shortfall
    // is over three standard deviations away
    @Property(tries = 100)
    void theTimelineEqualsTheAssessorOnEveryDay(@ForAll("facts") List<Fact> facts) {
        EnterpriseRecord record = record(facts);
        StatusTimelineTest.assertEveryDayAgrees(record, CreditRules.shipped(), FIRST, LocalDate.of(2029, 1, 1));
        boolean listedWhileOtherwiseAdverse = false;
        boolean candidateSomeDay = false;
        for (LocalDate day = FIRST; day.isBefore(LocalDate.of(2029, 1, 1)); day = day.plusDays(1)) {
            listedWhileOtherwiseAdverse |= !CreditAssessor.black(record, day).isEmpty()
                    && !CreditAssessor.watch(record, day).isEmpty();
            candidateSomeDay |=
                    CreditAssessor.assess(record, day, CreditRules.shipped()).redListCandidate();
        }
        Statistics.label("listed while 重点关注 facts hold").collect(listedWhileOtherwiseAdverse);
        Statistics.label("listed while 重点关注 facts hold")
                .coverage(coverage -> coverage.check(true).percentage(p -> p >= 20));
        // the timeline shortens the red-list check: some records must meet the rule set for that to be compared
        Statistics.label("a red-list candidate on some day").collect(candidateSomeDay);
        Statistics.label("a red-list candidate on some day")
                .coverage(coverage -> coverage.check(true).percentage(p -> p >= 10));
    }

    /**
     * Shortened as the status timeline asks for it (ended at the first fact that spoils the clean look-back), the
     * red-list criteria hold on the same days as checked whole, and what it found missed is the start of what the
     * whole check says.
     */
    @Property(tries = 40)
    void theFirstMissDecidesAsTheWholeCheck(@ForAll("facts") List<Fact> facts) {
        EnterpriseRecord record = record(facts);
        RedListRules rules = CreditRules.shipped().redList();
        for (LocalDate day = FIRST; day.isBefore(LocalDate.of(2029, 1, 1)); day = day.plusDays(7)) {
            List<Evidence> watch = CreditAssessor.watch(record, day);
            RedListCriteria.Check whole = RedListCriteria.check(record, day, rules, watch);
            RedListCriteria.Check first = RedListCriteria.check(record, day, rules, watch, false);
            assertThat(first.met()).as(day.toString()).isEqualTo(whole.met());
            if (!whole.met()) {
                assertThat(whole.notMet())
                        .as(day.toString())
                        .startsWith(first.notMet().toArray(Evidence[]::new));
            }
        }
    }

    private static EnterpriseRecord record(List<Fact> facts) {
        EnterpriseRecord record = new EnterpriseRecord();
        long position = 0;
        record.apply(new EnterpriseRegistered(U, "示例", "MANUFACTURING", "330482", null, null, FIRST), ++position);
        for (int i = 0; i < facts.size(); i++) {
            for (Object event : events(facts.get(i), "f" + i)) {
                record.apply(event, ++position);
            }
        }
        return record;
    }

    @Provide
    Arbitrary<List<Fact>> facts() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 11), // 9 to 11: what the red-list rule set asks for
                        Arbitraries.integers().between(0, 3_300),
                        Arbitraries.integers().between(20, 1_200),
                        Arbitraries.of(true, false))
                .as(Fact::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(14);
    }

    private static List<Object> events(Fact fact, String id) {
        LocalDate on = FIRST.plusDays(fact.day());
        LocalDate until = on.plusDays(fact.days());
        return switch (fact.kind()) {
            case 0 -> List.of(new AccidentReported(
                    U,
                    id,
                    OffsetDateTime.of(on.atTime(9, 0), ZoneOffset.ofHours(8)),
                    on,
                    "PRODUCTION",
                    fact.flag() ? 1 : 0,
                    fact.days() % 12,
                    0,
                    0,
                    false,
                    fact.days() % 12 >= 10 ? "LARGE" : "GENERAL",
                    "r",
                    ""));
            case 1 -> List.of(new PenaltyImposed(U, id, "罚" + id, on, "v", 1_000, fact.flag(), false));
            case 2 -> fact.flag()
                    ? List.of(listed(id, on, until.plusYears(1)), new ListingRemovedEarly(U, id, "修复", until))
                    : List.of(listed(id, on, until));
            case 3 -> fact.flag()
                    ? List.of(
                            certificate(id, on, on.plusYears(3), "2"),
                            new CertificationRevoked(U, id, "撤销", until, "撤", null, "FALSE_MATERIALS", null))
                    : List.of(certificate(id, on, on.plusYears(3), "2"));
            case 4 -> List.of(new RedListDecided(
                    U, id, on, "红" + id, "平湖市应急管理局", on.plusYears(3), "RED_LIST_SAWS_2017_133", 2, 3, List.of(1L)));
            case 5 -> List.of(new CreditCommitmentMade(
                    U, id, on, "承诺", fact.flag() ? OffsetDateTime.of(on.atTime(10, 0), ZoneOffset.ofHours(8)) : null));
            case 6 -> List.of(new HazardFound(U, id, on, "隐患", true, null, until));
            case 7 -> List.of(new SuspensionOrdered(U, id, on, "停" + id, "隐患"));
            case 8 -> List.of(
                    listed(id, on, until), new PenaltyImposed(U, id + "p", "罚" + id, on, "v", 1, true, false));
                // what the red-list rule set asks for (一级, a public commitment), so that some records meet it
            default -> List.of(
                    certificate(id, on, on.plusYears(3), "1"),
                    new CreditCommitmentMade(
                            U, id + "c", on, "承诺", OffsetDateTime.of(on.atTime(10, 0), ZoneOffset.ofHours(8))));
        };
    }

    private static EnterpriseBlacklisted listed(String id, LocalDate on, LocalDate expires) {
        return new EnterpriseBlacklisted(U, id, 2, "MEM_ORDER_11_2023", "决" + id, "a", "d", on, expires, false);
    }

    private static CertificationGranted certificate(String id, LocalDate on, LocalDate expires, String level) {
        return new CertificationGranted(U, id, "STANDARDIZATION", level, "证" + id, "平湖市应急管理局", on, expires, null, null);
    }
}

package com.safetycredit.ledger.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import com.safetycredit.ledger.rules.domain.ListingGrounds.AccidentFact;
import com.safetycredit.ledger.rules.domain.ListingGrounds.Grounds;
import com.safetycredit.ledger.rules.domain.ListingGrounds.PenaltyFact;
import com.safetycredit.ledger.rules.labels.Labels;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RULES.md §3: each listing basis against the facts the ledger holds (应急管理部令第11号 第六条). */
class ListingGroundsTest {

    private static final LocalDate PENALIZED = LocalDate.of(2024, 6, 1);
    private static final PenaltyFact PENALTY = new PenaltyFact("pen-1", "罚-pen-1", PENALIZED, 500_000, null);

    private static AccidentFact accident(String id, String grade, LocalDate on) {
        return new AccidentFact(id, "PRODUCTION", grade, on, false, Map.of());
    }

    private static LedgerProblem refused(
            int basis, PenaltyFact penalty, List<AccidentFact> accidents, String override) {
        return catchThrowableOfType(
                LedgerProblem.class, () -> ListingGrounds.check(basis, penalty, accidents, override));
    }

    @Test
    void basisOneNeedsAMajorOrExtraordinaryProductionAccidentBeforeThePenalty() {
        LedgerProblem none = refused(1, PENALTY, List.of(accident("a-large", "LARGE", PENALIZED.minusMonths(2))), null);
        assertThat(none).isInstanceOf(ConflictException.class);
        assertThat(none.code()).isEqualTo("listing-grounds-missing");
        assertThat(none.field()).isEqualTo("basis");
        assertThat(Labels.explain(none, Locale.SIMPLIFIED_CHINESE)).contains("（一）特别重大、重大生产安全事故", "特别重大或重大生产安全事故");
        assertThat(Labels.explain(none, Locale.ENGLISH)).contains("basis (1)", "extraordinary or major");

        Grounds grounds = ListingGrounds.check(
                1,
                PENALTY,
                List.of(
                        accident("a-large", "LARGE", PENALIZED.minusMonths(2)),
                        accident("a-major", "MAJOR", PENALIZED.minusMonths(1))),
                null);
        assertThat(grounds.factIds()).containsExactly("a-major");
        assertThat(grounds.overrideReason()).isNull();
    }

    @Test
    void anAccidentAfterThePenaltyARetractedOneOrACommutingDeathGroundsNothing() {
        assertThat(refused(1, PENALTY, List.of(accident("later", "MAJOR", PENALIZED.plusDays(1))), null))
                .isNotNull();
        assertThat(refused(
                        1,
                        PENALTY,
                        List.of(new AccidentFact("gone", "PRODUCTION", "MAJOR", PENALIZED, true, Map.of())),
                        null))
                .isNotNull();
        assertThat(refused(
                        1,
                        PENALTY,
                        List.of(new AccidentFact(
                                "road", "COMMUTING_ROAD_TRAFFIC", "MAJOR", PENALIZED, false, Map.of())),
                        null))
                .isNotNull();
        assertThat(ListingGrounds.check(1, PENALTY, List.of(accident("same-day", "MAJOR", PENALIZED)), null)
                        .factIds())
                .containsExactly("same-day");
    }

    /** Two 较大 accidents 366 days apart across 29 February are within 12 months; a day more is not. */
    @Test
    void basisTwoNeedsTwoLargeAccidentsWithinTwelveCalendarMonths() {
        LocalDate first = LocalDate.of(2023, 3, 1);
        PenaltyFact penalty = new PenaltyFact("pen-2", "罚-pen-2", LocalDate.of(2024, 5, 1), 2_000_000, null);
        assertThat(ListingGrounds.check(
                                2,
                                penalty,
                                List.of(
                                        accident("a1", "LARGE", first),
                                        accident("a2", "LARGE", LocalDate.of(2024, 2, 29))),
                                null)
                        .factIds())
                .containsExactly("a1", "a2");
        LedgerProblem apart = refused(
                2,
                penalty,
                List.of(accident("a1", "LARGE", first), accident("a2", "LARGE", LocalDate.of(2024, 3, 1))),
                null);
        assertThat(apart.code()).isEqualTo("listing-grounds-missing");
        assertThat(Labels.explain(apart, Locale.SIMPLIFIED_CHINESE)).contains("12个月内两起以上较大");
        assertThat(refused(
                        2,
                        penalty,
                        List.of(accident("a1", "LARGE", first), accident("a2", "GENERAL", first.plusMonths(2))),
                        null))
                .isNotNull();
        // a 重大 accident is at least as grave as a 较大 one
        assertThat(ListingGrounds.check(
                                2,
                                penalty,
                                List.of(accident("a1", "MAJOR", first), accident("a2", "LARGE", first.plusMonths(11))),
                                null)
                        .factIds())
                .containsExactly("a1", "a2");
    }

    @Test
    void basisThreeNeedsAnAccidentAndAFineOfAtLeastTwiceTheArticle114Minimum() {
        List<AccidentFact> general = List.of(accident("a1", "GENERAL", PENALIZED.minusMonths(1)));
        assertThat(refused(3, new PenaltyFact("p", "罚-p", PENALIZED, 599_999, null), general, null))
                .isNotNull();
        assertThat(ListingGrounds.check(3, new PenaltyFact("p", "罚-p", PENALIZED, 600_000, null), general, null)
                        .factIds())
                .containsExactly("a1");
        List<AccidentFact> large = List.of(accident("a2", "LARGE", PENALIZED.minusMonths(1)));
        assertThat(refused(3, new PenaltyFact("p", "罚-p", PENALIZED, 1_999_999, null), large, null))
                .isNotNull();
        assertThat(refused(3, new PenaltyFact("p", "罚-p", PENALIZED, 5_000_000, null), List.of(), null))
                .isNotNull();
    }

    @Test
    void basisFourNeedsAConcealedOrFalselyReportedAccidentNotALateOne() {
        AccidentFact late = new AccidentFact(
                "a1",
                "PRODUCTION",
                "GENERAL",
                PENALIZED.minusMonths(3),
                false,
                Map.of("LATE", PENALIZED.minusMonths(1), "OMITTED", PENALIZED.minusMonths(1)));
        LedgerProblem lateOnly = refused(4, PENALTY, List.of(late), null);
        assertThat(Labels.explain(lateOnly, Locale.SIMPLIFIED_CHINESE)).contains("瞒报或谎报", "迟报、漏报不构成本项");
        AccidentFact concealed = new AccidentFact(
                "a2",
                "PRODUCTION",
                "GENERAL",
                PENALIZED.minusMonths(3),
                false,
                Map.of("CONCEALED", PENALIZED.minusDays(10)));
        assertThat(ListingGrounds.check(4, PENALTY, List.of(late, concealed), null)
                        .factIds())
                .containsExactly("a2");
        AccidentFact foundLater = new AccidentFact(
                "a3",
                "PRODUCTION",
                "GENERAL",
                PENALIZED.minusMonths(3),
                false,
                Map.of("FALSELY_REPORTED", PENALIZED.plusDays(1)));
        assertThat(refused(4, PENALTY, List.of(foundLater), null)).isNotNull();
    }

    @Test
    void basisSixNeedsThePenaltyToPunishAPermitViolation() {
        LedgerProblem none = refused(6, PENALTY, List.of(), null);
        assertThat(none.code()).isEqualTo("listing-grounds-missing");
        assertThat(Labels.explain(none, Locale.SIMPLIFIED_CHINESE)).contains("无证或证照暂扣、吊销期间生产经营");
        assertThat(ListingGrounds.check(
                                6,
                                new PenaltyFact("pen-6", "罚-pen-6", PENALIZED, 300_000, "WITHOUT_PERMIT"),
                                List.of(),
                                null)
                        .factIds())
                .containsExactly("pen-6");
    }

    @Test
    void basisNineRestsOnTheSeriousPenaltyItself() {
        assertThat(ListingGrounds.check(9, PENALTY, List.of(), null)).isEqualTo(new Grounds(List.of("pen-1"), null));
    }

    @Test
    void basesFiveAndEightLiveOutsideTheLedgerAndNeedTheReviewersReason() {
        for (int basis : new int[] {5, 8}) {
            LedgerProblem bare = refused(basis, PENALTY, List.of(), null);
            assertThat(bare.code()).isEqualTo("grounds-override-required");
            assertThat(bare.field()).isEqualTo("groundsOverride.reason");
            assertThat(refused(basis, PENALTY, List.of(), "   ")).isNotNull();
            assertThat(ListingGrounds.check(basis, PENALTY, List.of(), " 事故调查报告认定主要负责人擅离职守 "))
                    .isEqualTo(new Grounds(List.of(), "事故调查报告认定主要负责人擅离职守"));
        }
    }

    @Test
    void aBasisWhoseFactsTheLedgerRecordsTakesNoOverride() {
        LedgerProblem overridden = refused(1, PENALTY, List.of(), "事故发生在外地");
        assertThat(overridden.code()).isEqualTo("grounds-override-not-allowed");
        assertThat(refused(9, PENALTY, List.of(), "x").code()).isEqualTo("grounds-override-not-allowed");
    }

    @Test
    void basisSevenIsForAgenciesOnlyEvenWithAReason() {
        for (String override : new String[] {null, "评价机构出具虚假报告"}) {
            LedgerProblem agency = refused(7, PENALTY, List.of(), override);
            assertThat(agency).isInstanceOf(InvalidInputException.class);
            assertThat(agency.code()).isEqualTo("agency-only-basis");
            assertThat(Labels.explain(agency, Locale.SIMPLIFIED_CHINESE)).contains("中介机构");
            assertThat(Labels.explain(agency, Locale.ENGLISH)).contains("agencies only");
        }
        assertThatThrownBy(() -> ListingGrounds.check(10, PENALTY, List.of(), null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void basisFiveAndOnlyBasisFiveNamesThePrincipal() {
        assertThat(ListingGrounds.namesPrincipal(5)).isTrue();
        for (int basis = 1; basis <= 9; basis++) {
            if (basis == 5) {
                continue;
            }
            assertThat(ListingGrounds.namesPrincipal(basis))
                    .as("basis %d", basis)
                    .isFalse();
            int other = basis;
            LedgerProblem named =
                    (LedgerProblem) catchThrowable(() -> ListingGrounds.checkPrincipalNamed(other, "ZJ-PR-001"));
            assertThat(named.code()).as("basis %d", basis).isEqualTo("principal-not-allowed");
            ListingGrounds.checkPrincipalNamed(basis, null); // nothing named: fine
        }
        LedgerProblem missing = (LedgerProblem) catchThrowable(() -> ListingGrounds.checkPrincipalNamed(5, " "));
        assertThat(missing.code()).isEqualTo("principal-required");
        assertThat(missing.field()).isEqualTo("principalRegistrationNo");
        assertThat(Labels.explain(missing, Locale.SIMPLIFIED_CHINESE))
                .contains("主要负责人")
                .contains("注册号");
        ListingGrounds.checkPrincipalNamed(5, "ZJ-PR-001");
    }
}

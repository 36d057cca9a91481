package com.safetycredit.ledger.command.enterprise;

import static com.safetycredit.ledger.command.enterprise.EnterpriseFixtures.USCC;
import static com.safetycredit.ledger.command.enterprise.EnterpriseFixtures.registered;
import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.commands.DecideRedList;
import com.safetycredit.ledger.contracts.commands.ExpireRedListDecision;
import com.safetycredit.ledger.contracts.commands.ImposePenalty;
import com.safetycredit.ledger.contracts.commands.RecordHazard;
import com.safetycredit.ledger.contracts.commands.RecordPartnerListEntry;
import com.safetycredit.ledger.contracts.commands.RectifyHazard;
import com.safetycredit.ledger.contracts.commands.ReportAccident;
import com.safetycredit.ledger.contracts.commands.ResumeProduction;
import com.safetycredit.ledger.contracts.commands.RevokeRedListDecision;
import com.safetycredit.ledger.contracts.events.accident.AccidentReported;
import com.safetycredit.ledger.contracts.events.hazard.HazardFound;
import com.safetycredit.ledger.contracts.events.hazard.HazardRectified;
import com.safetycredit.ledger.contracts.events.partner.PartnerListEntryRecorded;
import com.safetycredit.ledger.contracts.events.penalty.PenaltyImposed;
import com.safetycredit.ledger.contracts.events.redlist.RedListDecided;
import com.safetycredit.ledger.contracts.events.redlist.RedListDecisionExpired;
import com.safetycredit.ledger.contracts.events.redlist.RedListDecisionLost;
import com.safetycredit.ledger.contracts.events.redlist.RedListDecisionRevoked;
import com.safetycredit.ledger.contracts.events.suspension.ProductionResumed;
import com.safetycredit.ledger.contracts.events.suspension.SuspensionOrdered;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.CriteriaNotMetException;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.rules.credit.Evidence;
import com.safetycredit.ledger.rules.credit.RedListCriteria;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RULES.md §12 through the aggregate: hazards and resumption, red-list decisions, their loss and expiry. */
class SupervisionRulesTest {

    private static final LocalDate DECIDED = LocalDate.of(2026, 3, 2);
    private static final Clock ON_THE_DAY =
            Clock.fixed(DECIDED.atTime(10, 0).toInstant(ZoneOffset.ofHours(8)), ZoneOffset.ofHours(8));

    private AggregateTestFixture<EnterpriseAggregate> fixture;
    /** What the fake check answers: the criteria missed on each day it is asked about. */
    private final List<Evidence> missed = new ArrayList<>();

    private final List<LocalDate> askedAbout = new ArrayList<>();
    /** The adverse facts it finds in a decision's term, and up to which day it was asked to look. */
    private final List<Evidence> inTerm = new ArrayList<>();

    private final List<LocalDate> termAskedUntil = new ArrayList<>();

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(EnterpriseAggregate.class);
        fixture.registerInjectableResource(new RedListCheck() {
            @Override
            public RuleSet ruleSet() {
                return new RuleSet("RED_LIST_SAWS_2017_133", 2, 3, 3);
            }

            @Override
            public RedListCriteria.Check check(String uscc, LocalDate day) {
                askedAbout.add(day);
                return new RedListCriteria.Check(
                        List.of(new Evidence("STANDARDIZATION", "安全生产标准化1级", List.of(2L))), List.copyOf(missed));
            }

            @Override
            public List<Evidence> adverseFactsInTerm(String uscc, LocalDate decidedOn, LocalDate until) {
                termAskedUntil.add(until);
                return List.copyOf(inTerm);
            }
        });
        fixture.registerInjectableResource(ON_THE_DAY);
    }

    private static RedListDecided decided() {
        return new RedListDecided(
                USCC,
                "red-1",
                DECIDED,
                "平应急信〔2026〕1号",
                "平湖市应急管理局",
                DECIDED.plusYears(3),
                "RED_LIST_SAWS_2017_133",
                2,
                3,
                List.of(2L));
    }

    private static HazardFound majorHazard(LocalDate foundOn) {
        return new HazardFound(USCC, "hzd-1", foundOn, "液氨储罐区未设置泄漏报警", true, "嘉应急督〔2026〕2号", foundOn.plusDays(30));
    }

    @Test
    void aDecisionIsRecordedWhenTheCriteriaHoldForItsTermOfThreeYears() {
        fixture.given(registered())
                .when(new DecideRedList(USCC, "red-1", DECIDED, "平应急信〔2026〕1号", "平湖市应急管理局"))
                .expectEvents(decided());
        assertThat(askedAbout).containsExactly(DECIDED);
    }

    @Test
    void aDecisionIsRefusedNamingEveryCriterionMissed() {
        missed.add(new Evidence("NO_PUBLIC_COMMITMENT", "3年内无信用承诺记录", List.of()));
        missed.add(new Evidence("PENALTY_WITHIN_LOOK_BACK", "3年内受到行政处罚", List.of(7L)));
        fixture.given(registered())
                .when(new DecideRedList(USCC, "red-1", DECIDED, "平应急信〔2026〕1号", "平湖市应急管理局"))
                .expectException(CriteriaNotMetException.class)
                .expectExceptionMessage(Matchers.containsString("NO_PUBLIC_COMMITMENT"))
                .expectNoEvents();
    }

    @Test
    void aDecisionRecordedLateIsCheckedOnItsDayAndForAdverseFactsInItsTermUpToToday() {
        LocalDate decidedOn = DECIDED.minusYears(1);
        fixture.given(registered())
                .when(new DecideRedList(USCC, "red-1", decidedOn, "平应急信〔2025〕1号", "平湖市应急管理局"))
                .expectSuccessfulHandlerExecution();
        // the criteria on its day only: a certificate that expired since does not undo it
        assertThat(askedAbout).containsExactly(decidedOn);
        assertThat(termAskedUntil).containsExactly(DECIDED);

        inTerm.add(new Evidence("ADVERSE_FACT_IN_TERM", "认定期间内的失信事实：行政处罚", List.of(9L)));
        fixture.given(registered())
                .when(new DecideRedList(USCC, "red-1", decidedOn, "平应急信〔2025〕1号", "平湖市应急管理局"))
                .expectException(CriteriaNotMetException.class)
                .expectExceptionMessage(Matchers.containsString("ADVERSE_FACT_IN_TERM"))
                .expectNoEvents();
    }

    @Test
    void aDecisionWhoseTermHasEndedIsCheckedUpToItsLastDayNotToday() {
        LocalDate decidedOn = LocalDate.of(2020, 2, 29);
        fixture.given(registered())
                .when(new DecideRedList(USCC, "red-1", decidedOn, "平应急信〔2020〕1号", "平湖市应急管理局"))
                .expectSuccessfulHandlerExecution();
        // in force on [2020-02-29, 2023-02-28): its last day is 2023-02-27
        assertThat(termAskedUntil).containsExactly(LocalDate.of(2023, 2, 27));
    }

    @Test
    void aSecondDecisionIsRefusedWhileOneIsInForce() {
        fixture.given(registered(), decided())
                .when(new DecideRedList(USCC, "red-2", DECIDED, "平应急信〔2026〕2号", "平湖市应急管理局"))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aPenaltyInTheTermEndsTheDecisionOnItsDayInTheSameCommit() {
        LocalDate day = LocalDate.of(2026, 3, 1).plusDays(10);
        fixture.given(registered(), decided())
                .when(new ImposePenalty(USCC, "pen-1", "罚-1", day, "未按规定培训", 20_000, false, false))
                .expectEvents(
                        new PenaltyImposed(USCC, "pen-1", "罚-1", day, "未按规定培训", 20_000, false, false),
                        new RedListDecisionLost(USCC, "red-1", day, "PenaltyImposed", "pen-1"));
    }

    /** A penalty of 2 years before the decision, recorded late, failed the criteria: the decision is lost as of its day. */
    @Test
    void aPenaltyWithinTheLookBackRecordedLateEndsItAsOfTheDecisionsDay() {
        LocalDate twoYearsBefore = DECIDED.minusYears(2);
        fixture.given(registered(), decided())
                .when(new ImposePenalty(USCC, "pen-1", "罚-1", twoYearsBefore, "v", 1_000, false, false))
                .expectEvents(
                        new PenaltyImposed(USCC, "pen-1", "罚-1", twoYearsBefore, "v", 1_000, false, false),
                        new RedListDecisionLost(USCC, "red-1", DECIDED, "PenaltyImposed", "pen-1"));
        LocalDate threeYearsBefore = DECIDED.minusYears(3);
        fixture.given(registered(), decided())
                .when(new ImposePenalty(USCC, "pen-2", "罚-2", threeYearsBefore, "v", 1_000, false, false))
                .expectEvents(new PenaltyImposed(USCC, "pen-2", "罚-2", threeYearsBefore, "v", 1_000, false, false));
    }

    @Test
    void aCommutingDeathEndsNothingAWorkAccidentDoes() {
        LocalDate day = DECIDED.plusDays(5);
        OffsetDateTime at = day.atTime(8, 0).atOffset(ZoneOffset.ofHours(8));
        fixture.given(registered(), decided())
                .when(new ReportAccident(USCC, "acc-1", at, "COMMUTING_ROAD_TRAFFIC", 1, 0, 0, 0, false, "R-1", "上班途中"))
                .expectEvents(new AccidentReported(
                        USCC, "acc-1", at, day, "COMMUTING_ROAD_TRAFFIC", 1, 0, 0, 0, false, "GENERAL", "R-1", "上班途中"));
        fixture.given(registered(), decided())
                .when(new ReportAccident(USCC, "acc-2", at, "PRODUCTION", 0, 1, 0, 1_000, false, "R-2", "机械伤害"))
                .expectEvents(
                        new AccidentReported(
                                USCC, "acc-2", at, day, "PRODUCTION", 0, 1, 0, 1_000, false, "GENERAL", "R-2", "机械伤害"),
                        new RedListDecisionLost(USCC, "red-1", day, "AccidentReported", "acc-2"));
    }

    @Test
    void anotherDepartmentsEntryEndsTheDecisionAndIsRecordedOncePerDecision() {
        PartnerListEntryRecorded entry = new PartnerListEntryRecorded(
                USCC, "ptn-1", "TAXATION", "重大税收违法失信主体", "税〔2026〕3号", DECIDED.plusDays(1), null);
        fixture.given(registered(), decided())
                .when(new RecordPartnerListEntry(
                        USCC, "ptn-1", "TAXATION", "重大税收违法失信主体", "税〔2026〕3号", DECIDED.plusDays(1), null))
                .expectEvents(
                        entry,
                        new RedListDecisionLost(
                                USCC, "red-1", DECIDED.plusDays(1), "PartnerListEntryRecorded", "ptn-1"));
        fixture.given(registered(), entry)
                .when(new RecordPartnerListEntry(
                        USCC, "ptn-2", "TAXATION", "重大税收违法失信主体", "税〔2026〕3号", DECIDED.plusDays(1), null))
                .expectException(ConflictException.class);
        fixture.given(registered())
                .when(new RecordPartnerListEntry(
                        USCC, "ptn-3", "TAXATION", "重大税收违法失信主体", "税〔2026〕4号", DECIDED, DECIDED))
                .expectException(InvalidInputException.class);
    }

    @Test
    void theSweepEndsADecisionOnItsLastDayAndNotBefore() {
        fixture.given(registered(), decided())
                .when(new ExpireRedListDecision(
                        USCC, "red-1", DECIDED.plusYears(3).minusDays(1)))
                .expectNoEvents();
        fixture.given(registered(), decided())
                .when(new ExpireRedListDecision(USCC, "red-1", DECIDED.plusYears(3)))
                .expectEvents(new RedListDecisionExpired(USCC, "red-1", DECIDED.plusYears(3)));
        fixture.given(
                        registered(),
                        decided(),
                        new RedListDecisionRevoked(USCC, "red-1", DECIDED.plusDays(1), "撤-1", "承诺失实"))
                .when(new ExpireRedListDecision(USCC, "red-1", DECIDED.plusYears(3)))
                .expectNoEvents();
        fixture.given(
                        registered(),
                        decided(),
                        new RedListDecisionRevoked(USCC, "red-1", DECIDED.plusDays(1), "撤-1", "承诺失实"))
                .when(new RevokeRedListDecision(USCC, "red-1", DECIDED.plusDays(2), "撤-2", "again"))
                .expectException(ConflictException.class);
    }

    @Test
    void aMajorHazardEndsTheDecisionAndIsRectifiedOnce() {
        LocalDate found = DECIDED.plusDays(3);
        fixture.given(registered(), decided())
                .when(new RecordHazard(USCC, "hzd-1", found, "液氨储罐区未设置泄漏报警", true, "嘉应急督〔2026〕2号", found.plusDays(30)))
                .expectEvents(
                        majorHazard(found), new RedListDecisionLost(USCC, "red-1", found, "HazardFound", "hzd-1"));
        fixture.given(registered(), majorHazard(found))
                .when(new RectifyHazard(USCC, "hzd-1", found.minusDays(1), "平湖市应急管理局"))
                .expectException(ConflictException.class);
        fixture.given(
                        registered(),
                        majorHazard(found),
                        new HazardRectified(USCC, "hzd-1", found.plusDays(5), "平湖市应急管理局"))
                .when(new RectifyHazard(USCC, "hzd-1", found.plusDays(6), "平湖市应急管理局"))
                .expectException(ConflictException.class);
    }

    /** RULES.md §12: a rectified enterprise may resume — verified on the day of resumption is in time, the day after is not. */
    @Test
    void productionResumesOnlyOnceEveryMajorHazardIsVerifiedRectified() {
        LocalDate found = LocalDate.of(2026, 4, 1);
        LocalDate resumed = LocalDate.of(2026, 5, 10);
        SuspensionOrdered ordered = new SuspensionOrdered(USCC, "sus-1", found, "停〔2026〕1号", "重大事故隐患");
        fixture.given(registered(), majorHazard(found), ordered)
                .when(new ResumeProduction(USCC, "sus-1", resumed, "复〔2026〕1号"))
                .expectException(ConflictException.class)
                .expectExceptionMessage(Matchers.allOf(
                        Matchers.containsString("ref.hazardFound[2026-04-01, 液氨储罐区未设置泄漏报警]"),
                        Matchers.not(Matchers.containsString("hzd-1"))));
        fixture.given(
                        registered(),
                        majorHazard(found),
                        ordered,
                        new HazardRectified(USCC, "hzd-1", resumed.plusDays(1), "平湖市应急管理局"))
                .when(new ResumeProduction(USCC, "sus-1", resumed, "复〔2026〕1号"))
                .expectException(ConflictException.class);
        fixture.given(
                        registered(),
                        majorHazard(found),
                        ordered,
                        new HazardRectified(USCC, "hzd-1", resumed, "平湖市应急管理局"))
                .when(new ResumeProduction(USCC, "sus-1", resumed, "复〔2026〕1号"))
                .expectEvents(new ProductionResumed(USCC, "sus-1", resumed, "复〔2026〕1号"));
        fixture.given(registered(), ordered)
                .when(new ResumeProduction(USCC, "sus-1", found.minusDays(1), "复〔2026〕1号"))
                .expectException(ConflictException.class);
    }
}

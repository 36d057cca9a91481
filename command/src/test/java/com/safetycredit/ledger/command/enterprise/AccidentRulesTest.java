package com.safetycredit.ledger.command.enterprise;

import static com.safetycredit.ledger.command.enterprise.EnterpriseFixtures.USCC;
import static com.safetycredit.ledger.command.enterprise.EnterpriseFixtures.registered;

import com.safetycredit.ledger.contracts.commands.ConcludeAccident;
import com.safetycredit.ledger.contracts.commands.ReportAccident;
import com.safetycredit.ledger.contracts.commands.RetractAccident;
import com.safetycredit.ledger.contracts.commands.ReviseAccidentCasualties;
import com.safetycredit.ledger.contracts.events.accident.AccidentCasualtiesRevised;
import com.safetycredit.ledger.contracts.events.accident.AccidentConcluded;
import com.safetycredit.ledger.contracts.events.accident.AccidentReported;
import com.safetycredit.ledger.contracts.events.accident.AccidentRetracted;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.rules.domain.AccidentGrade;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RULES.md §2 through the aggregate: grades at every boundary, revisions in their window, corrections. */
class AccidentRulesTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2021, 5, 1, 14, 30, 0, 0, ZoneOffset.ofHours(8));
    private static final LocalDate DAY = LocalDate.of(2021, 5, 1);

    private AggregateTestFixture<EnterpriseAggregate> fixture;

    @BeforeEach
    void fixture() {
        fixture = EnterpriseFixtures.fixture();
    }

    private static ReportAccident report(String id, String category, int deaths, int injuries, long loss) {
        return new ReportAccident(USCC, id, AT, category, deaths, injuries, 0, loss, false, "R-" + id, "储罐泄漏");
    }

    private static AccidentReported reported(
            String id, String category, int deaths, int injuries, long loss, String grade) {
        return new AccidentReported(
                USCC, id, AT, DAY, category, deaths, injuries, 0, loss, false, grade, "R-" + id, "储罐泄漏");
    }

    @ParameterizedTest(name = "{0}/{1}/{2} → {3}")
    @CsvSource({
        "2, 0, 0, GENERAL",
        "3, 0, 0, LARGE",
        "9, 0, 0, LARGE",
        "10, 0, 0, MAJOR",
        "29, 0, 0, MAJOR",
        "30, 0, 0, EXTRAORDINARY",
        "0, 9, 0, GENERAL",
        "0, 10, 0, LARGE",
        "0, 49, 0, LARGE",
        "0, 50, 0, MAJOR",
        "0, 99, 0, MAJOR",
        "0, 100, 0, EXTRAORDINARY",
        "0, 0, 9999999, GENERAL",
        "0, 0, 10000000, LARGE",
        "0, 0, 50000000, MAJOR",
        "0, 0, 100000000, EXTRAORDINARY"
    })
    void aReportedAccidentCarriesTheGradeOfItsHighestMeasure(int deaths, int injuries, long loss, String grade) {
        fixture.given(registered())
                .when(report("a1", "PRODUCTION", deaths, injuries, loss))
                .expectEvents(reported("a1", "PRODUCTION", deaths, injuries, loss, grade))
                .expectResultMessagePayload(AccidentGrade.valueOf(grade));
    }

    @Test
    void aRevisionOnTheThirtiethDayRecomputesTheGrade() {
        fixture.given(registered(), reported("a1", "PRODUCTION", 2, 0, 0, "GENERAL"))
                .when(new ReviseAccidentCasualties(USCC, "a1", 3, 0, 0, 0, DAY.plusDays(30), "伤者抢救无效死亡"))
                .expectEvents(
                        new AccidentCasualtiesRevised(USCC, "a1", 3, 0, 0, 0, "LARGE", DAY.plusDays(30), "伤者抢救无效死亡"));
    }

    @Test
    void aRevisionOnTheThirtyFirstDayIsRefused() {
        fixture.given(registered(), reported("a1", "PRODUCTION", 2, 0, 0, "GENERAL"))
                .when(new ReviseAccidentCasualties(USCC, "a1", 3, 0, 0, 0, DAY.plusDays(31), "late"))
                .expectException(ConflictException.class)
                .expectExceptionMessage(Matchers.containsString("revision-window-closed"))
                .expectNoEvents();
    }

    @Test
    void fireAndRoadTrafficAccidentsMayBeRevisedForSevenDaysOnly() {
        fixture.given(registered(), reported("f1", "FIRE", 1, 0, 0, "GENERAL"))
                .when(new ReviseAccidentCasualties(USCC, "f1", 3, 0, 0, 0, DAY.plusDays(7), "复核"))
                .expectEvents(new AccidentCasualtiesRevised(USCC, "f1", 3, 0, 0, 0, "LARGE", DAY.plusDays(7), "复核"));
        fixture.given(registered(), reported("r1", "ROAD_TRAFFIC", 1, 0, 0, "GENERAL"))
                .when(new ReviseAccidentCasualties(USCC, "r1", 3, 0, 0, 0, DAY.plusDays(8), "复核"))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aRevisionDatedBeforeTheAccidentIsOutOfOrder() {
        fixture.given(registered(), reported("a1", "PRODUCTION", 2, 0, 0, "GENERAL"))
                .when(new ReviseAccidentCasualties(USCC, "a1", 3, 0, 0, 0, DAY.minusDays(1), "typo"))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void theSameReportCannotBeRecordedTwice() {
        fixture.given(registered(), reported("a1", "PRODUCTION", 2, 0, 0, "GENERAL"))
                .when(new ReportAccident(USCC, "a2", AT, "PRODUCTION", 2, 0, 0, 0, false, "R-a1", "again"))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void conclusionIsRecordedOnceAndNotBeforeTheAccident() {
        fixture.given(registered(), reported("a1", "PRODUCTION", 1, 0, 0, "GENERAL"))
                .when(new ConcludeAccident(USCC, "a1", true, DAY.plusDays(60), "平应急批〔2021〕8号"))
                .expectEvents(new AccidentConcluded(USCC, "a1", true, DAY.plusDays(60), "平应急批〔2021〕8号"));
        fixture.given(
                        registered(),
                        reported("a1", "PRODUCTION", 1, 0, 0, "GENERAL"),
                        new AccidentConcluded(USCC, "a1", true, DAY.plusDays(60), "x"))
                .when(new ConcludeAccident(USCC, "a1", false, DAY.plusDays(61), "y"))
                .expectException(ConflictException.class)
                .expectNoEvents();
        fixture.given(registered(), reported("a1", "PRODUCTION", 1, 0, 0, "GENERAL"))
                .when(new ConcludeAccident(USCC, "a1", true, DAY.minusDays(1), "x"))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aRetractedAccidentStaysInHistoryButCannotBeRevisedOrRetractedAgain() {
        AccidentRetracted retracted = new AccidentRetracted(USCC, "a1", "录入错误", DAY.plusDays(2));
        fixture.given(registered(), reported("a1", "PRODUCTION", 1, 0, 0, "GENERAL"))
                .when(new RetractAccident(USCC, "a1", "录入错误", DAY.plusDays(2)))
                .expectEvents(retracted);
        fixture.given(registered(), reported("a1", "PRODUCTION", 1, 0, 0, "GENERAL"), retracted)
                .when(new ReviseAccidentCasualties(USCC, "a1", 3, 0, 0, 0, DAY.plusDays(3), "x"))
                .expectException(ConflictException.class)
                .expectNoEvents();
        fixture.given(registered(), reported("a1", "PRODUCTION", 1, 0, 0, "GENERAL"), retracted)
                .when(new RetractAccident(USCC, "a1", "again", DAY.plusDays(3)))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void anUnknownAccidentIsNotFound() {
        fixture.given(registered())
                .when(new ConcludeAccident(USCC, "nope", true, DAY, "x"))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }
}

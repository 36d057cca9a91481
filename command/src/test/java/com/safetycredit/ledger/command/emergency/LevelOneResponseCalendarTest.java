package com.safetycredit.ledger.command.emergency;

import com.safetycredit.ledger.contracts.commands.DeclareLevelOneResponse;
import com.safetycredit.ledger.contracts.commands.EndLevelOneResponse;
import com.safetycredit.ledger.contracts.events.emergency.LevelOneResponseDeclared;
import com.safetycredit.ledger.contracts.events.emergency.LevelOneResponseEnded;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The calendar of level-one responses: periods entered and ended in order, each end once. */
class LevelOneResponseCalendarTest {

    private static final String ID = LevelOneResponseCalendarAggregate.ID;
    private static final LocalDate FROM = LocalDate.of(2024, 7, 28);
    private AggregateTestFixture<LevelOneResponseCalendarAggregate> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(LevelOneResponseCalendarAggregate.class);
    }

    private static LevelOneResponseDeclared declared() {
        return new LevelOneResponseDeclared("lvr-1", "330000", FROM, null, "浙防指〔2024〕5号", "台风一级应急响应");
    }

    @Test
    void aPeriodIsEnteredAndEndedOnce() {
        fixture.givenNoPriorActivity()
                .when(new DeclareLevelOneResponse(ID, "lvr-1", "330000", FROM, null, "浙防指〔2024〕5号", "台风一级应急响应"))
                .expectEvents(declared());
        fixture.given(declared())
                .when(new EndLevelOneResponse(ID, "lvr-1", FROM, "浙防指〔2024〕6号"))
                .expectEvents(new LevelOneResponseEnded("lvr-1", FROM, "浙防指〔2024〕6号"));
        fixture.given(declared(), new LevelOneResponseEnded("lvr-1", FROM.plusDays(2), "浙防指〔2024〕6号"))
                .when(new EndLevelOneResponse(ID, "lvr-1", FROM.plusDays(3), "浙防指〔2024〕7号"))
                .expectException(ConflictException.class);
    }

    @Test
    void impossibleDatesAndUnknownPeriodsAreRefused() {
        fixture.givenNoPriorActivity()
                .when(new DeclareLevelOneResponse(ID, "lvr-1", "330000", FROM, FROM.minusDays(1), "d", null))
                .expectException(InvalidInputException.class);
        fixture.given(declared())
                .when(new EndLevelOneResponse(ID, "lvr-1", FROM.minusDays(1), "d"))
                .expectException(InvalidInputException.class);
        fixture.given(declared())
                .when(new EndLevelOneResponse(ID, "lvr-9", FROM, "d"))
                .expectException(NotFoundException.class);
    }
}

package com.safetycredit.ledger.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.events.emergency.LevelOneResponseDeclared;
import com.safetycredit.ledger.contracts.events.emergency.LevelOneResponseEnded;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The calendar of level-one responses: a period covers its region and those within it, first and last day included. */
class LevelOneResponsesTest {

    @Test
    void aPeriodCoversItsRegionAndSubRegionsFromItsFirstToItsLastDay() {
        LevelOneResponses calendar = new LevelOneResponses()
                .apply(new LevelOneResponseDeclared(
                        "p1", "330000", LocalDate.of(2024, 7, 28), null, "浙防指〔2024〕5号", "台风“格美”防汛一级应急响应"));
        assertThat(calendar.covering("330482", LocalDate.of(2024, 7, 27))).isEmpty();
        assertThat(calendar.covering("330482", LocalDate.of(2024, 7, 28))).isPresent();
        assertThat(calendar.covering("330482", LocalDate.of(2025, 1, 1))).isPresent(); // still in force
        calendar.apply(new LevelOneResponseEnded("p1", LocalDate.of(2024, 7, 30), "浙防指〔2024〕6号"));
        assertThat(calendar.covering("330482", LocalDate.of(2024, 7, 30))).isPresent();
        assertThat(calendar.covering("330482", LocalDate.of(2024, 7, 31))).isEmpty();

        calendar.apply(new LevelOneResponseDeclared(
                "p2", "330421", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 3), "善防指〔2025〕1号", "嘉善县一级响应"));
        assertThat(calendar.covering("330421", LocalDate.of(2025, 5, 2))
                        .orElseThrow()
                        .id())
                .isEqualTo("p2");
        assertThat(calendar.covering("330482", LocalDate.of(2025, 5, 2))).isEmpty(); // Pinghu is not in Jiashan
    }
}

package com.safetycredit.ledger.rules.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.events.accident.AccidentReported;
import com.safetycredit.ledger.contracts.events.accident.AccidentRetracted;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.contracts.events.hazard.HazardFound;
import com.safetycredit.ledger.contracts.events.penalty.PenaltyImposed;
import com.safetycredit.ledger.contracts.events.suspension.SuspensionOrdered;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RULES.md §12: the adverse facts inside a red-list decision's term, both ends included, and only those. */
class RedListTermTest {

    private static final String USCC = "91330482MA28A1B56G";
    private static final LocalDate DECIDED = LocalDate.of(2025, 3, 1);
    private static final LocalDate UNTIL = LocalDate.of(2026, 6, 1);
    private EnterpriseRecord record;
    private long position;

    @BeforeEach
    void registered() {
        record = new EnterpriseRecord();
        position = 0;
        add(new EnterpriseRegistered(USCC, "示例", "MANUFACTURING", "330482", null, null, LocalDate.of(2018, 1, 2)));
    }

    private long add(Object event) {
        record.apply(event, ++position);
        return position;
    }

    private List<Evidence> inTerm() {
        return RedListTerm.adverseFacts(record, DECIDED, UNTIL);
    }

    private long penalty(LocalDate day) {
        return add(new PenaltyImposed(USCC, "p-" + day, "罚-" + day, day, "v", 1000, false, false));
    }

    private void accident(String id, LocalDate day, String category) {
        add(new AccidentReported(
                USCC,
                id,
                OffsetDateTime.of(day.atTime(9, 0), ZoneOffset.ofHours(8)),
                day,
                category,
                0,
                1,
                0,
                0,
                false,
                "GENERAL",
                "R" + id,
                ""));
    }

    @Test
    void aPenaltyCountsFromTheDecisionsDayToTheLastDayLookedAt() {
        penalty(DECIDED.minusDays(1));
        penalty(UNTIL.plusDays(1));
        assertThat(inTerm()).isEmpty();
        long onTheDay = penalty(DECIDED);
        long last = penalty(UNTIL);
        assertThat(inTerm())
                .extracting(Evidence::positions)
                .containsExactlyInAnyOrder(List.of(onTheDay), List.of(last));
        assertThat(inTerm()).allMatch(e -> e.code().equals("ADVERSE_FACT_IN_TERM"));
    }

    @Test
    void aRetractedAccidentOrOneThatIsNoProductionSafetyAccidentDoesNotCount() {
        accident("a1", DECIDED.plusDays(10), "PRODUCTION");
        assertThat(inTerm()).hasSize(1);
        add(new AccidentRetracted(USCC, "a1", "误报", DECIDED.plusDays(20)));
        accident("a2", DECIDED.plusDays(30), "COMMUTING_ROAD_TRAFFIC");
        assertThat(inTerm()).isEmpty();
    }

    @Test
    void aMajorHazardAndASuspensionOrderCountAMinorHazardDoesNot() {
        add(new HazardFound(USCC, "h1", DECIDED.plusDays(5), "一般隐患", false, null, DECIDED.plusDays(30)));
        assertThat(inTerm()).isEmpty();
        add(new HazardFound(USCC, "h2", DECIDED.plusDays(6), "液氨储罐", true, "督〔2025〕1号", DECIDED.plusDays(60)));
        add(new SuspensionOrdered(USCC, "s1", DECIDED.plusDays(7), "停〔2025〕1号", "重大隐患"));
        assertThat(inTerm()).hasSize(2);
    }
}

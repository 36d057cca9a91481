package com.safetycredit.ledger.rules.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.rules.credit.RedListLoss.Kind;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When an adverse fact ends a red-list decision: during its term on the fact's day; before it, when it would have failed the criteria. */
class RedListLossTest {

    private static final LocalDate DECIDED = LocalDate.of(2026, 3, 1);
    private static final LocalDate ENDS = LocalDate.of(2029, 3, 1);

    private static Optional<LocalDate> lost(Kind kind, LocalDate on, LocalDate endsOn) {
        return RedListLoss.lostOn(DECIDED, ENDS, 3, kind, on, endsOn);
    }

    @Test
    void anAdverseFactInTheTermEndsItThatDay() {
        for (Kind kind : Kind.values()) {
            assertThat(lost(kind, DECIDED, null)).contains(DECIDED);
            assertThat(lost(kind, LocalDate.of(2027, 5, 4), null)).contains(LocalDate.of(2027, 5, 4));
            assertThat(lost(kind, ENDS, null)).isEmpty();
        }
    }

    @Test
    void aFactBeforeTheDecisionRecordedLateEndsItOnItsDayWhenItFailedTheCriteria() {
        // 重点关注 for 12 calendar months: 2025-03-02 is within, 2025-03-01 is not
        assertThat(lost(Kind.WATCH, LocalDate.of(2025, 3, 2), null)).contains(DECIDED);
        assertThat(lost(Kind.WATCH, LocalDate.of(2025, 3, 1), null)).isEmpty();
        // the look-back of 3 years
        assertThat(lost(Kind.CRITERIA, LocalDate.of(2023, 3, 2), null)).contains(DECIDED);
        assertThat(lost(Kind.CRITERIA, LocalDate.of(2023, 3, 1), null)).isEmpty();
        // open records were open on the decision day: nothing had closed them in the ledger
        assertThat(lost(Kind.OPEN, LocalDate.of(2020, 1, 1), null)).contains(DECIDED);
        // another department's entry: only if still active on the decision day
        assertThat(lost(Kind.PARTNER, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 2)))
                .contains(DECIDED);
        assertThat(lost(Kind.PARTNER, LocalDate.of(2025, 1, 1), DECIDED)).isEmpty();
        assertThat(lost(Kind.PARTNER, LocalDate.of(2025, 1, 1), null)).contains(DECIDED);
    }
}

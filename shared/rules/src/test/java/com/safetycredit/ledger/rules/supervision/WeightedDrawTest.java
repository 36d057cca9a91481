package com.safetycredit.ledger.rules.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.rules.supervision.DrawCandidates.Candidate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The draw as DESIGN.md writes it: the expected lists below were computed apart from this code, by a dozen lines
 * of Python (hmac, hashlib, struct) following the steps in {@link WeightedDraw}'s comment — any language gets them.
 */
class WeightedDrawTest {

    private static final List<Candidate> POOL = List.of(
            new Candidate("91330482MA0000001X", "B", 1),
            new Candidate("91330482MA0000002X", "B", 2),
            new Candidate("91330482MA0000003X", "B", 3),
            new Candidate("91330482MA0000004X", "B", 4));

    @Test
    void theDrawIsTheOneAnotherLanguageComputes() {
        assertThat(WeightedDraw.draw(POOL, "2026-Q1", 2)).containsExactly("91330482MA0000001X", "91330482MA0000002X");
        assertThat(WeightedDraw.draw(POOL, "another seed", 2))
                .containsExactly("91330482MA0000004X", "91330482MA0000002X");
        assertThat(WeightedDraw.inspectors(List.of("I-01", "I-02", "I-03", "I-04", "I-05"), "2026-Q1", 1, 2))
                .containsExactly(List.of("I-05", "I-03"));
        assertThat(DrawCandidates.hash(POOL))
                .isEqualTo("3cbb2b4edec78dc4e5271b35b5fdff6113ad2e1d3ddd55b1a0b51fee683a8a45");
    }

    @Test
    void theSameSeedGivesTheSameListAndCountBoundsIt() {
        assertThat(WeightedDraw.draw(POOL, "s", 3)).isEqualTo(WeightedDraw.draw(POOL, "s", 3));
        assertThat(WeightedDraw.draw(POOL, "s", 3)).hasSize(3).doesNotHaveDuplicates();
        // more than there are: every candidate, once, in shuffled order
        assertThat(WeightedDraw.draw(POOL, "2026-Q1", 9))
                .containsExactly(
                        "91330482MA0000001X", "91330482MA0000002X", "91330482MA0000004X", "91330482MA0000003X");
        assertThat(WeightedDraw.draw(POOL, "s", 0)).isEmpty();
        assertThat(WeightedDraw.draw(List.of(), "s", 3)).isEmpty();
        // a shorter draw is the start of a longer one with the same seed
        assertThat(WeightedDraw.draw(POOL, "2026-Q1", 9))
                .startsWith(WeightedDraw.draw(POOL, "2026-Q1", 2).toArray(String[]::new));
    }

    /** Weight 4 is drawn first four times as often as weight 1: the grade weighs in the draw. */
    @Test
    void theWeightsShapeWhoIsDrawnFirst() {
        Map<String, Integer> first = new HashMap<>();
        int seeds = 4000;
        for (int s = 0; s < seeds; s++) {
            first.merge(WeightedDraw.draw(POOL, "seed-" + s, 1).get(0), 1, Integer::sum);
        }
        assertThat(first.get("91330482MA0000001X") / (double) seeds).isBetween(0.08, 0.12);
        assertThat(first.get("91330482MA0000004X") / (double) seeds).isBetween(0.37, 0.43);
    }

    @Test
    void uniformNumbersStayBelowTheirBound() {
        WeightedDraw random = WeightedDraw.seeded("seed");
        for (int n : new int[] {1, 2, 3, 7, 1000, Integer.MAX_VALUE}) {
            for (int k = 0; k < 50; k++) {
                assertThat(random.uniform(n)).isBetween(0, n - 1);
            }
        }
    }
}

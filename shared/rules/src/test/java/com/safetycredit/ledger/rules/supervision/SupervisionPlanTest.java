package com.safetycredit.ledger.rules.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.contracts.events.listing.EnterpriseBlacklisted;
import com.safetycredit.ledger.rules.credit.CreditRules;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.supervision.DrawCandidates.Candidate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan's table as shipped, the high-risk extra, and who a draw's pool holds. */
class SupervisionPlanTest {

    private static final SupervisionPlan PLAN = SupervisionPlan.shipped();

    @Test
    void inspectionsAndWeightsFollowTheGradeAndTheIndustry() {
        assertThat(PLAN.inspections("A", "MANUFACTURING")).isEqualTo(1);
        assertThat(PLAN.inspections("B", "MANUFACTURING")).isEqualTo(2);
        assertThat(PLAN.inspections("D", "MANUFACTURING")).isEqualTo(4);
        assertThat(PLAN.inspections("UNRATED", "MANUFACTURING")).isEqualTo(2);
        assertThat(PLAN.inspections("B", "HAZARDOUS_CHEMICALS")).isEqualTo(3);
        assertThat(PLAN.weight("A", "MANUFACTURING")).isEqualTo(1);
        assertThat(PLAN.weight("D", "METAL_SMELTING")).isEqualTo(5);
        assertThat(PLAN.reference()).isEqualTo("EXAMPLE_SUPERVISION_PLAN r1");
        assertThatThrownBy(() -> PLAN.weight("E", "MANUFACTURING")).hasMessageContaining("grade E");
    }

    @Test
    void thePoolHoldsTheRegionAndItsSubRegionsSortedByCodeEachGradedOnTheDay() {
        EnterpriseRecord pinghu = registered("91330482MA0000009Y", "330482", "MANUFACTURING");
        EnterpriseRecord jiashan = registered("91330421MA0000001A", "330421", "HAZARDOUS_CHEMICALS");
        EnterpriseRecord listed = registered("91330482MA0000002B", "330482", "MANUFACTURING");
        listed.apply(
                new EnterpriseBlacklisted(
                        "91330482MA0000002B",
                        "l1",
                        9,
                        "MEM_ORDER_11_2023",
                        "p",
                        "a",
                        "d",
                        LocalDate.of(2026, 3, 1),
                        LocalDate.of(2029, 3, 1),
                        false),
                10);
        LocalDate day = LocalDate.of(2026, 6, 1);
        List<Candidate> inPinghu =
                DrawCandidates.of(List.of(pinghu, jiashan, listed), "330482", day, CreditRules.shipped(), PLAN);
        assertThat(inPinghu)
                .containsExactly(
                        new Candidate("91330482MA0000002B", "D", 4), new Candidate("91330482MA0000009Y", "B", 2));
        List<Candidate> inJiaxing =
                DrawCandidates.of(List.of(pinghu, jiashan, listed), "330400", day, CreditRules.shipped(), PLAN);
        assertThat(inJiaxing).extracting(Candidate::uscc).first().isEqualTo("91330421MA0000001A");
        assertThat(inJiaxing.get(0).weight()).isEqualTo(3); // B, plus one for hazardous chemicals
        assertThat(DrawCandidates.hash(inPinghu)).isNotEqualTo(DrawCandidates.hash(inJiaxing));
    }

    private static EnterpriseRecord registered(String uscc, String region, String industry) {
        return new EnterpriseRecord()
                .apply(new EnterpriseRegistered(uscc, "示例", industry, region, null, null, LocalDate.of(2018, 1, 2)), 1);
    }
}

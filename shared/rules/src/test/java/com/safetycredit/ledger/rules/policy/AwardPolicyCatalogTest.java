package com.safetycredit.ledger.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the console offers to choose from comes from the policy files, not from a list of its own. */
class AwardPolicyCatalogTest {

    final AwardPolicyCatalog shipped = AwardPolicyCatalog.shipped();

    @Test
    void thePolicyYearsAreThoseThePoliciesCover() {
        assertThat(shipped.policyYears()).containsExactly(2020, 2021, 2022);
    }

    @Test
    void theReviewDepartmentsAreThePoliciesOwnInTheirOrder() {
        assertThat(shipped.reviewDepartments())
                .containsExactly(
                        Map.entry("EMERGENCY_MANAGEMENT", "平湖市应急管理局"),
                        Map.entry("FINANCE", "平湖市财政局"),
                        Map.entry("ECONOMY_AND_INFORMATION", "平湖市经济和信息化局"),
                        Map.entry("MARKET_REGULATION", "平湖市市场监督管理局"));
    }
}

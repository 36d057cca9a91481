package com.safetycredit.ledger.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 应急管理部令第11号 for agencies (rules/listing-grounds.json revision 2): 7 is theirs, 8 and 9 any subject's. */
class AgencyListingGroundsTest {

    private static final ListingGrounds.AgencyPenaltyFact FALSE_REPORT =
            new ListingGrounds.AgencyPenaltyFact("pen-1", "罚1", "FALSE_REPORT");
    private static final ListingGrounds.AgencyPenaltyFact PLAIN =
            new ListingGrounds.AgencyPenaltyFact("pen-2", "罚2", null);

    @Test
    void basisSevenRestsOnThePenaltysMisconduct() {
        assertThat(ListingGrounds.checkForAgency(7, FALSE_REPORT, null).factIds())
                .containsExactly("pen-1");
        assertThatThrownBy(() -> ListingGrounds.checkForAgency(7, PLAIN, null))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((LedgerProblem) e).code())
                .isEqualTo("listing-grounds-missing");
        assertThatThrownBy(() -> ListingGrounds.checkForAgency(7, FALSE_REPORT, "审核说明"))
                .extracting(e -> ((LedgerProblem) e).code())
                .isEqualTo("grounds-override-not-allowed");
    }

    @ParameterizedTest(name = "basis {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void theProductionEnterprisesBasesAreRefusedForAnAgency(int basis) {
        assertThatThrownBy(() -> ListingGrounds.checkForAgency(basis, FALSE_REPORT, "x"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((LedgerProblem) e).code())
                .isEqualTo("enterprise-only-basis");
    }

    @Test
    void basesEightAndNineAreAnySubjects() {
        assertThat(ListingGrounds.checkForAgency(9, PLAIN, null).factIds()).containsExactly("pen-2");
        assertThat(ListingGrounds.checkForAgency(8, PLAIN, "拒不履行处罚决定").overrideReason())
                .isEqualTo("拒不履行处罚决定");
        assertThatThrownBy(() -> ListingGrounds.checkForAgency(8, PLAIN, null))
                .extracting(e -> ((LedgerProblem) e).code())
                .isEqualTo("grounds-override-required");
        assertThatThrownBy(() -> ListingGrounds.checkForAgency(10, PLAIN, null))
                .extracting(e -> ((LedgerProblem) e).code())
                .isEqualTo("one-of");
    }
}

package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoPhoningHomeTest {

    @Test
    void theFrameworksUsageReportIsOffUnlessSomeoneTurnsItOn() {
        String before = System.getProperty("axoniq.update-checker.disabled");
        try {
            System.clearProperty("axoniq.update-checker.disabled");
            LedgerApplication.noPhoningHome();
            assertThat(System.getProperty("axoniq.update-checker.disabled")).isEqualTo("true");

            System.setProperty("axoniq.update-checker.disabled", "false");
            LedgerApplication.noPhoningHome();
            assertThat(System.getProperty("axoniq.update-checker.disabled"))
                    .as("an explicit choice stands")
                    .isEqualTo("false");
        } finally {
            if (before == null) {
                System.clearProperty("axoniq.update-checker.disabled");
            } else {
                System.setProperty("axoniq.update-checker.disabled", before);
            }
        }
    }
}

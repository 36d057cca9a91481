package com.safetycredit.ledger.server;

import com.safetycredit.ledger.command.CommandSideConfiguration;
import com.safetycredit.ledger.query.QuerySideConfiguration;
import com.safetycredit.ledger.verifier.OfflineVerifierCli;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The one deployable. Profiles {@code command} and {@code query} switch the two sides on; both are on
 * unless {@code spring.profiles.active} says otherwise, so the same jar runs as a monolith or as
 * separately scaled services sharing one MongoDB.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Import({CommandSideConfiguration.class, QuerySideConfiguration.class})
public class LedgerApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("verify-export")) {
            // the auditors' offline verifier: no server, no database, only the export file
            System.exit(OfflineVerifierCli.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        noPhoningHome();
        SpringApplication.run(LedgerApplication.class, args);
    }

    /**
     * Axon 4.12 reports anonymous usage to its vendor unless told not to. A government ledger runs in closed
     * networks and sends nothing anywhere it was not configured to: the check is off unless an operator
     * explicitly sets {@code AXONIQ_UPDATE_CHECKER_DISABLED=false}.
     */
    static void noPhoningHome() {
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
    }
}

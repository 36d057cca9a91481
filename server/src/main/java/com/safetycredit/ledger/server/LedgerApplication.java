package com.safetycredit.ledger.server;

import com.safetycredit.ledger.command.CommandSideConfiguration;
import com.safetycredit.ledger.query.QuerySideConfiguration;
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
        SpringApplication.run(LedgerApplication.class, args);
    }
}

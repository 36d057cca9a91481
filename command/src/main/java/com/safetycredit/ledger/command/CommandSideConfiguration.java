package com.safetycredit.ledger.command;

import com.safetycredit.ledger.rules.procedure.ProcedureRules;
import com.safetycredit.ledger.store.CommitReceiptInterceptor;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The write side: aggregates, command handlers and command endpoints. On in profile {@code command}
 * (the server runs both profiles unless told otherwise).
 */
@Configuration
@Profile("command")
@ComponentScan
@EnableConfigurationProperties(ProcedureSettings.class)
public class CommandSideConfiguration {

    /** Every command answers with the positions it appended, on whatever thread the bus handled it. */
    @Autowired
    void commitReceipts(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(new CommitReceiptInterceptor());
    }

    /** The procedure's periods and choices, as the command handlers take them. */
    @Bean
    ProcedureRules procedureRules(ProcedureSettings settings) {
        return settings.rules();
    }
}

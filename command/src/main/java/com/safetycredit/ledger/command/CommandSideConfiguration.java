package com.safetycredit.ledger.command;

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
public class CommandSideConfiguration {
}

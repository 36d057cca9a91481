package com.safetycredit.ledger.server.console;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Profile;

/**
 * A part of the staff console. The console reads and writes, so it runs where both sides run — the default
 * single process, or a console node started with both profiles — and not in a command-only or query-only
 * process of a split deployment.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Profile("command & query")
public @interface ConsoleOnly {}

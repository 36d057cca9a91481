package com.safetycredit.ledger.server;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test of the running server over real HTTP, in the one Spring context all such tests share: an in-memory
 * ledger, the expiry sweep held back. Such a test owns its data — enterprises of its own, with USCCs no other
 * test uses — and never counts on an empty ledger or on what another test left. A test whose settings
 * differ (rate limits, webhook timings, a clock of its own) or that damages the ledger on purpose starts a
 * server of its own instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.embedded.in-memory=true", "ledger.expiry.initial-delay=PT1H"})
public @interface LedgerServerTest {}

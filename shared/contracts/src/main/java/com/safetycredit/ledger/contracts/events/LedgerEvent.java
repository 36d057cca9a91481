package com.safetycredit.ledger.contracts.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives an event its stable, published type name and revision.
 *
 * <p>The name, not the Java class, is what the ledger stores, hashes and publishes: renaming or moving
 * the class never breaks stored events. Change the revision (and add an upcaster) whenever the JSON
 * shape of the event changes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LedgerEvent {

    /** The stable type name, e.g. {@code AccidentReported}. No dots: class names never collide with it. */
    String name();

    /** The revision of the event's JSON shape, starting at 1. */
    int revision() default 1;
}

package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The enterprise objects to the fact recorded at {@code position}, whose type and subject the caller read from the
 * ledger (and checked to be this enterprise's).
 */
public record FileObjection(
        @TargetAggregateIdentifier String objectionId,
        String uscc,
        long position,
        String eventType,
        String factId,
        LocalDate filedOn,
        String grounds) {}

package com.safetycredit.ledger.command.enterprise;

import com.safetycredit.ledger.shared.commands.RegisterEnterprise;
import com.safetycredit.ledger.shared.events.enterprise.EnterpriseRegistered;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One enterprise under credit supervision, identified by its USCC. Every credit fact about it is an event
 * of this aggregate, so its history is one ordered stream and its invariants are checked in one place.
 */
@Aggregate(snapshotTriggerDefinition = "enterpriseSnapshotTrigger")
public class EnterpriseAggregate {

    @AggregateIdentifier
    private String uscc;

    protected EnterpriseAggregate() {
        // for Axon
    }

    /** A second registration of the same USCC fails in the store's unique index: 409 at the API. */
    @CommandHandler
    public EnterpriseAggregate(RegisterEnterprise command) {
        apply(new EnterpriseRegistered(command.uscc(), command.name(), command.industry(), command.regionCode(),
                command.address(), command.checksumOverrideReason(), command.registeredOn()));
    }

    @EventSourcingHandler
    void on(EnterpriseRegistered event) {
        this.uscc = event.uscc();
    }
}

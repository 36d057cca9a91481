package com.safetycredit.ledger.command.supervision;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.safetycredit.ledger.contracts.commands.MakeSupervisionDraw;
import com.safetycredit.ledger.contracts.events.supervision.SupervisionDrawMade;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One 双随机 inspection round: its id is derived from the year, the period and the region, so the store's unique key
 * refuses a second draw of the same round — a draw cannot be repeated until the result pleases.
 */
@Aggregate
public class SupervisionDrawAggregate {

    @AggregateIdentifier
    private String drawId;

    protected SupervisionDrawAggregate() {
        // for Axon
    }

    @CommandHandler
    public SupervisionDrawAggregate(MakeSupervisionDraw command) {
        apply(command.draw());
    }

    @EventSourcingHandler
    void on(SupervisionDrawMade event) {
        drawId = event.drawId();
    }
}

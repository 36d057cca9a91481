package com.safetycredit.ledger.command.objection;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.safetycredit.ledger.contracts.commands.DecideObjection;
import com.safetycredit.ledger.contracts.commands.ExtendObjection;
import com.safetycredit.ledger.contracts.commands.FileObjection;
import com.safetycredit.ledger.contracts.events.objection.ObjectionDecided;
import com.safetycredit.ledger.contracts.events.objection.ObjectionExtended;
import com.safetycredit.ledger.contracts.events.objection.ObjectionFiled;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import com.safetycredit.ledger.rules.procedure.ProcedureRules;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An objection (异议, RULES.md §11) to one recorded fact, named by its ledger position: its own aggregate, so the
 * enterprise's stream is not locked while it is handled. Due within the short period of working days, extendable
 * once to the long one; decided once. Upheld, it sends the fact's correction to the enterprise in the same unit of
 * work, so the decision and the correction are one commit or none ({@link Corrections}).
 */
@Aggregate
public class ObjectionAggregate {

    @AggregateIdentifier
    private String objectionId;

    private String uscc;
    private String eventType;
    private String factId;
    private LocalDate filedOn;
    private LocalDate dueOn;
    private boolean extended;
    private String decision;

    protected ObjectionAggregate() {
        // for Axon
    }

    @CommandHandler
    public ObjectionAggregate(FileObjection command, ProcedureRules rules) {
        apply(new ObjectionFiled(
                command.uscc(),
                command.objectionId(),
                command.position(),
                command.eventType(),
                command.factId(),
                command.filedOn(),
                command.grounds(),
                rules.objectionDue(command.filedOn())));
    }

    @CommandHandler
    void handle(ExtendObjection command, ProcedureRules rules) {
        open();
        if (extended) {
            throw new ConflictException("objection-extended", null, objectionId, dueOn);
        }
        notBefore(command.extendedOn(), "extendedOn");
        apply(new ObjectionExtended(
                uscc, objectionId, command.extendedOn(), command.reason(), rules.objectionExtendedDue(filedOn)));
    }

    @CommandHandler
    void handle(DecideObjection command, CommandGateway commandGateway) {
        open();
        notBefore(command.decidedOn(), "decidedOn");
        String correction = null;
        if (command.upheld()) {
            Corrections.Correction fix = Corrections.of(eventType, uscc, factId, objectionId, command);
            correction = fix.kind();
            commandGateway.sendAndWait(fix.command());
        }
        apply(new ObjectionDecided(
                uscc,
                objectionId,
                command.upheld() ? "UPHELD" : "REJECTED",
                command.decidedOn(),
                command.reason(),
                correction,
                command.decidedOn().isAfter(dueOn)));
    }

    private void open() {
        if (decision != null) {
            throw new ConflictException(
                    "objection-closed", null, objectionId, new LedgerProblem.Label("objectionDecision", decision));
        }
    }

    private void notBefore(LocalDate day, String field) {
        if (day.isBefore(filedOn)) {
            throw new ConflictException(
                    "before-objection", field, new LedgerProblem.Label("field", field), day, filedOn);
        }
    }

    @EventSourcingHandler
    void on(ObjectionFiled event) {
        objectionId = event.objectionId();
        uscc = event.uscc();
        eventType = event.eventType();
        factId = event.factId();
        filedOn = event.filedOn();
        dueOn = event.dueOn();
    }

    @EventSourcingHandler
    void on(ObjectionExtended event) {
        extended = true;
        dueOn = event.dueOn();
    }

    @EventSourcingHandler
    void on(ObjectionDecided event) {
        decision = event.decision();
    }
}

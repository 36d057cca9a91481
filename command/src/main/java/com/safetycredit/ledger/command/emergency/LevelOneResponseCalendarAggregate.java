package com.safetycredit.ledger.command.emergency;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.safetycredit.ledger.contracts.commands.DeclareLevelOneResponse;
import com.safetycredit.ledger.contracts.commands.EndLevelOneResponse;
import com.safetycredit.ledger.contracts.events.emergency.LevelOneResponseDeclared;
import com.safetycredit.ledger.contracts.events.emergency.LevelOneResponseEnded;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The calendar of level-one emergency responses, one aggregate for the whole ledger: a handful of periods a year,
 * each entered by an administrator with the document that declared it. Kept in the ledger, not beside it, because
 * an award's gate reads it: what the calendar said, and when it said so, is evidence an auditor replays.
 */
@Aggregate
public class LevelOneResponseCalendarAggregate {

    /** The calendar's one aggregate id. */
    public static final String ID = "level-one-responses";

    @AggregateIdentifier
    private String calendarId;

    private record Period(LocalDate from, LocalDate to) {}

    private final Map<String, Period> periods = new HashMap<>();

    protected LevelOneResponseCalendarAggregate() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DeclareLevelOneResponse command) {
        if (command.to() != null && command.to().isBefore(command.from())) {
            throw new InvalidInputException("before-from", "to", command.from()).explainedAs("period");
        }
        apply(new LevelOneResponseDeclared(
                command.periodId(),
                command.regionCode(),
                command.from(),
                command.to(),
                command.documentNo(),
                command.description()));
    }

    @CommandHandler
    void handle(EndLevelOneResponse command) {
        Period period = periods.get(command.periodId());
        if (period == null) {
            throw new NotFoundException("unknown-period", "periodId", command.periodId());
        }
        if (period.to() != null) {
            throw new ConflictException("period-already-ended", "to", command.periodId(), period.to());
        }
        if (command.to().isBefore(period.from())) {
            throw new InvalidInputException("before-from", "to", period.from()).explainedAs("period-end");
        }
        apply(new LevelOneResponseEnded(command.periodId(), command.to(), command.documentNo()));
    }

    @EventSourcingHandler
    void on(LevelOneResponseDeclared event) {
        calendarId = ID;
        periods.put(event.periodId(), new Period(event.from(), event.to()));
    }

    @EventSourcingHandler
    void on(LevelOneResponseEnded event) {
        periods.computeIfPresent(event.periodId(), (id, p) -> new Period(p.from(), event.to()));
    }
}

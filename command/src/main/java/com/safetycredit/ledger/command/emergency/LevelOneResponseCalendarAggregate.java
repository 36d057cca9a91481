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

    private final Map<String, LocalDate[]> periods = new HashMap<>();

    protected LevelOneResponseCalendarAggregate() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DeclareLevelOneResponse command) {
        if (command.to() != null && command.to().isBefore(command.from())) {
            throw new InvalidInputException(
                    "to",
                    "before-from",
                    "结束日期早于开始日期（" + command.from() + "）",
                    "to is before from (" + command.from() + ")");
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
        LocalDate[] period = periods.get(command.periodId());
        if (period == null) {
            throw new NotFoundException("Unknown period", "No level-one response period " + command.periodId());
        }
        if (period[1] != null) {
            throw new ConflictException(
                    "Period already ended", "Period " + command.periodId() + " already ended on " + period[1]);
        }
        if (command.to().isBefore(period[0])) {
            throw new InvalidInputException(
                    "to",
                    "before-from",
                    "结束日期早于开始日期（" + period[0] + "）",
                    "to is before the period's first day " + period[0]);
        }
        apply(new LevelOneResponseEnded(command.periodId(), command.to(), command.documentNo()));
    }

    @EventSourcingHandler
    void on(LevelOneResponseDeclared event) {
        calendarId = ID;
        periods.put(event.periodId(), new LocalDate[] {event.from(), event.to()});
    }

    @EventSourcingHandler
    void on(LevelOneResponseEnded event) {
        periods.computeIfPresent(event.periodId(), (id, p) -> new LocalDate[] {p[0], event.to()});
    }
}

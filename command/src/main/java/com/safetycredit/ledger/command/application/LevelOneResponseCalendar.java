package com.safetycredit.ledger.command.application;

import static com.safetycredit.ledger.command.application.Ids.newId;

import com.safetycredit.ledger.command.emergency.LevelOneResponseCalendarAggregate;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.contracts.commands.DeclareLevelOneResponse;
import com.safetycredit.ledger.contracts.commands.EndLevelOneResponse;
import com.safetycredit.ledger.contracts.validation.CleanText;
import com.safetycredit.ledger.rules.domain.LevelOneResponses;
import com.safetycredit.ledger.rules.domain.Regions;
import com.safetycredit.ledger.store.LedgerReader;
import com.safetycredit.ledger.store.StoredEnterpriseEvents;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The calendar of level-one emergency responses (一级响应), maintained by an administrator: a period is entered with
 * its region, first day, last day (or none while in force) and the document that declared it, and ended later.
 * Accidents are flagged against it as they are reported.
 */
@Component
public class LevelOneResponseCalendar {

    public record Period(
            @CleanText @NotBlank @Size(max = 6) String regionCode,
            @NotNull LocalDate from,
            LocalDate to,
            @CleanText @NotBlank @Size(max = 100) String documentNo,
            @CleanText @Size(max = 500) String description)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("from", from);
        }
    }

    public record PeriodEnd(@NotNull LocalDate to, @CleanText @NotBlank @Size(max = 100) String documentNo) {}

    private final LedgerWrites writes;
    private final LedgerReader store;
    private final StoredEnterpriseEvents payloads;
    private final Clock clock;

    public LevelOneResponseCalendar(
            LedgerWrites writes, LedgerReader store, StoredEnterpriseEvents payloads, Clock clock) {
        this.writes = writes;
        this.store = store;
        this.payloads = payloads;
        this.clock = clock;
    }

    public Written declare(RequestMetadata caller, Period request) {
        Regions.require("regionCode", request.regionCode());
        FieldChecks.require(request, clock);
        String id = newId("lvr");
        return writes.create(
                caller,
                request,
                new DeclareLevelOneResponse(
                        LevelOneResponseCalendarAggregate.ID,
                        id,
                        request.regionCode(),
                        request.from(),
                        request.to(),
                        request.documentNo(),
                        request.description()),
                id);
    }

    public Written end(RequestMetadata caller, String periodId, PeriodEnd request) {
        return writes.act(
                caller,
                request,
                new EndLevelOneResponse(
                        LevelOneResponseCalendarAggregate.ID, periodId, request.to(), request.documentNo()),
                periodId);
    }

    /** The calendar as the ledger holds it now. */
    public LevelOneResponses calendar() {
        LevelOneResponses calendar = new LevelOneResponses();
        for (StoredEvent event : store.readAggregateStoredEvents(LevelOneResponseCalendarAggregate.ID)) {
            calendar.apply(payloads.payload(event));
        }
        return calendar;
    }

    /** Every period, latest first. */
    public List<LevelOneResponses.Period> periods() {
        return calendar().periods().stream()
                .sorted(Comparator.comparing(LevelOneResponses.Period::from).reversed())
                .toList();
    }
}

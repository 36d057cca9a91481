package com.safetycredit.ledger.command.application;

import static com.safetycredit.ledger.command.application.Ids.newId;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.contracts.commands.ConcludeAccident;
import com.safetycredit.ledger.contracts.commands.RecordAccidentReportingViolation;
import com.safetycredit.ledger.contracts.commands.ReportAccident;
import com.safetycredit.ledger.contracts.commands.RetractAccident;
import com.safetycredit.ledger.contracts.commands.ReviseAccidentCasualties;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.validation.CleanText;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.credit.EnterpriseRecords;
import com.safetycredit.ledger.rules.domain.AccidentCategory;
import com.safetycredit.ledger.rules.domain.LevelOneResponses;
import com.safetycredit.ledger.rules.domain.ReportingViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Accidents: reported (with the computed grade), revised, concluded, found misreported, retracted. Limits keep
 * impossible numbers out: no accident kills more than 100,000 people and no loss exceeds 10^13 yuan; numbers
 * and flags are boxed and {@code @NotNull}, so a left-out {@code deaths} is refused instead of read as 0.
 */
@Component
public class Accidents {

    public record AccidentReport(
            @NotNull OffsetDateTime occurredAt,
            @NotNull @PositiveOrZero @Max(100_000) Integer deaths,
            @NotNull @PositiveOrZero @Max(100_000) Integer seriousInjuries,
            @NotNull @PositiveOrZero @Max(1_000_000) Integer personsEndangered,
            @NotNull @PositiveOrZero @Max(10_000_000_000_000L) Long directLossYuan,
            @NotNull Boolean duringLevelOneResponse,
            @CleanText @NotBlank String category,
            @CleanText @NotBlank @Size(max = 100) String reportNo,
            @CleanText(multiline = true) @Size(max = 2000) String summary,
            @CleanText(multiline = true) @Size(max = 1000) String levelOneResponseOverrideReason)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.check(category, () -> AccidentCategory.require("category", category))
                    .notInFuture("occurredAt", occurredAt);
        }
    }

    public record AccidentRevision(
            @NotNull @PositiveOrZero @Max(100_000) Integer deaths,
            @NotNull @PositiveOrZero @Max(100_000) Integer seriousInjuries,
            @NotNull @PositiveOrZero @Max(1_000_000) Integer personsEndangered,
            @NotNull @PositiveOrZero @Max(10_000_000_000_000L) Long directLossYuan,
            @NotNull LocalDate revisedOn,
            @CleanText(multiline = true) @NotBlank @Size(max = 1000) String reason)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("revisedOn", revisedOn);
        }
    }

    public record AccidentConclusion(
            @NotNull Boolean liable,
            @NotNull LocalDate concludedOn,
            @CleanText @NotBlank @Size(max = 100) String replyNo)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("concludedOn", concludedOn);
        }
    }

    public record AccidentRetraction(@CleanText(multiline = true) @NotBlank @Size(max = 1000) String reason) {}

    /**
     * A finding of 瞒报、谎报、迟报 or 漏报: {@code kind} is {@code CONCEALED}, {@code FALSELY_REPORTED}, {@code LATE}
     * or {@code OMITTED}.
     */
    public record AccidentReportingViolation(
            @CleanText @NotBlank String kind,
            @NotNull LocalDate decidedOn,
            @CleanText @NotBlank @Size(max = 100) String decisionNo,
            @CleanText(multiline = true) @Size(max = 2000) String summary)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.oneOf("kind", kind, ReportingViolation.class).notInFuture("decidedOn", decidedOn);
        }
    }

    private final LedgerWrites writes;
    private final Clock clock;
    private final LevelOneResponseCalendar calendar;
    private final EnterpriseRecords records;

    public Accidents(LedgerWrites writes, Clock clock, LevelOneResponseCalendar calendar, EnterpriseRecords records) {
        this.writes = writes;
        this.clock = clock;
        this.calendar = calendar;
        this.records = records;
    }

    public Written report(RequestMetadata caller, String uscc, AccidentReport request) {
        FieldChecks.require(request, clock);
        AccidentCategory category = AccidentCategory.require("category", request.category());
        String id = newId("acc");
        LevelOneResponseFlag flag = flag(uscc, request);
        return writes.send(
                caller,
                request,
                new ReportAccident(
                        uscc,
                        id,
                        request.occurredAt(),
                        category.code(),
                        request.deaths(),
                        request.seriousInjuries(),
                        request.personsEndangered(),
                        request.directLossYuan(),
                        flag.during(),
                        request.reportNo(),
                        request.summary(),
                        flag.periodId(),
                        flag.overrideReason()),
                true,
                grade -> WriteResponse.withGrade(id, grade));
    }

    /** Whether the accident happened during a level-one response, the calendar's period, the clerk's reason. */
    record LevelOneResponseFlag(boolean during, String periodId, String overrideReason) {}

    /**
     * The ledger flags an accident inside a calendar period of the enterprise's region (as registered that day); the
     * clerk's flag stays as an override with a reason: {@code false} with a reason against the calendar's period,
     * {@code true} with a reason where the calendar has none (a response it does not list). A plain {@code false}
     * claims nothing, and the calendar decides.
     */
    private LevelOneResponseFlag flag(String uscc, AccidentReport request) {
        LocalDate day = request.occurredAt().atZoneSameInstant(LedgerTime.ZONE).toLocalDate();
        String region = records.load(uscc)
                .flatMap(r -> r.profileOn(day))
                .map(EnterpriseRecord.ProfileVersion::regionCode)
                .orElse(null);
        Optional<LevelOneResponses.Period> period = calendar.calendar().covering(region, day);
        String reason = request.levelOneResponseOverrideReason() == null
                        || request.levelOneResponseOverrideReason().isBlank()
                ? null
                : request.levelOneResponseOverrideReason().strip();
        boolean clerk = request.duringLevelOneResponse();
        if (period.isPresent()) {
            boolean overridden = !clerk && reason != null;
            return new LevelOneResponseFlag(!overridden, period.get().id(), overridden ? reason : null);
        }
        if (clerk && reason == null) {
            throw new InvalidInputException("override-reason-required", "levelOneResponseOverrideReason", day);
        }
        return new LevelOneResponseFlag(clerk, null, clerk ? reason : null);
    }

    public Written revise(RequestMetadata caller, String uscc, String accidentId, AccidentRevision request) {
        FieldChecks.require(request, clock);
        return writes.send(
                caller,
                request,
                new ReviseAccidentCasualties(
                        uscc,
                        accidentId,
                        request.deaths(),
                        request.seriousInjuries(),
                        request.personsEndangered(),
                        request.directLossYuan(),
                        request.revisedOn(),
                        request.reason()),
                true,
                grade -> WriteResponse.withGrade(accidentId, grade));
    }

    public Written conclude(RequestMetadata caller, String uscc, String accidentId, AccidentConclusion request) {
        FieldChecks.require(request, clock);
        return writes.act(
                caller,
                request,
                new ConcludeAccident(uscc, accidentId, request.liable(), request.concludedOn(), request.replyNo()),
                accidentId);
    }

    /** 瞒报、谎报、迟报、漏报 found by a decision: revokes standardization (RULES.md §5), may ground listing basis 4. */
    public Written findReportingViolation(
            RequestMetadata caller, String uscc, String accidentId, AccidentReportingViolation request) {
        FieldChecks.require(request, clock);
        ReportingViolation kind = Checks.oneOf("kind", request.kind(), ReportingViolation.class);
        return writes.create(
                caller,
                request,
                new RecordAccidentReportingViolation(
                        uscc, accidentId, kind.name(), request.decidedOn(), request.decisionNo(), request.summary()),
                accidentId);
    }

    public Written retract(RequestMetadata caller, String uscc, String accidentId, AccidentRetraction request) {
        return writes.act(
                caller,
                request,
                new RetractAccident(uscc, accidentId, request.reason(), LedgerTime.today(clock)),
                accidentId);
    }
}

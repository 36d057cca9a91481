package com.safetycredit.ledger.command.application;

import static com.safetycredit.ledger.command.application.Ids.newId;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.contracts.commands.DecideObjection;
import com.safetycredit.ledger.contracts.commands.ExtendObjection;
import com.safetycredit.ledger.contracts.commands.FileObjection;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import com.safetycredit.ledger.contracts.validation.CleanText;
import com.safetycredit.ledger.rules.procedure.ProcedureRules;
import com.safetycredit.ledger.store.LedgerReader;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Objections (异议, RULES.md §11) to a recorded fact, named by its ledger position: filed for the enterprise the
 * fact is about, extended once, decided once (upheld with the fact's correction in the same commit, or rejected
 * with reasons).
 */
@Component
public class Objections {

    public record Objection(
            @CleanText @NotBlank @Size(max = 18) String uscc,
            @NotNull @Min(1) @Max(Long.MAX_VALUE) Long position,
            @NotNull LocalDate filedOn,
            @CleanText(multiline = true) @NotBlank @Size(max = 2000) String grounds)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("filedOn", filedOn);
        }
    }

    /** {@code extendedOn}: the day of the extension (default: today, China time). */
    public record Extension(
            @CleanText(multiline = true) @NotBlank @Size(max = 1000) String reason, LocalDate extendedOn)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("extendedOn", extendedOn); // left out: today
        }
    }

    /** {@code decision}: {@code UPHELD} or {@code REJECTED}. */
    public record Decision(
            @CleanText @NotBlank @Size(max = 16) String decision,
            @NotNull LocalDate decidedOn,
            @CleanText(multiline = true) @NotBlank @Size(max = 2000) String reason)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("decidedOn", decidedOn);
        }
    }

    enum Outcome {
        UPHELD,
        REJECTED
    }

    /** The fields that name what an event is about, in the order they are looked for. */
    private static final List<String> FACT_IDS = List.of(
            "listingId",
            "penaltyId",
            "accidentId",
            "certificationId",
            "noticeId",
            "repairId",
            "investmentId",
            "applicationId");

    private final LedgerWrites writes;
    private final LedgerReader store;
    private final ObjectMapper objectMapper;
    private final ProcedureRules rules;
    private final Clock clock;

    public Objections(
            LedgerWrites writes, LedgerReader store, ObjectMapper objectMapper, ProcedureRules rules, Clock clock) {
        this.writes = writes;
        this.store = store;
        this.objectMapper = objectMapper;
        this.rules = rules;
        this.clock = clock;
    }

    /** Answers the objection's id and the day it is due. */
    public Written file(RequestMetadata caller, Objection request) {
        FieldChecks.require(request, clock);
        StoredEvent event = store.readStoredEvent(request.position())
                .orElseThrow(() -> new InvalidInputException("unknown-position", "position", request.position()));
        JsonNode payload = json(event.payload());
        if (!request.uscc().equals(payload.path("uscc").asText(null))
                || event.type().startsWith("Objection")) {
            throw new ConflictException(
                    "position-not-subjects",
                    "position",
                    request.position(),
                    new LedgerProblem.Label("event", event.type()),
                    request.uscc());
        }
        LocalDate dueOn = rules.objectionDue(request.filedOn());
        String id = newId("obj");
        return writes.send(
                caller,
                request,
                new FileObjection(
                        id,
                        request.uscc(),
                        request.position(),
                        event.type(),
                        factId(payload, request.uscc()),
                        request.filedOn(),
                        request.grounds()),
                true,
                result -> WriteResponse.withDueOn(id, dueOn));
    }

    public Written extend(RequestMetadata caller, String objectionId, Extension request) {
        LocalDate on = request.extendedOn() == null ? LedgerTime.today(clock) : request.extendedOn();
        FieldChecks.require(request, clock);
        return writes.act(caller, request, new ExtendObjection(objectionId, on, request.reason()), objectionId);
    }

    public Written decide(RequestMetadata caller, String objectionId, Decision request) {
        Outcome outcome = Checks.oneOf("decision", request.decision(), Outcome.class);
        FieldChecks.require(request, clock);
        return writes.act(
                caller,
                request,
                new DecideObjection(objectionId, outcome == Outcome.UPHELD, request.decidedOn(), request.reason()),
                objectionId);
    }

    private static String factId(JsonNode payload, String uscc) {
        return FACT_IDS.stream()
                .filter(payload::hasNonNull)
                .map(field -> payload.get(field).asText())
                .findFirst()
                .orElse(uscc);
    }

    private JsonNode json(String text) {
        try {
            return objectMapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON is unreadable; verify the ledger", e);
        }
    }
}

package com.safetycredit.ledger.command.practitioner;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.safetycredit.ledger.contracts.commands.practitioner.EndEmployment;
import com.safetycredit.ledger.contracts.commands.practitioner.ErasePersonalData;
import com.safetycredit.ledger.contracts.commands.practitioner.RegisterPractitioner;
import com.safetycredit.ledger.contracts.commands.practitioner.StartEmployment;
import com.safetycredit.ledger.contracts.events.practitioner.PersonalDataErased;
import com.safetycredit.ledger.contracts.events.practitioner.PractitionerEmploymentEnded;
import com.safetycredit.ledger.contracts.events.practitioner.PractitionerEmploymentStarted;
import com.safetycredit.ledger.contracts.events.practitioner.PractitionerRegistered;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.contracts.values.SubjectIds;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One practitioner, keyed by registration number ({@link SubjectIds#practitioner}). The aggregate never sees a
 * personal field in clear: name and identity number arrive sealed. A person is registered at one employer at a
 * time (注册安全工程师 register with one unit); an erasure is recorded once.
 */
@Aggregate
public class PractitionerAggregate {

    /** The personal fields a practitioner's events hold sealed, as their events name them. */
    public static final List<String> PERSONAL_FIELDS = List.of("name", "idNumber");

    @AggregateIdentifier
    private String practitionerId;

    private String registrationNo;
    private boolean erased;
    private final Map<String, Job> employments = new LinkedHashMap<>();

    /** An employment: where, from when, until when ({@code null} while it runs). */
    record Job(String employerUscc, LocalDate from, LocalDate endedOn) {}

    protected PractitionerAggregate() {
        // for Axon
    }

    /** A second registration of the same number fails in the store's unique index: 409 at the API. */
    @CommandHandler
    public PractitionerAggregate(RegisterPractitioner command) {
        apply(new PractitionerRegistered(
                command.registrationNo(),
                command.qualification(),
                command.qualifiedOn(),
                command.name(),
                command.idNumber()));
        if (command.employerUscc() != null) {
            apply(new PractitionerEmploymentStarted(
                    command.registrationNo(),
                    command.employmentId(),
                    command.employerKind(),
                    command.employerUscc(),
                    command.employedFrom()));
        }
    }

    @CommandHandler
    void handle(StartEmployment command) {
        for (Job job : employments.values()) {
            if (job.endedOn() == null) {
                throw new ConflictException("still-employed", "employerUscc", job.from(), job.employerUscc());
            }
            if (command.from().isBefore(job.endedOn())) {
                throw new ConflictException("out-of-order", "from", command.from(), job.endedOn())
                        .explainedAs("employment-start");
            }
        }
        apply(new PractitionerEmploymentStarted(
                registrationNo,
                command.employmentId(),
                command.employerKind(),
                command.employerUscc(),
                command.from()));
    }

    @CommandHandler
    void handle(EndEmployment command) {
        Job job = employments.get(command.employmentId());
        if (job == null) {
            throw new NotFoundException("unknown-employment", "employmentId", command.employmentId());
        }
        if (job.endedOn() != null) {
            throw new ConflictException("employment-ended", "endedOn", job.endedOn());
        }
        if (!command.endedOn().isAfter(job.from())) {
            throw new ConflictException("out-of-order", "endedOn", command.endedOn(), job.from())
                    .explainedAs("employment-end");
        }
        apply(new PractitionerEmploymentEnded(registrationNo, command.employmentId(), command.endedOn()));
    }

    /** The event is recorded first; the use case destroys the key once it is stored. */
    @CommandHandler
    void handle(ErasePersonalData command) {
        if (erased) {
            throw new ConflictException("already-erased", null);
        }
        apply(new PersonalDataErased(
                registrationNo,
                practitionerId,
                PERSONAL_FIELDS,
                command.requestNo(),
                command.reason(),
                command.erasedOn()));
    }

    // ------------------------------------------------------------------ state

    @EventSourcingHandler
    void on(PractitionerRegistered event) {
        this.registrationNo = event.registrationNo();
        this.practitionerId = SubjectIds.practitioner(event.registrationNo());
    }

    @EventSourcingHandler
    void on(PractitionerEmploymentStarted event) {
        employments.put(event.employmentId(), new Job(event.employerUscc(), event.from(), null));
    }

    @EventSourcingHandler
    void on(PractitionerEmploymentEnded event) {
        employments.computeIfPresent(
                event.employmentId(), (id, job) -> new Job(job.employerUscc(), job.from(), event.endedOn()));
    }

    @EventSourcingHandler
    void on(PersonalDataErased event) {
        erased = true;
    }
}

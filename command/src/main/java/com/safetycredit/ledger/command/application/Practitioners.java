package com.safetycredit.ledger.command.application;

import static com.safetycredit.ledger.command.application.Ids.newId;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.contracts.commands.practitioner.EndEmployment;
import com.safetycredit.ledger.contracts.commands.practitioner.ErasePersonalData;
import com.safetycredit.ledger.contracts.commands.practitioner.RegisterPractitioner;
import com.safetycredit.ledger.contracts.commands.practitioner.StartEmployment;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.contracts.validation.CleanText;
import com.safetycredit.ledger.contracts.values.IdentityNumber;
import com.safetycredit.ledger.contracts.values.SubjectIds;
import com.safetycredit.ledger.contracts.values.Uscc;
import com.safetycredit.ledger.rules.agency.AgencyRecords;
import com.safetycredit.ledger.rules.credit.EnterpriseRecords;
import com.safetycredit.ledger.rules.domain.EmployerKind;
import com.safetycredit.ledger.rules.domain.Qualification;
import com.safetycredit.ledger.rules.person.PractitionerRecords;
import com.safetycredit.ledger.store.personal.PersonalDataVault;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Practitioners (RULES.md §13): registration by registration number, employment at an enterprise or an agency
 * over time, and the erasure of their personal data on a lawful request. Name and identity number are sealed
 * under the person's own key ({@link PersonalDataVault}) before any command carries them: no event, feed entry,
 * webhook or export ever holds them in clear, and destroying the key erases them without touching the chain.
 */
@Component
public class Practitioners {

    /**
     * A practitioner; {@code idNumber} is checked by its GB 11643 check character. {@code employerUscc}: where the
     * person is registered from {@code employedFrom} (default: {@code qualifiedOn}), if anywhere yet.
     */
    public record PractitionerRegistration(
            @CleanText @NotBlank @Size(max = 40) String registrationNo,
            @CleanText @NotBlank @Size(max = 32) String qualification,
            @NotNull LocalDate qualifiedOn,
            @CleanText @NotBlank @Size(max = 50) String name,
            @CleanText @NotBlank @Size(max = 18) String idNumber,
            @CleanText @Size(max = 18) String employerUscc,
            @CleanText @Size(max = 16) String employerKind,
            LocalDate employedFrom)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("qualifiedOn", qualifiedOn)
                    .check(idNumber, () -> IdentityNumber.problem(idNumber).ifPresent(problem -> {
                        throw new InvalidInputException("id-number", "idNumber", problem);
                    }));
            if (employerUscc != null) {
                // employed from the day qualified unless another day is given
                checks.notInFuture("employedFrom", employedFrom == null ? qualifiedOn : employedFrom);
            }
        }
    }

    /** {@code employerKind}: {@code ENTERPRISE} or {@code AGENCY}; left out, whichever the ledger knows the code as. */
    public record Employment(
            @CleanText @NotBlank @Size(max = 18) String employerUscc,
            @CleanText @Size(max = 16) String employerKind,
            @NotNull LocalDate from)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("from", from);
        }
    }

    public record EmploymentEnd(@NotNull LocalDate endedOn) implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("endedOn", endedOn);
        }
    }

    /** The lawful request it answers ({@code requestNo}) and why; neither may hold personal data. */
    public record Erasure(
            @CleanText @NotBlank @Size(max = 100) String requestNo,
            @CleanText(multiline = true) @NotBlank @Size(max = 1000) String reason) {}

    private final LedgerWrites writes;
    private final PersonalDataVault vault;
    private final PractitionerRecords practitioners;
    private final EnterpriseRecords enterprises;
    private final AgencyRecords agencies;
    private final Clock clock;

    public Practitioners(
            LedgerWrites writes,
            PersonalDataVault vault,
            PractitionerRecords practitioners,
            EnterpriseRecords enterprises,
            AgencyRecords agencies,
            Clock clock) {
        this.writes = writes;
        this.vault = vault;
        this.practitioners = practitioners;
        this.enterprises = enterprises;
        this.agencies = agencies;
        this.clock = clock;
    }

    public Written register(RequestMetadata caller, PractitionerRegistration request) {
        String registrationNo = registrationNo(request.registrationNo());
        Qualification qualification = Checks.oneOf("qualification", request.qualification(), Qualification.class);
        FieldChecks.require(request, clock);
        EmployerKind kind = null;
        String employer = null;
        LocalDate from = request.employedFrom() == null ? request.qualifiedOn() : request.employedFrom();
        if (request.employerUscc() != null) {
            employer = Uscc.parseWithOverride(request.employerUscc()).value();
            kind = employerKind(employer, request.employerKind());
        }
        String keyId = SubjectIds.practitioner(registrationNo);
        RegisterPractitioner command = new RegisterPractitioner(
                keyId,
                registrationNo,
                qualification.name(),
                request.qualifiedOn(),
                vault.seal(keyId, "name", request.name().strip()),
                vault.seal(keyId, "idNumber", IdentityNumber.normalise(request.idNumber())),
                employer == null ? null : newId("emp"),
                kind == null ? null : kind.name(),
                employer,
                employer == null ? null : from);
        return writes.create(caller, request, command, registrationNo);
    }

    public Written startEmployment(RequestMetadata caller, String registrationNo, Employment request) {
        String id = known(registrationNo);
        String employer = Uscc.parseWithOverride(request.employerUscc()).value();
        EmployerKind kind = employerKind(employer, request.employerKind());
        FieldChecks.require(request, clock);
        String employment = newId("emp");
        return writes.create(
                caller,
                request,
                new StartEmployment(id, employment, kind.name(), employer, request.from()),
                employment);
    }

    public Written endEmployment(
            RequestMetadata caller, String registrationNo, String employmentId, EmploymentEnd request) {
        String id = known(registrationNo);
        FieldChecks.require(request, clock);
        return writes.act(caller, request, new EndEmployment(id, employmentId, request.endedOn()), employmentId);
    }

    /**
     * Records the erasure, then destroys the person's key. Also when the erasure was recorded before (a repeat, or
     * an earlier attempt that stopped between the two): the key is destroyed whatever the answer.
     */
    public Written erase(RequestMetadata caller, String registrationNo, Erasure request) {
        String id = known(registrationNo);
        try {
            Written written = writes.act(
                    caller,
                    request,
                    new ErasePersonalData(id, request.requestNo(), request.reason(), LedgerTime.today(clock)),
                    SubjectIds.registrationNo(registrationNo));
            vault.destroy(id, clock.instant());
            return written;
        } catch (ConflictException alreadyErased) {
            if ("already-erased".equals(alreadyErased.code())) {
                vault.destroy(id, clock.instant());
            }
            throw alreadyErased;
        }
    }

    private String registrationNo(String text) {
        if (!SubjectIds.isRegistrationNo(text)) {
            throw new InvalidInputException("registration-no", "registrationNo");
        }
        return SubjectIds.registrationNo(text);
    }

    private String known(String registrationNo) {
        if (!SubjectIds.isRegistrationNo(registrationNo)
                || practitioners.byRegistrationNo(registrationNo).isEmpty()) {
            throw new NotFoundException(
                    "unknown-practitioner",
                    "registrationNo",
                    (SubjectIds.isRegistrationNo(registrationNo) ? registrationNo : "?"));
        }
        return SubjectIds.practitioner(registrationNo);
    }

    /** The employer as the ledger knows it: an enterprise or an agency of that code, or a 404. */
    private EmployerKind employerKind(String uscc, String claimed) {
        EmployerKind kind = claimed == null ? null : Checks.oneOf("employerKind", claimed, EmployerKind.class);
        boolean enterprise = (kind == null || kind == EmployerKind.ENTERPRISE)
                && enterprises.load(uscc).isPresent();
        boolean agency = (kind == null || kind == EmployerKind.AGENCY)
                && agencies.load(uscc).isPresent();
        if (enterprise && agency) {
            throw new InvalidInputException("employer-kind-needed", "employerKind", uscc);
        }
        if (!enterprise && !agency) {
            throw new NotFoundException("unknown-employer", "employerUscc", uscc);
        }
        return enterprise ? EmployerKind.ENTERPRISE : EmployerKind.AGENCY;
    }
}

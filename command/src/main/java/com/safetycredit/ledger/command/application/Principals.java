package com.safetycredit.ledger.command.application;

import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.contracts.values.SubjectIds;
import com.safetycredit.ledger.rules.domain.EmployerKind;
import com.safetycredit.ledger.rules.domain.ListingGrounds;
import com.safetycredit.ledger.rules.domain.Qualification;
import com.safetycredit.ledger.rules.person.PractitionerRecord;
import com.safetycredit.ledger.rules.person.PractitionerRecords;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * 应急管理部令第11号 basis 5 is a person's conduct: the principal (主要负责人) who did not organise the rescue, left
 * the post or absconded. A notice or listing on that basis names the person; this checks, before the command is
 * sent, that the ledger knows them as a principal of that enterprise. The enterprise's stream cannot see the
 * practitioner's, so the check lives here, beside the other look-ups across subjects.
 */
@Component
public class Principals {

    private final PractitionerRecords practitioners;

    public Principals(PractitionerRecords practitioners) {
        this.practitioners = practitioners;
    }

    /**
     * The registration number as the ledger keys it, or {@code null} when none is named (a basis-5 decision may
     * take its notice's). Refused: a principal on another basis; an unknown person; a person not on record as a
     * principal; a principal whose employment at {@code uscc} had not begun by {@code day} (one who left since is
     * still the principal the conduct was theirs as).
     */
    public String named(String uscc, Integer basis, String registrationNo, LocalDate day) {
        if (registrationNo == null || registrationNo.isBlank() || basis == null) {
            return null;
        }
        ListingGrounds.checkPrincipalNamed(basis, registrationNo);
        if (!SubjectIds.isRegistrationNo(registrationNo)) {
            throw new InvalidInputException("registration-no", "principalRegistrationNo");
        }
        String key = SubjectIds.registrationNo(registrationNo);
        PractitionerRecord person = practitioners
                .byRegistrationNo(key)
                .orElseThrow(() -> new NotFoundException("unknown-practitioner", "principalRegistrationNo", key));
        if (!Qualification.PRINCIPAL.name().equals(person.qualification())) {
            throw new ConflictException(
                    "not-a-principal",
                    "principalRegistrationNo",
                    key,
                    new LedgerProblem.Label("enum.Qualification", person.qualification()));
        }
        boolean employedThere = person.employments().values().stream()
                .anyMatch(job -> EmployerKind.ENTERPRISE.name().equals(job.employerKind())
                        && job.employerUscc().equals(uscc)
                        && !job.from().isAfter(day));
        if (!employedThere) {
            throw new ConflictException("principal-not-employed", "principalRegistrationNo", key, day);
        }
        return key;
    }
}

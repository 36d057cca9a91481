package com.safetycredit.ledger.query.person;

import com.safetycredit.ledger.contracts.personal.SealedValue;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.contracts.values.IdentityNumber;
import com.safetycredit.ledger.contracts.values.SubjectIds;
import com.safetycredit.ledger.query.agency.Directory;
import com.safetycredit.ledger.query.agency.StreamHistory;
import com.safetycredit.ledger.query.history.HistoryEntry;
import com.safetycredit.ledger.query.profile.AsOf;
import com.safetycredit.ledger.rules.agency.AgencyRecord;
import com.safetycredit.ledger.rules.agency.AgencyRecords;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.credit.EnterpriseRecords;
import com.safetycredit.ledger.rules.domain.EmployerKind;
import com.safetycredit.ledger.rules.person.PractitionerRecord;
import com.safetycredit.ledger.rules.person.PractitionerRecords;
import com.safetycredit.ledger.store.personal.PersonalDataVault;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Staff questions about practitioners. Personal fields are opened here, at answer time, from the sealed values
 * in the person's own events — no read model keeps them — so an erasure takes effect in every answer at once and
 * a replay has nothing to forget: where the key is destroyed (or the erasure is recorded) the field reads
 * 已删除. The identity number is never answered in clear, only masked.
 */
@Component
public class PractitionerProfiles {

    /** {@code name} and {@code idNumberMasked} read 已删除 once erased. */
    public record Profile(
            String registrationNo,
            String qualification,
            LocalDate qualifiedOn,
            String name,
            String idNumberMasked,
            boolean erased,
            LocalDate erasedOn,
            String erasureRequestNo,
            List<Employment> employments,
            List<HistoryEntry> history,
            long lastPosition) {}

    public record Employment(
            String employmentId,
            String employerKind,
            String employerUscc,
            String employerName,
            LocalDate from,
            LocalDate endedOn) {}

    /** A practitioner in a search: no personal field. */
    public record Summary(
            String registrationNo,
            String qualification,
            LocalDate qualifiedOn,
            String employerKind,
            String employerUscc,
            boolean erased) {}

    private final PractitionerRecords records;
    private final PersonalDataVault vault;
    private final StreamHistory history;
    private final Directory directory;
    private final EnterpriseRecords enterprises;
    private final AgencyRecords agencies;
    private final Clock clock;

    public PractitionerProfiles(
            PractitionerRecords records,
            PersonalDataVault vault,
            StreamHistory history,
            Directory directory,
            EnterpriseRecords enterprises,
            AgencyRecords agencies,
            Clock clock) {
        this.clock = clock;
        this.records = records;
        this.vault = vault;
        this.history = history;
        this.directory = directory;
        this.enterprises = enterprises;
        this.agencies = agencies;
    }

    /** By registration number (a part of it), qualification, or the employer they are registered at today. */
    public List<Summary> search(String q, String qualification, String employerUscc) {
        LocalDate today = AsOf.validAt(null, clock);
        String needle = q == null ? "" : SubjectIds.registrationNo(q);
        if (needle.length() > 40) {
            throw new InvalidInputException("max-length", "q", 40);
        }
        return directory.practitioners().stream()
                .filter(p -> p.registrationNo().contains(needle))
                .filter(p -> qualification == null
                        || qualification.isBlank()
                        || p.qualification().equals(qualification.toUpperCase(Locale.ROOT)))
                .map(p -> {
                    Directory.Employment now = p.employmentOn(today).orElse(null);
                    return new Summary(
                            p.registrationNo(),
                            p.qualification(),
                            p.qualifiedOn(),
                            now == null ? null : now.employerKind(),
                            now == null ? null : now.employerUscc(),
                            p.erased());
                })
                .filter(s -> employerUscc == null || employerUscc.isBlank() || employerUscc.equals(s.employerUscc()))
                .toList();
    }

    public Profile profile(String registrationNo) {
        PractitionerRecord record = record(registrationNo);
        boolean erased = record.erasure().isPresent();
        String name = erased ? SealedValue.ERASED : opened(record.sealedName(), "name");
        String id = erased ? SealedValue.ERASED : opened(record.sealedIdNumber(), "idNumber");
        List<Employment> employments = record.employments().values().stream()
                .map(e -> new Employment(
                        e.id(), e.employerKind(), e.employerUscc(), employerName(e), e.from(), e.endedOn()))
                .toList();
        return new Profile(
                record.registrationNo(),
                record.qualification(),
                record.qualifiedOn(),
                name,
                id.equals(SealedValue.ERASED) ? id : IdentityNumber.mask(id),
                erased,
                record.erasure().map(PractitionerRecord.Erasure::erasedOn).orElse(null),
                record.erasure().map(PractitionerRecord.Erasure::requestNo).orElse(null),
                employments,
                history.of(SubjectIds.practitioner(registrationNo), data -> shown(data, erased)),
                record.lastPosition());
    }

    /** The practitioners' records registered at an enterprise at any time (for the engineer award). */
    public List<PractitionerRecord> everRegisteredAt(String uscc) {
        return directory.everEmployedAt(EmployerKind.ENTERPRISE.name(), uscc).stream()
                .map(p -> records.byRegistrationNo(p.registrationNo()))
                .flatMap(Optional::stream)
                .toList();
    }

    /** A history entry's data with every sealed value replaced: (加密) while the key lives, 已删除 after. */
    private static Map<String, Object> shown(Map<String, Object> data, boolean erased) {
        Map<String, Object> shown = new LinkedHashMap<>();
        data.forEach((field, value) -> shown.put(
                field,
                value instanceof String text && SealedValue.isSealed(text)
                        ? (erased ? SealedValue.ERASED : SealedValue.SEALED)
                        : value));
        return shown;
    }

    private String opened(String sealed, String field) {
        return vault.open(sealed, field).orElse(SealedValue.ERASED);
    }

    private String employerName(PractitionerRecord.Employment employment) {
        return EmployerKind.AGENCY.name().equals(employment.employerKind())
                ? agencies.load(employment.employerUscc())
                        .map(AgencyRecord::name)
                        .orElse(null)
                : enterprises
                        .load(employment.employerUscc())
                        .map(EnterpriseRecord::name)
                        .orElse(null);
    }

    private PractitionerRecord record(String registrationNo) {
        if (!SubjectIds.isRegistrationNo(registrationNo)) {
            throw new NotFoundException("unknown-practitioner", "registrationNo").explainedAs("no-number");
        }
        return records.byRegistrationNo(registrationNo)
                .orElseThrow(() -> new NotFoundException(
                        "unknown-practitioner", "registrationNo", SubjectIds.registrationNo(registrationNo)));
    }
}

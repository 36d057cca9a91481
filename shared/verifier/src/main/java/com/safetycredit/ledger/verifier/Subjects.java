package com.safetycredit.ledger.verifier;

import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.contracts.events.AgencyFact;
import com.safetycredit.ledger.contracts.events.PractitionerFact;
import com.safetycredit.ledger.contracts.personal.SealedValue;
import com.safetycredit.ledger.contracts.values.SubjectIds;
import com.safetycredit.ledger.rules.agency.AgencyAssessor;
import com.safetycredit.ledger.rules.agency.AgencyEvaluation;
import com.safetycredit.ledger.rules.agency.AgencyEvaluationRules;
import com.safetycredit.ledger.rules.agency.AgencyRecord;
import com.safetycredit.ledger.rules.domain.EmployerKind;
import com.safetycredit.ledger.rules.person.PractitionerRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The credit subjects beyond enterprises, folded from an export in ledger order: each agency's and each
 * practitioner's record from their own stream, with the same rule code the server runs (status, evaluation, the
 * engineer award's basis). Personal fields stay what the export holds: sealed values the verifier cannot open.
 */
final class Subjects {

    private final Map<String, AgencyRecord> agencies = new TreeMap<>();
    private final Map<String, PractitionerRecord> practitioners = new TreeMap<>();

    /** Folds one event into the subject whose own stream holds it. */
    void accept(StoredEvent event, Object payload) {
        if (payload instanceof AgencyFact fact
                && SubjectIds.agency(fact.agencyUscc()).equals(event.aggregateId())) {
            agencies.computeIfAbsent(fact.agencyUscc(), u -> new AgencyRecord()).apply(payload, event.position());
        } else if (payload instanceof PractitionerFact fact
                && SubjectIds.practitioner(fact.registrationNo()).equals(event.aggregateId())) {
            practitioners
                    .computeIfAbsent(fact.registrationNo(), r -> new PractitionerRecord())
                    .apply(payload, event.position());
        }
    }

    /** A practitioner as folded so far: what an award decision at this point of the ledger saw. */
    Optional<PractitionerRecord> practitioner(String registrationNo) {
        return Optional.ofNullable(practitioners.get(SubjectIds.registrationNo(registrationNo)))
                .filter(PractitionerRecord::registered);
    }

    List<OfflineVerifier.AgencyEntry> agencies(LocalDate asOf) {
        return agencies.values().stream()
                .filter(AgencyRecord::registered)
                .map(a -> {
                    AgencyAssessor.Assessment assessment = AgencyAssessor.assess(a, asOf);
                    return new OfflineVerifier.AgencyEntry(
                            a.uscc(),
                            a.name(),
                            a.regionCode(),
                            assessment.status().name(),
                            assessment.reasons());
                })
                .toList();
    }

    List<AgencyEvaluation.Result> evaluation(int year, AgencyEvaluationRules rules) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        return agencies.values().stream()
                .map(a -> AgencyEvaluation.evaluate(a, year, staffOn(a.uscc(), yearEnd), rules))
                .flatMap(Optional::stream)
                .toList();
    }

    List<OfflineVerifier.PractitionerEntry> practitioners() {
        return practitioners.values().stream()
                .filter(PractitionerRecord::registered)
                .map(p -> {
                    boolean erased = p.erasure().isPresent();
                    String shown = erased ? SealedValue.ERASED : SealedValue.SEALED;
                    return new OfflineVerifier.PractitionerEntry(
                            p.registrationNo(), p.qualification(), shown, shown, erased);
                })
                .toList();
    }

    private int staffOn(String agencyUscc, LocalDate day) {
        return (int) practitioners.values().stream()
                .filter(p -> p.employments().values().stream()
                        .anyMatch(e -> e.employerKind().equals(EmployerKind.AGENCY.name())
                                && e.employerUscc().equals(agencyUscc)
                                && e.activeOn(day)))
                .count();
    }
}

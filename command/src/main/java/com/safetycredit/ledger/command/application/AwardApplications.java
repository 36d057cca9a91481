package com.safetycredit.ledger.command.application;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.contracts.commands.ApplyForAward;
import com.safetycredit.ledger.contracts.commands.ReviewAward;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.ForbiddenException;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.contracts.validation.CleanText;
import com.safetycredit.ledger.contracts.values.Uscc;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.credit.EnterpriseRecords;
import com.safetycredit.ledger.rules.domain.Qualification;
import com.safetycredit.ledger.rules.labels.FactNames;
import com.safetycredit.ledger.rules.person.PractitionerRecord;
import com.safetycredit.ledger.rules.person.PractitionerRecords;
import com.safetycredit.ledger.rules.policy.AwardBases;
import com.safetycredit.ledger.rules.policy.AwardBasis;
import com.safetycredit.ledger.rules.policy.AwardEvaluator;
import com.safetycredit.ledger.rules.policy.AwardPolicy;
import com.safetycredit.ledger.rules.policy.AwardPolicyCatalog;
import com.safetycredit.ledger.rules.policy.AwardRule;
import com.safetycredit.ledger.store.LedgerReader;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Award applications and the joint departmental review. An application is refused before anything is appended
 * when the enterprise is outside the policy's region in the policy year, the year is not the policy's, or its
 * basis was already applied for (409 naming the first application).
 */
@Component
public class AwardApplications {

    public record Application(
            @CleanText @NotBlank String uscc,
            @CleanText @NotBlank String awardType,
            @NotNull @Min(2000) @Max(2100) Integer policyYear,
            @CleanText @Size(max = 100) String basisId) {}

    /** {@code department}: optional; when given it must be the reviewer's own (the account's) department. */
    public record Review(
            @CleanText @Size(max = 64) String department,
            @CleanText @NotBlank String decision,
            @CleanText(multiline = true) @Size(max = 1000) String reason)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.oneOf("decision", decision, Decision.class)
                    .ensure(
                            !Decision.VETO.name().equals(decision) || (reason != null && !reason.isBlank()),
                            "veto-reason",
                            "reason");
        }
    }

    public enum Decision {
        APPROVE,
        VETO
    }

    private final LedgerWrites writes;
    private final AwardPolicyCatalog policies;
    private final EnterpriseRecords records;
    private final LedgerReader store;
    private final Clock clock;
    private final PractitionerRecords practitioners;

    public AwardApplications(
            LedgerWrites writes,
            AwardPolicyCatalog policies,
            EnterpriseRecords records,
            LedgerReader store,
            Clock clock,
            PractitionerRecords practitioners) {
        this.practitioners = practitioners;
        this.writes = writes;
        this.policies = policies;
        this.records = records;
        this.store = store;
        this.clock = clock;
    }

    public Written apply(RequestMetadata caller, Application request) {
        return writes.create(caller, request, () -> prepare(request));
    }

    public Written review(RequestMetadata caller, String applicationId, Review request) {
        FieldChecks.require(request, clock);
        Decision decision = Checks.oneOf("decision", request.decision(), Decision.class);
        String department = reviewersDepartment(caller, request.department());
        return writes.send(
                caller,
                request,
                new ReviewAward(applicationId, department, decision.name(), request.reason(), LedgerTime.today(clock)),
                false,
                outcome -> WriteResponse.withOutcome(applicationId, outcome));
    }

    private LedgerWrites.Prepared prepare(Application request) {
        String uscc = Uscc.parseWithOverride(request.uscc()).value();
        AwardPolicy policy = policies.forPolicyYear(request.policyYear())
                .orElseThrow(() -> new InvalidInputException(
                        "year-not-covered", "policyYear", String.valueOf(request.policyYear())));
        AwardRule rule = policy.award(request.awardType())
                .orElseThrow(() -> new InvalidInputException(
                        "one-of",
                        "awardType",
                        request.awardType(),
                        policy.awards().keySet().stream()
                                .map(a -> new LedgerProblem.Label("award", a))
                                .toList()));
        EnterpriseRecord record =
                records.load(uscc).orElseThrow(() -> new NotFoundException("unknown-enterprise", "uscc", uscc));
        inScope(policy, request.policyYear(), record);
        AwardBasis basis = rule.basedOnPractitioner()
                ? person(policy, rule, request, record)
                : request.basisId() == null
                        ? firstUnpaid(policy, rule, request, record)
                        : named(policy, rule, request, record);
        String id = basis.applicationId(policy.id());
        return new LedgerWrites.Prepared(
                new ApplyForAward(
                        id,
                        uscc,
                        request.awardType(),
                        request.policyYear(),
                        basis.sourceId(),
                        policy.id(),
                        policy.reviewDepartments().codes(),
                        LedgerTime.today(clock)),
                id);
    }

    /** A named basis: of the award's kind, of the policy year, and not applied for yet. */
    private AwardBasis named(AwardPolicy policy, AwardRule rule, Application request, EnterpriseRecord record) {
        AwardBasis basis = AwardBases.of(rule, request.awardType(), request.basisId(), record)
                .orElseThrow(() -> new InvalidInputException(
                        "basis-unknown", "basisId", new LedgerProblem.Label("award", request.awardType())));
        if (!AwardBases.candidates(rule, request.awardType(), request.policyYear(), record)
                .contains(basis)) {
            throw new InvalidInputException(
                    "basis-not-in-year",
                    "basisId",
                    FactNames.of(record, basis.sourceId()),
                    String.valueOf(request.policyYear()));
        }
        String id = basis.applicationId(policy.id());
        if (applied(id)) {
            throw taken(record, basis, id);
        }
        return basis;
    }

    /**
     * A person's award (the engineer award): the practitioner named by registration number, of the award's
     * qualification, registered at this enterprise, earned in the policy year, and never applied for — whichever
     * enterprise applied (the once-per-person key is the registration number, as it was for the certificates).
     */
    private AwardBasis person(AwardPolicy policy, AwardRule rule, Application request, EnterpriseRecord record) {
        String what = Qualification.valueOf(rule.practitioner()).label();
        if (request.basisId() == null || record.certifications().containsKey(request.basisId())) {
            throw new InvalidInputException("practitioner-basis-required", "basisId", what);
        }
        PractitionerRecord practitioner = practitioners
                .byRegistrationNo(request.basisId())
                .filter(p -> rule.practitioner().equals(p.qualification()))
                .orElseThrow(() -> new InvalidInputException("no-basis", "basisId", request.basisId(), what)
                        .explainedAs("practitioner"));
        LocalDate earned = AwardBases.personYear(rule, record.uscc(), practitioner)
                .orElseThrow(() -> new InvalidInputException(
                        "not-registered-here", "basisId", what, practitioner.registrationNo()));
        if (earned.getYear() != request.policyYear()) {
            throw new InvalidInputException(
                            "basis-not-in-year",
                            "basisId",
                            what,
                            practitioner.registrationNo(),
                            earned,
                            request.policyYear())
                    .explainedAs("practitioner");
        }
        AwardBasis basis = AwardBases.person(practitioner.registrationNo());
        String id = basis.applicationId(policy.id());
        if (applied(id)) {
            throw taken(record, basis, id);
        }
        return basis;
    }

    /** No basis named: the first basis of the year, in the fixed order, that nobody applied for yet. */
    private AwardBasis firstUnpaid(AwardPolicy policy, AwardRule rule, Application request, EnterpriseRecord record) {
        List<AwardBasis> candidates = AwardBases.candidates(rule, request.awardType(), request.policyYear(), record);
        if (candidates.isEmpty()) {
            throw new InvalidInputException(
                    "no-basis",
                    "basisId",
                    String.valueOf(request.policyYear()),
                    new LedgerProblem.Label("award", request.awardType()));
        }
        return candidates.stream()
                .filter(b -> !applied(b.applicationId(policy.id())))
                .findFirst()
                .orElseThrow(
                        () -> taken(record, candidates.get(0), candidates.get(0).applicationId(policy.id())));
    }

    private boolean applied(String applicationId) {
        return !store.readAggregateStoredEvents(applicationId).isEmpty();
    }

    /** The basis by its name (a certificate's number, an investment's year and amount); the first application's id rides along. */
    private static ConflictException taken(EnterpriseRecord record, AwardBasis basis, String firstApplication) {
        return new ConflictException("basis-taken", "basisId", FactNames.of(record, basis.sourceId()))
                .related(firstApplication);
    }

    /** RULES.md §7a scope, refused before anything is appended: registered in the policy's region that year. */
    private static void inScope(AwardPolicy policy, int year, EnterpriseRecord record) {
        Optional<EnterpriseRecord.ProfileVersion> profile = AwardEvaluator.profileOfYear(record, year);
        if (profile.isEmpty()) {
            throw new InvalidInputException("not-registered-in-year", "uscc", String.valueOf(year));
        }
        if (!AwardEvaluator.scopeFailures(policy, year, record).isEmpty()) {
            throw new InvalidInputException(
                    "out-of-scope",
                    "uscc",
                    String.valueOf(year),
                    new LedgerProblem.Label("region", profile.get().regionCode()),
                    policy.documentNo(),
                    new LedgerProblem.Label("region", policy.issuingRegion()));
        }
    }

    /**
     * Separation of duties: a reviewer gives the opinion of the department of their account (matched by the
     * department's code or its name in the policies); a body naming another department is refused (403).
     */
    private String reviewersDepartment(RequestMetadata caller, String claimed) {
        String account = caller.department();
        String own = account == null ? null : departmentCode(account);
        if (own == null) {
            throw new ForbiddenException("not-a-review-department", "department", String.valueOf(account));
        }
        if (claimed != null && !claimed.isBlank() && !own.equals(departmentCode(claimed))) {
            throw new ForbiddenException(
                    "not-your-department", "department", new LedgerProblem.Label("department", own), claimed);
        }
        return own;
    }

    private String departmentCode(String department) {
        for (Map.Entry<String, String> entry : policies.reviewDepartments().entrySet()) {
            if (entry.getKey().equals(department) || entry.getValue().equals(department)) {
                return entry.getKey();
            }
        }
        return null;
    }
}

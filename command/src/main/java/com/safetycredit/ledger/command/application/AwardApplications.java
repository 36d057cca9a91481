package com.safetycredit.ledger.command.application;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.contracts.commands.ApplyForAward;
import com.safetycredit.ledger.contracts.commands.ReviewAward;
import com.safetycredit.ledger.contracts.problems.AwardRefusedException;
import com.safetycredit.ledger.contracts.problems.AwardRefusedException.Kind;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.contracts.validation.CleanText;
import com.safetycredit.ledger.contracts.values.Uscc;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.credit.EnterpriseRecords;
import com.safetycredit.ledger.rules.domain.Qualification;
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
            @CleanText(multiline = true) @Size(max = 1000) String reason) {}

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
        Decision decision = Checks.oneOf("decision", request.decision(), Decision.class);
        if (decision == Decision.VETO
                && (request.reason() == null || request.reason().isBlank())) {
            throw new AwardRefusedException(
                    Kind.INVALID, "reason", "veto-reason", "一票否决须说明理由", "a veto needs its reason");
        }
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
                .orElseThrow(() -> new AwardRefusedException(
                        Kind.INVALID,
                        "policyYear",
                        "year-not-covered",
                        "没有奖励政策适用于 " + request.policyYear() + " 年度",
                        "no award policy covers policy year " + request.policyYear()));
        AwardRule rule = policy.award(request.awardType())
                .orElseThrow(() -> new AwardRefusedException(
                        Kind.INVALID,
                        "awardType",
                        "one-of",
                        policy.documentNo() + " 没有奖励类型 " + request.awardType(),
                        policy.documentNo() + " has no award " + request.awardType() + "; one of "
                                + policy.awards().keySet()));
        EnterpriseRecord record = records.load(uscc)
                .orElseThrow(() -> new NotFoundException("Unknown enterprise", "The ledger has no enterprise " + uscc));
        AwardEvaluator.scopeFailures(policy, request.policyYear(), record).stream()
                .findFirst()
                .ifPresent(reason -> {
                    throw new AwardRefusedException(
                            Kind.INVALID,
                            "uscc",
                            "out-of-scope",
                            reason.message(),
                            policy.documentNo() + " pays only enterprises registered in region "
                                    + policy.issuingRegion() + " in the policy year; " + uscc + " was not in "
                                    + request.policyYear());
                });
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
                .orElseThrow(() -> new AwardRefusedException(
                        Kind.INVALID,
                        "basisId",
                        "no-basis",
                        "该企业没有可作为 " + request.awardType() + " 依据的证书或投入 " + request.basisId(),
                        "no certification or investment " + request.basisId() + " of " + record.uscc() + " can ground "
                                + request.awardType()));
        if (!AwardBases.candidates(rule, request.awardType(), request.policyYear(), record)
                .contains(basis)) {
            throw new AwardRefusedException(
                    Kind.INVALID,
                    "basisId",
                    "basis-not-in-year",
                    "依据 " + request.basisId() + " 不属于 " + request.policyYear() + " 年度（或已撤销）",
                    "basis " + request.basisId() + " is not of policy year " + request.policyYear()
                            + " (or was revoked)");
        }
        String id = basis.applicationId(policy.id());
        if (applied(id)) {
            throw taken(basis, id);
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
            throw new AwardRefusedException(
                    Kind.INVALID,
                    "basisId",
                    "practitioner-basis-required",
                    "该奖励的依据是从业人员本人：basisId 须为" + what + "的注册号（从业人员先登记，并注册在本企业）",
                    "the basis of this award is the practitioner: basisId must be the " + rule.practitioner()
                            + "'s registration number");
        }
        PractitionerRecord practitioner = practitioners
                .byRegistrationNo(request.basisId())
                .filter(p -> rule.practitioner().equals(p.qualification()))
                .orElseThrow(() -> new AwardRefusedException(
                        Kind.INVALID,
                        "basisId",
                        "no-basis",
                        "账本中没有注册号为 " + request.basisId() + " 的" + what,
                        "the ledger has no " + rule.practitioner() + " with registration number " + request.basisId()));
        LocalDate earned = AwardBases.personYear(rule, record.uscc(), practitioner)
                .orElseThrow(() -> new AwardRefusedException(
                        Kind.INVALID,
                        "basisId",
                        "not-registered-here",
                        what + " " + practitioner.registrationNo() + " 未在取得资格后注册在 " + record.uscc(),
                        "the " + rule.practitioner() + " was never registered at " + record.uscc()
                                + " while qualified"));
        if (earned.getYear() != request.policyYear()) {
            throw new AwardRefusedException(
                    Kind.INVALID,
                    "basisId",
                    "basis-not-in-year",
                    what + " " + practitioner.registrationNo() + " 于 " + earned + " 注册在本企业，不属于 " + request.policyYear()
                            + " 年度",
                    "registered at this enterprise on " + earned + ", not in policy year " + request.policyYear());
        }
        AwardBasis basis = AwardBases.person(practitioner.registrationNo());
        String id = basis.applicationId(policy.id());
        if (applied(id)) {
            throw taken(basis, id);
        }
        return basis;
    }

    /** No basis named: the first basis of the year, in the fixed order, that nobody applied for yet. */
    private AwardBasis firstUnpaid(AwardPolicy policy, AwardRule rule, Application request, EnterpriseRecord record) {
        List<AwardBasis> candidates = AwardBases.candidates(rule, request.awardType(), request.policyYear(), record);
        if (candidates.isEmpty()) {
            throw new AwardRefusedException(
                    Kind.INVALID,
                    "basisId",
                    "no-basis",
                    record.uscc() + " 在 " + request.policyYear() + " 年度没有可作为 " + request.awardType() + " 依据的证书或投入",
                    record.uscc() + " has no certification or investment of " + request.policyYear() + " that grounds "
                            + request.awardType());
        }
        return candidates.stream()
                .filter(b -> !applied(b.applicationId(policy.id())))
                .findFirst()
                .orElseThrow(() -> taken(candidates.get(0), candidates.get(0).applicationId(policy.id())));
    }

    private boolean applied(String applicationId) {
        return !store.readAggregateStoredEvents(applicationId).isEmpty();
    }

    private static AwardRefusedException taken(AwardBasis basis, String firstApplication) {
        return new AwardRefusedException(
                Kind.CONFLICT,
                "basisId",
                "basis-taken",
                "该依据（" + basis.sourceId() + "）已由申请 " + firstApplication + " 申请过，同一成果只奖励一次",
                "basis " + basis.sourceId() + " was already applied for by application " + firstApplication
                        + "; one achievement is paid once");
    }

    /**
     * Separation of duties: a reviewer gives the opinion of the department of their account (matched by the
     * department's code or its name in the policies); a body naming another department is refused (403).
     */
    private String reviewersDepartment(RequestMetadata caller, String claimed) {
        String account = caller.department();
        String own = account == null ? null : departmentCode(account);
        if (own == null) {
            throw new AwardRefusedException(
                    Kind.FORBIDDEN,
                    "department",
                    "not-a-review-department",
                    "您的账号部门（" + account + "）不是联审部门，不能给出联审意见",
                    "your account's department (" + account + ") is not a joint-review department");
        }
        if (claimed != null && !claimed.isBlank() && !own.equals(departmentCode(claimed))) {
            throw new AwardRefusedException(
                    Kind.FORBIDDEN,
                    "department",
                    "not-your-department",
                    "只能给出本部门（" + policies.reviewDepartments().get(own) + "）的意见，不能代 " + claimed + " 审核",
                    "you may give the opinion of your own department (" + own + ") only, not of " + claimed);
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

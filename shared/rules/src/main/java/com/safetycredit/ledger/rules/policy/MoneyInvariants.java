package com.safetycredit.ledger.rules.policy;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.award.AwardApplied;
import com.safetycredit.ledger.contracts.events.award.AwardGranted;
import com.safetycredit.ledger.contracts.events.award.AwardMarkedForRecovery;
import com.safetycredit.ledger.contracts.events.award.AwardRecoveryLifted;
import com.safetycredit.ledger.contracts.values.AwardDecision;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The money invariants of RULES.md §7a as a pure function over the events in ledger order: fed one event at a
 * time, it names every grant that breaks one. The online verifier feeds it from the store, the offline verifier
 * from an export; nothing here knows where events come from.
 * <ul>
 *   <li>{@code SCOPE}: the enterprise was registered in the policy's region in the policy year;</li>
 *   <li>{@code ONCE_PER_BASIS}: the application's id is the one derived from its basis, and no basis is paid twice;</li>
 *   <li>{@code ONCE_PER_PERSON}: an engineer is paid once, whichever enterprise applied;</li>
 *   <li>{@code CAP}: the grants of an enterprise, policy, year and award type stay within the cap of the year's industry;</li>
 *   <li>{@code GATES}: no grant in a year the facts known at the grant already barred;</li>
 *   <li>{@code RECOVERY}: every granted award the facts now bar is marked for recovery, every mark names a grant and
 *       its amount, and a mark the facts no longer support was lifted.</li>
 * </ul>
 * A grant the facts already barred when it was made (it raced the barring fact, recorded at the same moment) is not
 * a violation once it was marked for recovery: the ledger set it right. A recovery the ledger appends right after its
 * triggering fact is <em>pending</em>, not missing, while the recovery policy has not yet reached that fact
 * ({@link #pending(long)}).
 */
public final class MoneyInvariants {

    /** One broken invariant, at the position of the event that breaks it. */
    public record Violation(String invariant, long position, String applicationId, String uscc, String message) {}

    private record Grant(long position, AwardApplied applied, long amountFen) {}

    /** A recovery the facts call for, and the position of the latest fact it rests on. */
    private record Due(Violation violation, long factPosition) {}

    private final AwardPolicyCatalog policies;
    private final Map<String, EnterpriseRecord> records = new HashMap<>();
    private final Map<String, AwardApplied> applications = new HashMap<>();
    private final Map<String, Grant> grants = new LinkedHashMap<>();
    private final Map<String, String> paidBases = new HashMap<>();
    private final Map<String, String> paidPersons = new HashMap<>();
    private final Map<String, AwardYearBook> books = new HashMap<>();
    private final Map<String, Boolean> recoveryPending = new HashMap<>();
    private final Map<String, List<Violation>> barredWhenGranted = new HashMap<>();
    private final List<Violation> violations = new ArrayList<>();

    public MoneyInvariants(AwardPolicyCatalog policies) {
        this.policies = policies;
    }

    /** Checks a whole sequence of {@code (position, event)} pairs. */
    public static List<Violation> check(AwardPolicyCatalog policies, Iterable<Map.Entry<Long, Object>> events) {
        MoneyInvariants invariants = new MoneyInvariants(policies);
        events.forEach(e -> invariants.accept(e.getKey(), e.getValue()));
        return invariants.violations();
    }

    /** Folds the next event (in ledger order). */
    public void accept(long position, Object event) {
        if (event instanceof AwardApplied applied) {
            applications.put(applied.applicationId(), applied);
        } else if (event instanceof AwardGranted granted) {
            grant(position, granted);
        } else if (event instanceof AwardMarkedForRecovery marked) {
            marked(position, marked);
        } else if (event instanceof AwardRecoveryLifted lifted) {
            recoveryPending.put(lifted.applicationId(), false);
        } else if (event instanceof EnterpriseFact fact) {
            records.computeIfAbsent(fact.uscc(), u -> new EnterpriseRecord()).apply(event, position);
        }
    }

    /** Every violation so far, then the recoveries the facts as they now stand call for. */
    public List<Violation> violations() {
        return violations(Long.MAX_VALUE);
    }

    /**
     * Every violation, counting a missing recovery only when the recovery policy has handled the fact that calls
     * for it ({@code settledUpTo}: the position the policy has reached); the others are {@link #pending(long)}.
     */
    public List<Violation> violations(long settledUpTo) {
        List<Violation> all = new ArrayList<>(violations);
        barredWhenGranted.forEach((id, barred) -> {
            if (!recoveryPending.containsKey(id)) {
                all.addAll(barred);
            }
        });
        grants.forEach((id, grant) -> recoveryState(id, grant)
                .filter(due -> due.factPosition() <= settledUpTo)
                .ifPresent(due -> all.add(due.violation())));
        return all;
    }

    /** The recoveries the facts call for that the recovery policy has not reached yet: not a violation, yet. */
    public List<Violation> pending(long settledUpTo) {
        List<Violation> pending = new ArrayList<>();
        grants.forEach((id, grant) -> recoveryState(id, grant)
                .filter(due -> due.factPosition() > settledUpTo)
                .ifPresent(due -> pending.add(due.violation())));
        return pending;
    }

    private void grant(long position, AwardGranted granted) {
        AwardApplied applied = applications.get(granted.applicationId());
        if (applied == null) {
            violate("ONCE_PER_BASIS", position, granted.applicationId(), granted.uscc(), "发放的奖励没有申请记录");
            return;
        }
        AwardPolicy policy = policy(applied.policyId());
        EnterpriseRecord record = records.getOrDefault(applied.uscc(), new EnterpriseRecord());
        if (policy == null) {
            violate("SCOPE", position, applied.applicationId(), applied.uscc(), "未知奖励政策 " + applied.policyId());
            return;
        }
        AwardRule rule = policy.award(applied.awardType()).orElse(null);
        scope(position, applied, policy, record);
        once(position, applied, policy, rule, record);
        gates(position, applied, policy, record);
        cap(position, applied, granted.amountFen(), rule, record);
        grants.put(applied.applicationId(), new Grant(position, applied, granted.amountFen()));
    }

    private void scope(long position, AwardApplied applied, AwardPolicy policy, EnterpriseRecord record) {
        AwardEvaluator.scopeFailures(policy, applied.policyYear(), record)
                .forEach(reason ->
                        violate("SCOPE", position, applied.applicationId(), applied.uscc(), reason.message()));
    }

    private void once(
            long position, AwardApplied applied, AwardPolicy policy, AwardRule rule, EnterpriseRecord record) {
        if (grants.containsKey(applied.applicationId())) {
            violate("ONCE_PER_BASIS", position, applied.applicationId(), applied.uscc(), "同一申请第二次发放");
            return;
        }
        Optional<AwardBasis> basis = rule == null || applied.basisId() == null
                ? Optional.empty()
                : AwardBases.of(rule, applied.awardType(), applied.basisId(), record);
        if (basis.isEmpty()) {
            violate("ONCE_PER_BASIS", position, applied.applicationId(), applied.uscc(), "申请未指明有效的依据");
            return;
        }
        String derived = basis.get().applicationId(policy.id());
        if (!derived.equals(applied.applicationId())) {
            violate(
                    "ONCE_PER_BASIS",
                    position,
                    applied.applicationId(),
                    applied.uscc(),
                    "申请编号不是由其依据导出的（应为 " + derived + "）");
        }
        String earlier = paidBases.putIfAbsent(derived, applied.applicationId());
        if (earlier != null) {
            violate("ONCE_PER_BASIS", position, applied.applicationId(), applied.uscc(), "同一依据已由申请 " + earlier + " 获奖");
        }
        if (basis.get().kind() == AwardBasis.Kind.PERSON) {
            String first =
                    paidPersons.putIfAbsent(policy.id() + "|" + basis.get().key(), applied.applicationId());
            if (first != null) {
                violate(
                        "ONCE_PER_PERSON",
                        position,
                        applied.applicationId(),
                        applied.uscc(),
                        "注册安全工程师 " + basis.get().key() + " 已由申请 " + first + " 获奖");
            }
        }
    }

    private void gates(long position, AwardApplied applied, AwardPolicy policy, EnterpriseRecord record) {
        if (!policy.coversPolicyYear(applied.policyYear())) {
            violate(
                    "GATES",
                    position,
                    applied.applicationId(),
                    applied.uscc(),
                    policy.documentNo() + " 不适用于 " + applied.policyYear() + " 年度");
        }
        AwardGates.failures(policy, applied.policyYear(), record).forEach(reason -> barredWhenGranted
                .computeIfAbsent(applied.applicationId(), id -> new ArrayList<>())
                .add(new Violation("GATES", position, applied.applicationId(), applied.uscc(), reason.message())));
    }

    private void cap(long position, AwardApplied applied, long amountFen, AwardRule rule, EnterpriseRecord record) {
        AwardYearBook book = books.computeIfAbsent(
                applied.uscc() + "|" + applied.policyId() + "|" + applied.policyYear(), k -> AwardYearBook.empty());
        book.record(applied.awardType(), amountFen);
        String industry = AwardEvaluator.profileOfYear(record, applied.policyYear())
                .map(EnterpriseRecord.ProfileVersion::industry)
                .orElse(record.industry());
        Long capFen = rule == null ? null : rule.capFen(industry);
        if (capFen != null && book.granted(applied.awardType()) > capFen) {
            violate(
                    "CAP",
                    position,
                    applied.applicationId(),
                    applied.uscc(),
                    applied.policyYear() + " 年度 "
                            + applied.awardType() + " 合计 " + AwardEvaluator.yuan(book.granted(applied.awardType()))
                            + " 元，超过上限 " + AwardEvaluator.yuan(capFen) + " 元");
        }
    }

    private void marked(long position, AwardMarkedForRecovery marked) {
        Grant grant = grants.get(marked.applicationId());
        if (grant == null) {
            violate("RECOVERY", position, marked.applicationId(), marked.uscc(), "追回的奖励未曾发放");
            return;
        }
        if (marked.amountFen() != null && marked.amountFen() != grant.amountFen()) {
            violate(
                    "RECOVERY",
                    position,
                    marked.applicationId(),
                    marked.uscc(),
                    "追回金额 "
                            + AwardEvaluator.yuan(marked.amountFen()) + " 元与发放金额 "
                            + AwardEvaluator.yuan(grant.amountFen())
                            + " 元不符");
        }
        recoveryPending.put(marked.applicationId(), true);
    }

    private Optional<Due> recoveryState(String applicationId, Grant grant) {
        AwardApplied applied = grant.applied();
        AwardPolicy policy = policy(applied.policyId());
        if (policy == null) {
            return Optional.empty();
        }
        EnterpriseRecord record = records.getOrDefault(applied.uscc(), new EnterpriseRecord());
        List<AwardDecision.Reason> reasons =
                AwardGates.recoveryReasons(policy, applied.policyYear(), applied.basisId(), record);
        boolean barred = !reasons.isEmpty();
        boolean pending = recoveryPending.getOrDefault(applicationId, false);
        if (barred && !pending) {
            long fact = reasons.stream()
                    .flatMap(reason -> reason.positions().stream())
                    .mapToLong(Long::longValue)
                    .max()
                    .orElse(grant.position());
            return Optional.of(new Due(
                    new Violation(
                            "RECOVERY",
                            grant.position(),
                            applicationId,
                            applied.uscc(),
                            applied.policyYear() + " 年度的事实已使该奖励不得享受，但未标记追回"),
                    Math.max(fact, grant.position())));
        }
        if (!barred && pending) {
            // the fact that lifted it is the latest of the enterprise's record
            return Optional.of(new Due(
                    new Violation("RECOVERY", grant.position(), applicationId, applied.uscc(), "追回所依据的事实已不成立，但追回未解除"),
                    record.lastPosition()));
        }
        return Optional.empty();
    }

    private AwardPolicy policy(String id) {
        return policies.byId(id).orElse(null);
    }

    private void violate(String invariant, long position, String applicationId, String uscc, String message) {
        violations.add(new Violation(invariant, position, applicationId, uscc, message));
    }
}

package com.safetycredit.ledger.rules.policy;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.award.AwardApplied;
import com.safetycredit.ledger.contracts.events.award.AwardDenied;
import com.safetycredit.ledger.contracts.events.award.AwardGranted;
import com.safetycredit.ledger.contracts.events.award.AwardMarkedForRecovery;
import com.safetycredit.ledger.contracts.events.award.AwardRecoveryLifted;
import com.safetycredit.ledger.contracts.values.AwardDecision;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The award flow in memory, built from the same pure rules the server's controller, award year and recovery
 * policy use ({@link AwardBases}, {@link AwardEvaluator}, {@link AwardGates}, {@link RecoveryTriggers}): an
 * application resolves and keys its basis, a grant passes its year's book, every trigger rechecks the years it
 * belongs to as of its own position. The property tests drive it with random facts and applications.
 */
final class MoneyLedgerModel {

    static final AwardPolicyCatalog CATALOG = AwardPolicyCatalog.shipped();
    static final AwardPolicy PINGHU = CATALOG.forPolicyYear(2021).orElseThrow();
    private static final LocalDate TODAY = LocalDate.of(2023, 6, 1);

    private final List<Map.Entry<Long, Object>> events = new ArrayList<>();
    private final Map<String, AwardApplied> pending = new LinkedHashMap<>();
    private final Map<String, AwardYearBook> books = new HashMap<>();
    /** year id → application id → grant (its position and event), for rechecks. */
    private final Map<String, Map<String, Map.Entry<Long, AwardGranted>>> grants = new HashMap<>();

    private final Map<String, Boolean> recoveryPending = new HashMap<>();

    List<Map.Entry<Long, Object>> events() {
        return events;
    }

    List<String> pendingApplications() {
        return List.copyOf(pending.keySet());
    }

    /** A fact about an enterprise; then the recovery policy's rechecks it triggers. */
    void fact(EnterpriseFact fact) {
        long position = append(fact);
        recheck(fact, position);
    }

    /** What the controller does: refuse out of scope, resolve or check the basis, refuse a basis applied for. */
    Optional<String> apply(String uscc, String awardType, int year, String basisId) {
        EnterpriseRecord record = recordUpTo(uscc, Long.MAX_VALUE);
        AwardRule rule = PINGHU.award(awardType).orElseThrow();
        if (!record.registered()
                || !PINGHU.coversPolicyYear(year)
                || !AwardEvaluator.scopeFailures(PINGHU, year, record).isEmpty()) {
            return Optional.empty();
        }
        List<AwardBasis> candidates = AwardBases.candidates(rule, awardType, year, record);
        Optional<AwardBasis> basis = basisId == null
                ? candidates.stream()
                        .filter(b -> !applied(b.applicationId(PINGHU.id())))
                        .findFirst()
                : AwardBases.of(rule, awardType, basisId, record)
                        .filter(candidates::contains)
                        .filter(b -> !applied(b.applicationId(PINGHU.id())));
        if (basis.isEmpty()) {
            return Optional.empty();
        }
        String id = basis.get().applicationId(PINGHU.id());
        AwardApplied applied = new AwardApplied(
                uscc,
                id,
                awardType,
                year,
                basis.get().sourceId(),
                PINGHU.id(),
                PINGHU.reviewDepartments().codes(),
                TODAY);
        append(applied);
        pending.put(id, applied);
        return Optional.of(id);
    }

    /** Every department approved: the award year decides on the facts as they stand and its own book. */
    void approve(String applicationId) {
        AwardApplied a = pending.remove(applicationId);
        String yearId = a.uscc() + "|" + a.policyYear();
        AwardYearBook book = books.computeIfAbsent(yearId, k -> AwardYearBook.empty());
        AwardDecision decision = AwardEvaluator.evaluate(
                PINGHU, a.awardType(), a.policyYear(), a.basisId(), recordUpTo(a.uscc(), Long.MAX_VALUE), book);
        if (!decision.eligible()) {
            append(new AwardDenied(
                    a.uscc(), a.applicationId(), a.awardType(), a.policyYear(), decision.reasons(), TODAY));
            return;
        }
        AwardGranted granted = new AwardGranted(
                a.uscc(),
                a.applicationId(),
                a.awardType(),
                a.policyYear(),
                decision.amountFen(),
                decision.reasons(),
                TODAY,
                PINGHU.id(),
                a.basisId());
        long position = append(granted);
        book.record(a.awardType(), decision.amountFen());
        grants.computeIfAbsent(yearId, k -> new LinkedHashMap<>())
                .put(a.applicationId(), new AbstractMap.SimpleEntry<>(position, granted));
        recheck(granted, position);
    }

    private void recheck(EnterpriseFact fact, long position) {
        if (!RecoveryTriggers.triggers(fact)) {
            return;
        }
        for (int year : RecoveryTriggers.years(fact, recordUpTo(fact.uscc(), position))) {
            grants.getOrDefault(fact.uscc() + "|" + year, Map.of()).forEach((id, grant) -> {
                AwardGranted g = grant.getValue();
                List<AwardDecision.Reason> reasons = AwardGates.recoveryReasons(
                        PINGHU, year, g.basisId(), recordUpTo(g.uscc(), Math.max(position, grant.getKey())));
                boolean marked = recoveryPending.getOrDefault(id, false);
                if (!reasons.isEmpty() && !marked) {
                    append(new AwardMarkedForRecovery(
                            g.uscc(),
                            id,
                            year,
                            reasons,
                            TODAY,
                            g.awardType(),
                            g.amountFen(),
                            position,
                            fact.getClass().getSimpleName()));
                    recoveryPending.put(id, true);
                } else if (reasons.isEmpty() && marked) {
                    append(new AwardRecoveryLifted(
                            g.uscc(),
                            id,
                            year,
                            g.awardType(),
                            g.amountFen(),
                            TODAY,
                            position,
                            fact.getClass().getSimpleName()));
                    recoveryPending.put(id, false);
                }
            });
        }
    }

    private boolean applied(String applicationId) {
        return events.stream()
                .anyMatch(e -> e.getValue() instanceof AwardApplied a
                        && a.applicationId().equals(applicationId));
    }

    EnterpriseRecord recordUpTo(String uscc, long position) {
        EnterpriseRecord record = new EnterpriseRecord();
        for (Map.Entry<Long, Object> e : events) {
            if (e.getKey() <= position
                    && e.getValue() instanceof EnterpriseFact f
                    && f.uscc().equals(uscc)) {
                record.apply(e.getValue(), e.getKey());
            }
        }
        return record;
    }

    private long append(Object event) {
        long position = events.size() + 1L;
        events.add(new AbstractMap.SimpleEntry<>(position, event));
        return position;
    }
}

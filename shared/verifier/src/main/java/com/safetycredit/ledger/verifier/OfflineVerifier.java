package com.safetycredit.ledger.verifier;

import com.safetycredit.ledger.contracts.chain.ChainVerification;
import com.safetycredit.ledger.contracts.chain.ChainVerifier;
import com.safetycredit.ledger.contracts.chain.EventPayloads;
import com.safetycredit.ledger.contracts.chain.HashChain;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.EventTypeRegistry;
import com.safetycredit.ledger.contracts.events.award.AwardApplied;
import com.safetycredit.ledger.contracts.events.award.AwardDenied;
import com.safetycredit.ledger.contracts.events.award.AwardGranted;
import com.safetycredit.ledger.contracts.export.ExportFormat;
import com.safetycredit.ledger.contracts.values.AwardDecision;
import com.safetycredit.ledger.rules.agency.AgencyEvaluation;
import com.safetycredit.ledger.rules.agency.AgencyEvaluationRules;
import com.safetycredit.ledger.rules.credit.CreditAssessment;
import com.safetycredit.ledger.rules.credit.CreditAssessor;
import com.safetycredit.ledger.rules.credit.CreditRules;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.credit.Evidence;
import com.safetycredit.ledger.rules.policy.AwardEvaluator;
import com.safetycredit.ledger.rules.policy.AwardPolicy;
import com.safetycredit.ledger.rules.policy.AwardPolicyCatalog;
import com.safetycredit.ledger.rules.policy.AwardYearBook;
import com.safetycredit.ledger.rules.policy.MoneyCheck;
import com.safetycredit.ledger.rules.policy.MoneyInvariants;
import com.safetycredit.ledger.rules.supervision.SupervisionPlan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * What an auditor runs on an export file, with no server and no database: recompute the hash chain, check
 * it against a head obtained separately, and recompute from the events the status of every enterprise, the
 * black and red lists on a date, and every award decision — with the same rule code as the server
 * ({@link CreditAssessor}, {@link AwardEvaluator}), so any difference means different facts, not different
 * code. One pass, constant memory in the number of events (the state kept is one record per enterprise).
 */
public final class OfflineVerifier {

    /**
     * What the auditor brings: the trusted head, the date to recompute the lists on, and the year of the agencies'
     * evaluation ({@code null}: the year before {@code asOf}).
     */
    public record Options(
            Long headPosition,
            String headHash,
            long firstPosition,
            String previousHash,
            LocalDate asOf,
            Integer evaluationYear) {

        public Options(Long headPosition, String headHash, long firstPosition, String previousHash, LocalDate asOf) {
            this(headPosition, headHash, firstPosition, previousHash, asOf, null);
        }

        int evaluatedYear() {
            return evaluationYear != null ? evaluationYear : asOf.getYear() - 1;
        }
    }

    /** An agency's status on the date, from its own events. */
    public record AgencyEntry(String uscc, String name, String regionCode, String status, List<Evidence> reasons) {}

    /**
     * A practitioner as the export holds them: no key collection reaches the verifier, so a personal field reads
     * （加密） — or 已删除 where the export records its erasure.
     */
    public record PractitionerEntry(
            String registrationNo, String qualification, String name, String idNumber, boolean erased) {}

    public record ListEntry(
            String uscc,
            String name,
            String regionCode,
            String industry,
            String status,
            String grade,
            List<Evidence> reasons) {}

    /** A recorded award decision and what the rules give on the facts recorded before it. */
    public record AwardCheck(
            String applicationId,
            String uscc,
            String awardType,
            int policyYear,
            long position,
            String recordedOutcome,
            Long recordedAmountFen,
            String recomputedOutcome,
            Long recomputedAmountFen,
            boolean matches) {}

    /**
     * Everything recomputed from one export; {@code ok} when the chain holds (and matches the head, if one was
     * given), every award decision recomputes and no money invariant (RULES.md §7a) is broken.
     */
    public record Report(
            ChainVerification chain,
            Boolean headMatches,
            String headProblem,
            LocalDate asOf,
            List<ListEntry> blackList,
            List<ListEntry> redList,
            List<ListEntry> statuses,
            List<AwardCheck> awards,
            MoneyCheck moneyInvariants,
            List<DrawVerifier.DrawCheck> draws,
            List<AgencyEntry> agencies,
            int evaluationYear,
            List<AgencyEvaluation.Result> agencyEvaluation,
            List<PractitionerEntry> practitioners) {
        public boolean ok() {
            return chain.ok()
                    && !Boolean.FALSE.equals(headMatches)
                    && awards.stream().allMatch(AwardCheck::matches)
                    && moneyInvariants.ok()
                    && draws.stream().allMatch(DrawVerifier.DrawCheck::matches);
        }

        /** The same report with the draws re-run. */
        Report withDraws(List<DrawVerifier.DrawCheck> checked) {
            return new Report(
                    chain,
                    headMatches,
                    headProblem,
                    asOf,
                    blackList,
                    redList,
                    statuses,
                    awards,
                    moneyInvariants,
                    checked,
                    agencies,
                    evaluationYear,
                    agencyEvaluation,
                    practitioners);
        }
    }

    private final EventTypeRegistry registry;
    private final CreditRules rules;
    private final AwardPolicyCatalog policies;
    private final EventPayloads payloads;

    private final AgencyEvaluationRules agencyRules;

    public OfflineVerifier(EventTypeRegistry registry, CreditRules rules, AwardPolicyCatalog policies) {
        this(registry, rules, policies, AgencyEvaluationRules.shipped());
    }

    public OfflineVerifier(
            EventTypeRegistry registry,
            CreditRules rules,
            AwardPolicyCatalog policies,
            AgencyEvaluationRules agencyRules) {
        this.registry = registry;
        this.payloads = new EventPayloads(registry);
        this.rules = rules;
        this.policies = policies;
        this.agencyRules = agencyRules;
    }

    /**
     * Recomputes everything from an export it may read twice (a file): the one pass below, then every 双随机 draw
     * re-run from its pool's position ({@link DrawVerifier}).
     */
    public Report verify(Supplier<Iterator<StoredEvent>> export, Options options) {
        Report report = verify(export.get(), options);
        return report.withDraws(new DrawVerifier(payloads, rules, SupervisionPlan.shipped()).verify(export));
    }

    /** Recomputes everything but the draws from the exported events, in ledger order. */
    public Report verify(Iterator<StoredEvent> events, Options options) {
        MoneyInvariants money = new MoneyInvariants(policies);
        Map<String, AwardYearBook> books = new HashMap<>();
        Map<String, EnterpriseRecord> records = new TreeMap<>();
        Map<String, AwardApplied> applications = new HashMap<>();
        List<AwardCheck> awards = new ArrayList<>();
        Map<Long, String> hashes = new HashMap<>(); // only the trusted head's hash is looked up later
        Subjects subjects = new Subjects();
        Iterator<StoredEvent> observed = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return events.hasNext();
            }

            @Override
            public StoredEvent next() {
                StoredEvent event = events.next();
                if (options.headPosition() != null && event.position() == options.headPosition()) {
                    hashes.put(event.position(), event.hash());
                }
                fold(event, records, applications, awards, books, money, subjects);
                return event;
            }
        };
        ChainVerification chain = new ChainVerifier(registry)
                .verify(
                        observed,
                        options.firstPosition(),
                        options.previousHash() == null ? HashChain.GENESIS : options.previousHash(),
                        options.headPosition() == null ? options.firstPosition() - 1 : options.headPosition(),
                        n -> {});
        Boolean headMatches = null;
        String headProblem = null;
        if (options.headPosition() != null) {
            String found = hashes.get(options.headPosition());
            headMatches = found != null && found.equals(options.headHash());
            if (!headMatches) {
                headProblem = found == null
                        ? "the export does not reach position " + options.headPosition()
                        : "hash at position " + options.headPosition() + " is " + found + ", the trusted head says "
                                + options.headHash();
            }
        }
        List<ListEntry> statuses = new ArrayList<>();
        for (EnterpriseRecord record : records.values()) {
            if (record.registered()) {
                CreditAssessment assessment = CreditAssessor.assess(record, options.asOf(), rules);
                statuses.add(new ListEntry(
                        record.uscc(),
                        record.name(),
                        record.regionCode(),
                        record.industry(),
                        assessment.status().name(),
                        assessment.grade().grade(),
                        assessment.reasons()));
            }
        }
        statuses.sort(Comparator.comparing(ListEntry::uscc));
        return new Report(
                chain,
                headMatches,
                headProblem,
                options.asOf(),
                statuses.stream().filter(s -> s.status().equals("BLACK")).toList(),
                statuses.stream().filter(s -> s.status().equals("RED")).toList(),
                statuses,
                awards,
                MoneyCheck.of(money.violations()),
                List.of(),
                subjects.agencies(options.asOf()),
                options.evaluatedYear(),
                subjects.evaluation(options.evaluatedYear(), agencyRules),
                subjects.practitioners());
    }

    /** Reads an export file line by line; a line that is not an exported event is named by its number. */
    public static Iterator<StoredEvent> lines(BufferedReader reader) {
        return new Iterator<>() {
            private long lineNumber;
            private long nextLineNumber;
            private String next = read();

            private String read() {
                try {
                    String line;
                    do {
                        line = reader.readLine();
                        lineNumber++;
                    } while (line != null && line.isBlank());
                    nextLineNumber = lineNumber;
                    return line;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public StoredEvent next() {
                StoredEvent event;
                try {
                    event = ExportFormat.parse(next);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(
                            "line " + nextLineNumber + " is not an exported event: " + e.getMessage(), e);
                }
                next = read();
                return event;
            }
        };
    }

    private void fold(
            StoredEvent event,
            Map<String, EnterpriseRecord> records,
            Map<String, AwardApplied> applications,
            List<AwardCheck> awards,
            Map<String, AwardYearBook> books,
            MoneyInvariants money,
            Subjects subjects) {
        Object payload = payload(event);
        if (payload == null) {
            return;
        }
        money.accept(event.position(), payload);
        subjects.accept(event, payload);
        if (payload instanceof AwardApplied applied) {
            applications.put(applied.applicationId(), applied);
        } else if (payload instanceof AwardGranted granted) {
            awards.add(check(
                    event,
                    granted.applicationId(),
                    "GRANTED",
                    granted.amountFen(),
                    applications,
                    records,
                    books,
                    subjects));
            AwardApplied applied = applications.get(granted.applicationId());
            if (applied != null) {
                books.computeIfAbsent(yearOf(applied), k -> AwardYearBook.empty())
                        .record(granted.awardType(), granted.amountFen());
            }
        } else if (payload instanceof AwardDenied denied
                && denied.reasons().stream().noneMatch(r -> r.code().equals("VETOED"))) {
            awards.add(check(event, denied.applicationId(), "DENIED", null, applications, records, books, subjects));
        } else if (payload instanceof EnterpriseFact fact
                && event.isDomainEvent()
                && event.aggregateId().equals(fact.uscc())) {
            records.computeIfAbsent(fact.uscc(), u -> new EnterpriseRecord()).apply(payload, event.position());
        }
    }

    private static String yearOf(AwardApplied applied) {
        return applied.uscc() + "|" + applied.policyId() + "|" + applied.policyYear();
    }

    private AwardCheck check(
            StoredEvent event,
            String applicationId,
            String outcome,
            Long amountFen,
            Map<String, AwardApplied> applications,
            Map<String, EnterpriseRecord> records,
            Map<String, AwardYearBook> books,
            Subjects subjects) {
        AwardApplied applied = applications.get(applicationId);
        if (applied == null) {
            return new AwardCheck(
                    applicationId,
                    null,
                    null,
                    0,
                    event.position(),
                    outcome,
                    amountFen,
                    "NO_APPLICATION_IN_EXPORT",
                    null,
                    false);
        }
        AwardPolicy policy = policies.byId(applied.policyId()).orElse(null);
        EnterpriseRecord record = records.getOrDefault(applied.uscc(), new EnterpriseRecord());
        AwardDecision decision = policy == null
                ? null
                : AwardEvaluator.evaluate(
                        policy,
                        applied.awardType(),
                        applied.policyYear(),
                        applied.basisId(),
                        record,
                        books.getOrDefault(yearOf(applied), AwardYearBook.empty()),
                        subjects::practitioner);
        String recomputed = decision == null ? "UNKNOWN_POLICY" : decision.eligible() ? "GRANTED" : "DENIED";
        Long recomputedAmount = decision == null ? null : decision.amountFen();
        return new AwardCheck(
                applicationId,
                applied.uscc(),
                applied.awardType(),
                applied.policyYear(),
                event.position(),
                outcome,
                amountFen,
                recomputed,
                recomputedAmount,
                recomputed.equals(outcome) && Objects.equals(amountFen, recomputedAmount));
    }

    private Object payload(StoredEvent event) {
        return payloads.read(event).orElse(null);
    }
}

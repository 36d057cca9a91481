package com.safetycredit.ledger.query.profile;

import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.contracts.values.AwardDecision;
import com.safetycredit.ledger.query.award.AwardBook;
import com.safetycredit.ledger.query.person.PractitionerProfiles;
import com.safetycredit.ledger.rules.credit.CreditAssessment;
import com.safetycredit.ledger.rules.credit.CreditAssessor;
import com.safetycredit.ledger.rules.credit.CreditRules;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.credit.EnterpriseRecords;
import com.safetycredit.ledger.rules.credit.Evidence;
import com.safetycredit.ledger.rules.person.PractitionerRecord;
import com.safetycredit.ledger.rules.policy.AwardEvaluator;
import com.safetycredit.ledger.rules.policy.AwardPolicy;
import com.safetycredit.ledger.rules.policy.AwardPolicyCatalog;
import com.safetycredit.ledger.rules.policy.AwardYearBook;
import com.safetycredit.ledger.store.LedgerReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Staff questions about enterprises: search, profile, status as of any date as known at any time, and award
 * eligibility. A single enterprise's answers are computed from its own events, read by exact keys, with the
 * same rule code the offline verifier runs; search reads the profiles read model.
 */
@Component
public class EnterpriseProfiles {

    public record Page(List<ProfileSummary> items, int page, int size, int total) {}

    public record Profile(
            String uscc,
            String name,
            String industry,
            String regionCode,
            LocalDate validAt,
            String status,
            CreditAssessment.Grade grade,
            List<Evidence> reasons,
            long lastPosition,
            boolean redListCandidate,
            List<Evidence> redListCriteriaNotMet) {}

    public record Status(
            String uscc,
            LocalDate validAt,
            Instant knownAt,
            String status,
            List<Evidence> reasons,
            CreditAssessment.Grade grade,
            boolean redListCandidate,
            List<Evidence> redListCriteriaNotMet) {}

    public record Eligibility(
            String uscc, int policyYear, String policyId, String documentNo, List<AwardDecision> awards) {}

    private final ProfileQueries profiles;
    private final EnterpriseRecords records;
    private final CreditRules rules;
    private final AwardPolicyCatalog policies;
    private final Clock clock;
    private final AwardBook awardBook;
    private final LedgerReader store;
    private final PractitionerProfiles practitioners;

    public EnterpriseProfiles(
            ProfileQueries profiles,
            EnterpriseRecords records,
            CreditRules rules,
            AwardPolicyCatalog policies,
            Clock clock,
            AwardBook awardBook,
            LedgerReader store,
            PractitionerProfiles practitioners) {
        this.practitioners = practitioners;
        this.awardBook = awardBook;
        this.store = store;
        this.profiles = profiles;
        this.records = records;
        this.rules = rules;
        this.policies = policies;
        this.clock = clock;
    }

    /** Search by name or USCC, region (sub-regions included), industry and status today; one page of it. */
    public Page search(String q, String regionCode, String industry, String status, int page, int size) {
        checkPage(page, size);
        List<ProfileSummary> all = matches(q, regionCode, industry, status);
        int from = Math.min(page * size, all.size());
        return new Page(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
    }

    /** A page from 0 of 1 to 200 enterprises, or a 400 naming the wrong parameter. */
    public static void checkPage(int page, int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw size < 1 || size > 200
                    ? new InvalidInputException("range", "size", "1", "200", String.valueOf(size))
                    : new InvalidInputException("min", "page", "0", String.valueOf(page));
        }
    }

    /** Every enterprise a search finds, in the order of the read model (for an export or a sorted page). */
    public List<ProfileSummary> matches(String q, String regionCode, String industry, String status) {
        String needle = q == null ? "" : q.strip().toUpperCase(Locale.ROOT);
        String everHeld = status == null || status.isBlank() ? null : status.toUpperCase(Locale.ROOT);
        return profiles.find(
                AsOf.validAt(null, clock),
                everHeld,
                ProfileQueries.inRegion(regionCode)
                        .and(ProfileQueries.inIndustry(industry))
                        .and(p -> status == null || status.isBlank() || status.equalsIgnoreCase(p.status()))
                        .and(p -> needle.isEmpty()
                                || p.uscc().contains(needle)
                                || (p.name() != null
                                        && p.name().toUpperCase(Locale.ROOT).contains(needle))));
    }

    /** The enterprise today: profile, status with its reasons, grade. */
    public Profile profile(String uscc) {
        EnterpriseRecord record = record(uscc, clock.instant());
        LocalDate today = AsOf.validAt(null, clock);
        CreditAssessment assessment = CreditAssessor.assess(record, today, rules);
        return new Profile(
                record.uscc(),
                record.name(),
                record.industry(),
                record.regionCode(),
                today,
                assessment.status().name(),
                assessment.grade(),
                assessment.reasons(),
                record.lastPosition(),
                assessment.redListCandidate(),
                assessment.redListCriteriaNotMet());
    }

    /** "What was the status on {@code validAt}, as the ledger knew it at {@code knownAt}?" */
    public Status status(String uscc, String validAt, String knownAt) {
        Instant known = AsOf.knownAt(knownAt, clock);
        LocalDate valid = AsOf.validAt(validAt, clock);
        CreditAssessment assessment = CreditAssessor.assess(record(uscc, known), valid, rules);
        return new Status(
                uscc,
                valid,
                known,
                assessment.status().name(),
                assessment.reasons(),
                assessment.grade(),
                assessment.redListCandidate(),
                assessment.redListCriteriaNotMet());
    }

    /** Every award of the policy covering {@code policyYear}: eligible or not, amount, every reason. */
    public Eligibility eligibility(String uscc, int policyYear) {
        AwardPolicy policy = policies.forPolicyYear(policyYear)
                .orElseThrow(
                        () -> new InvalidInputException("year-not-covered", "policyYear", String.valueOf(policyYear)));
        EnterpriseRecord record = record(uscc, clock.instant());
        AwardYearBook book = AwardYearBook.empty();
        // a person's award rests on the practitioners registered at the enterprise
        List<PractitionerRecord> engineers = practitioners.everRegisteredAt(uscc);
        awardBook
                .awards(uscc, policyYear, policy.id(), "GRANTED")
                .forEach(g -> book.record(g.awardType(), g.amountFen() == null ? 0 : g.amountFen()));
        List<AwardDecision> awards = policy.awards().keySet().stream()
                .map(award -> AwardEvaluator.eligibility(
                        policy,
                        award,
                        policyYear,
                        record,
                        id -> !store.readAggregateStoredEvents(id).isEmpty(),
                        book,
                        engineers))
                .toList();
        return new Eligibility(uscc, policyYear, policy.id(), policy.documentNo(), awards);
    }

    private EnterpriseRecord record(String uscc, Instant knownAt) {
        return records.loadAsKnownAt(uscc, knownAt)
                .orElseThrow(() -> knownAt.isBefore(clock.instant())
                        ? new NotFoundException("unknown-enterprise-then", "uscc", uscc, knownAt)
                        : new NotFoundException("unknown-enterprise", "uscc", uscc));
    }
}

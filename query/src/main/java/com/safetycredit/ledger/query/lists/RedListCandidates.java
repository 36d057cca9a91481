package com.safetycredit.ledger.query.lists;

import com.safetycredit.ledger.query.profile.AsOf;
import com.safetycredit.ledger.query.profile.ProfileQueries;
import com.safetycredit.ledger.query.profile.ProfileSummary;
import com.safetycredit.ledger.rules.credit.CreditRules;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.credit.EnterpriseRecords;
import com.safetycredit.ledger.rules.credit.Evidence;
import com.safetycredit.ledger.rules.credit.RedListCriteria;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who meets the red-list rule set on a day and has no decision in force: the enterprises a department may decide
 * (认定), each with the evidence the criteria rest on. The profiles' timelines say who; each one's own record,
 * assessed by the same rule code the decision is checked with, says why.
 */
@Component
public class RedListCandidates {

    /** A candidate and the facts the criteria rest on (the certificate, the commitment, what the ledger cannot check). */
    public record Candidate(
            String uscc, String name, String regionCode, String industry, String grade, List<Evidence> evidence) {}

    public record Candidates(
            LocalDate validAt,
            String rulesId,
            int rulesRevision,
            String rulesLabel,
            int count,
            List<Candidate> enterprises) {}

    private final ProfileQueries profiles;
    private final EnterpriseRecords records;
    private final CreditRules rules;
    private final Clock clock;

    public RedListCandidates(ProfileQueries profiles, EnterpriseRecords records, CreditRules rules, Clock clock) {
        this.profiles = profiles;
        this.records = records;
        this.rules = rules;
        this.clock = clock;
    }

    public Candidates on(String validAt, String regionCode, String industry) {
        LocalDate day = AsOf.validAt(validAt, clock);
        List<Candidate> candidates = profiles
                .find(
                        day,
                        ProfileQueries.inRegion(regionCode)
                                .and(ProfileQueries.inIndustry(industry))
                                .and(ProfileSummary::redListCandidate))
                .stream()
                .map(p -> candidate(p, day))
                .flatMap(Optional::stream)
                .toList();
        return new Candidates(
                day,
                rules.redList().id(),
                rules.redList().revision(),
                rules.redList().label(),
                candidates.size(),
                candidates);
    }

    /** The profile said so; the record, read now, confirms it and gives the evidence (or drops one just changed). */
    private Optional<Candidate> candidate(ProfileSummary profile, LocalDate day) {
        Optional<EnterpriseRecord> record = records.load(profile.uscc());
        if (record.isEmpty()) {
            return Optional.empty();
        }
        RedListCriteria.Check check = RedListCriteria.check(record.get(), day, rules);
        return check.met()
                ? Optional.of(new Candidate(
                        profile.uscc(),
                        profile.name(),
                        profile.regionCode(),
                        profile.industry(),
                        profile.grade(),
                        check.grounds()))
                : Optional.empty();
    }
}

package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.contracts.values.AwardDecision;
import com.safetycredit.ledger.query.award.AwardBook;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.credit.EnterpriseRecords;
import com.safetycredit.ledger.rules.domain.Regions;
import com.safetycredit.ledger.rules.person.PractitionerRecords;
import com.safetycredit.ledger.rules.policy.AwardEvaluator;
import com.safetycredit.ledger.rules.policy.AwardPolicyCatalog;
import com.safetycredit.ledger.rules.policy.AwardYearBook;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a reviewer sees before giving their department's opinion: the enterprise, the award, its basis, the
 * amount the rules would grant today (within what the year already granted) and the year's earlier grants.
 */
@ConsoleOnly
@Component
public class ReviewSummary {

    public record Summary(
            AwardBook.Award application,
            String enterpriseName,
            String regionName,
            Long amountFen,
            List<AwardDecision.Reason> reasons,
            List<AwardBook.Award> earlierGrants) {}

    private final AwardBook book;
    private final EnterpriseRecords records;
    private final AwardPolicyCatalog policies;
    private final PractitionerRecords practitioners;

    public ReviewSummary(
            AwardBook book, EnterpriseRecords records, AwardPolicyCatalog policies, PractitionerRecords practitioners) {
        this.practitioners = practitioners;
        this.book = book;
        this.records = records;
        this.policies = policies;
    }

    public Optional<Summary> of(String applicationId) {
        if (applicationId == null) {
            return Optional.empty();
        }
        return book.awards(null, null, null, null).stream()
                .filter(a -> a.applicationId().equals(applicationId))
                .findFirst()
                .map(this::summary);
    }

    private Summary summary(AwardBook.Award application) {
        EnterpriseRecord record = records.load(application.uscc()).orElse(new EnterpriseRecord());
        List<AwardBook.Award> earlier =
                book.awards(application.uscc(), application.policyYear(), application.policyId(), "GRANTED");
        AwardYearBook year = AwardYearBook.empty();
        earlier.forEach(g -> year.record(g.awardType(), g.amountFen() == null ? 0 : g.amountFen()));
        AwardDecision decision = policies.byId(application.policyId())
                .map(p -> AwardEvaluator.evaluate(
                        p,
                        application.awardType(),
                        application.policyYear(),
                        application.basisId(),
                        record,
                        year,
                        practitioners))
                .orElse(null);
        String region = AwardEvaluator.profileOfYear(record, application.policyYear())
                .map(EnterpriseRecord.ProfileVersion::regionCode)
                .orElse(record.regionCode());
        String regionName = region == null
                ? null
                : Regions.lookup(region).map(Regions.Region::name).orElse(region);
        return new Summary(
                application,
                record.name(),
                regionName,
                decision == null ? null : decision.amountFen(),
                decision == null ? List.of() : decision.reasons(),
                earlier);
    }
}

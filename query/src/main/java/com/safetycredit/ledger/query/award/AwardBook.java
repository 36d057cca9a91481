package com.safetycredit.ledger.query.award;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.credit.EnterpriseRecords;
import com.safetycredit.ledger.rules.domain.Regions;
import com.safetycredit.ledger.rules.policy.AwardEvaluator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * An auditor's view of the money (API.md "Award money"): every application with its basis, reviews, outcome,
 * amount and recovery state, and the totals per enterprise and policy year. Read from the award queue's
 * documents, which the projection keeps for decided applications too.
 */
@Component
public class AwardBook {

    public record Review(String department, String decision, String reason, String reviewedOn) {}

    public record Reason(String code, String message, List<Long> positions) {}

    /** @param recovery {@code NONE}, {@code PENDING} (to be recovered) or {@code LIFTED} */
    public record Award(
            String applicationId,
            String uscc,
            String policyId,
            int policyYear,
            String awardType,
            String basisId,
            String appliedOn,
            String status,
            Long amountFen,
            String decidedOn,
            List<Review> reviews,
            List<String> waitingFor,
            List<Reason> reasons,
            String recovery,
            Long recoveryAmountFen,
            Long recoveryFactPosition,
            List<Reason> recoveryReasons) {}

    /** @param byAwardType award type → granted fen; {@code recoveredFen}: grants marked for recovery and not lifted */
    public record Total(
            String uscc,
            String name,
            String regionCode,
            int policyYear,
            long grantedFen,
            long recoveredFen,
            long netFen,
            Map<String, Long> byAwardType) {}

    private final MongoCollection<Document> applications;
    private final EnterpriseRecords records;

    public AwardBook(MongoDatabase database, EnterpriseRecords records) {
        this.applications = database.getCollection(AwardQueueProjection.COLLECTION);
        this.records = records;
    }

    /** {@code status}: PENDING, GRANTED, DENIED or RECOVERY_PENDING; any filter may be {@code null}. */
    public List<Award> awards(String uscc, Integer policyYear, String policyId, String status) {
        List<Bson> filters = new ArrayList<>();
        Optional.ofNullable(uscc).ifPresent(u -> filters.add(Filters.eq("uscc", u)));
        Optional.ofNullable(policyYear).ifPresent(y -> filters.add(Filters.eq("policyYear", y)));
        Optional.ofNullable(policyId).ifPresent(p -> filters.add(Filters.eq("policyId", p)));
        if ("RECOVERY_PENDING".equals(status)) {
            filters.add(Filters.eq("recovery", "PENDING"));
        } else if (status != null) {
            filters.add(Filters.eq("outcome", status));
        }
        List<Award> result = new ArrayList<>();
        for (Document d : applications
                .find(filters.isEmpty() ? new Document() : Filters.and(filters))
                .sort(Sorts.ascending("appliedAt"))) {
            result.add(award(d));
        }
        return result;
    }

    /** Per enterprise and policy year: granted, to be recovered, net, and granted per award type. */
    public List<Total> totals(Integer policyYear, String regionCode) {
        Map<String, List<Award>> byEnterpriseYear = new TreeMap<>();
        for (Award award : awards(null, policyYear, null, "GRANTED")) {
            byEnterpriseYear
                    .computeIfAbsent(award.uscc() + "|" + award.policyYear(), k -> new ArrayList<>())
                    .add(award);
        }
        List<Total> totals = new ArrayList<>();
        byEnterpriseYear.forEach((key, awards) -> total(awards, regionCode).ifPresent(totals::add));
        return totals;
    }

    private Optional<Total> total(List<Award> awards, String regionCode) {
        Award first = awards.get(0);
        EnterpriseRecord record = records.load(first.uscc()).orElse(new EnterpriseRecord());
        String region = AwardEvaluator.profileOfYear(record, first.policyYear())
                .map(EnterpriseRecord.ProfileVersion::regionCode)
                .orElse(record.regionCode());
        if (regionCode != null && (region == null || !Regions.isWithin(region, regionCode))) {
            return Optional.empty();
        }
        long granted = 0;
        long recovered = 0;
        Map<String, Long> byType = new LinkedHashMap<>();
        for (Award award : awards) {
            long fen = award.amountFen() == null ? 0 : award.amountFen();
            granted += fen;
            byType.merge(award.awardType(), fen, Long::sum);
            if ("PENDING".equals(award.recovery())) {
                recovered += fen;
            }
        }
        return Optional.of(new Total(
                first.uscc(),
                record.name(),
                region,
                first.policyYear(),
                granted,
                recovered,
                granted - recovered,
                byType));
    }

    private static Award award(Document d) {
        List<Review> reviews = d.getList("reviews", Document.class, List.of()).stream()
                .map(r -> new Review(
                        r.getString("department"),
                        r.getString("decision"),
                        r.getString("reason"),
                        r.getString("reviewedOn")))
                .toList();
        Number amount = d.get("amountFen", Number.class);
        Number recoveryAmount = d.get("recoveryAmountFen", Number.class);
        Number factPosition = d.get("recoveryFactPosition", Number.class);
        return new Award(
                d.getString("_id"),
                d.getString("uscc"),
                d.getString("policyId"),
                d.getInteger("policyYear"),
                d.getString("awardType"),
                d.getString("basisId"),
                d.getString("appliedOn"),
                d.getString("outcome"),
                amount == null ? null : amount.longValue(),
                d.getString("decidedOn"),
                reviews,
                d.getList("waitingFor", String.class, List.of()),
                reasons(d.getList("reasons", Document.class, List.of())),
                d.getString("recovery") == null ? "NONE" : d.getString("recovery"),
                recoveryAmount == null ? null : recoveryAmount.longValue(),
                factPosition == null ? null : factPosition.longValue(),
                reasons(d.getList("recoveryReasons", Document.class, List.of())));
    }

    private static List<Reason> reasons(List<Document> reasons) {
        return reasons.stream()
                .map(r -> new Reason(
                        r.getString("code"),
                        r.getString("message"),
                        r.getList("positions", Number.class, List.of()).stream()
                                .map(Number::longValue)
                                .toList()))
                .toList();
    }
}

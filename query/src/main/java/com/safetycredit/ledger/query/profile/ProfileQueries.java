package com.safetycredit.ledger.query.profile;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.safetycredit.ledger.shared.credit.Evidence;
import com.safetycredit.ledger.shared.domain.Regions;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Search and lists over the profile documents. Filters are by region, industry, name and status on a valid
 * date: the collection holds one small document per enterprise and is read whole (the embedded MongoDB would
 * scan for a non-unique filter anyway), and the status on any date comes from each timeline.
 */
@Component
public class ProfileQueries {

    private final MongoCollection<Document> profiles;

    public ProfileQueries(MongoDatabase database) {
        this.profiles = database.getCollection(ProfileProjection.COLLECTION);
    }

    /** Summaries on {@code validAt} matching the filter, ordered by USCC. */
    public List<ProfileSummary> find(LocalDate validAt, Predicate<ProfileSummary> filter) {
        return find(validAt, null, filter);
    }

    /**
     * The same, reading only the enterprises whose timeline holds {@code status} on {@code validAt} (null: all):
     * a list of the black-listed need not read the profiles of the others. The database only narrows the
     * reading; the timeline is still checked here, so the filter can save work but never change an answer.
     */
    public List<ProfileSummary> find(LocalDate validAt, String status, Predicate<ProfileSummary> filter) {
        List<ProfileSummary> result = new ArrayList<>();
        // read in modest batches: a whole collection of long timelines exceeds one reply's size limit
        for (Document profile : profiles.find(status == null ? new Document() : holding(status, validAt)).batchSize(200)) {
            summaryOn(profile, validAt).filter(filter).ifPresent(result::add);
        }
        result.sort(Comparator.comparing(ProfileSummary::uscc));
        return result;
    }

    /** Profiles with an interval of {@code status} containing {@code day} (dates are ISO strings: they sort). */
    private static org.bson.conversions.Bson holding(String status, LocalDate day) {
        String d = day.toString();
        return Filters.elemMatch("timeline", Filters.and(Filters.eq("status", status),
                Filters.or(Filters.eq("from", null), Filters.lte("from", d)),
                Filters.or(Filters.eq("to", null), Filters.gt("to", d))));
    }

    /** Region filter that includes sub-regions: 330400 finds Pinghu and Jiashan too. */
    public static Predicate<ProfileSummary> inRegion(String regionCode) {
        return p -> regionCode == null || regionCode.isBlank() || p.regionCode().equals(regionCode)
                || Regions.isWithin(p.regionCode(), regionCode);
    }

    public static Predicate<ProfileSummary> inIndustry(String industry) {
        return p -> industry == null || industry.isBlank() || industry.equals(p.industry());
    }

    /**
     * The enterprise's status over valid time, earliest first: each interval with its status, grade and
     * reasons, as the ledger knows it now. Empty for an enterprise the profiles do not hold (yet).
     */
    public List<ProfileSummary> timeline(String uscc) {
        Document profile = profiles.find(Filters.eq("_id", uscc)).first();
        if (profile == null) {
            return List.of();
        }
        return profile.getList("timeline", Document.class).stream().map(interval -> summary(profile, interval)).toList();
    }

    private static Optional<ProfileSummary> summaryOn(Document profile, LocalDate day) {
        for (Document interval : profile.getList("timeline", Document.class)) {
            String from = interval.getString("from");
            String to = interval.getString("to");
            if ((from == null || !day.isBefore(LocalDate.parse(from))) && (to == null || day.isBefore(LocalDate.parse(to)))) {
                return Optional.of(summary(profile, interval));
            }
        }
        return Optional.empty();
    }

    private static ProfileSummary summary(Document profile, Document interval) {
        List<Evidence> reasons = interval.getList("reasons", Document.class).stream()
                .map(r -> new Evidence(r.getString("code"), r.getString("message"),
                        r.getList("positions", Number.class).stream().map(Number::longValue).toList()))
                .toList();
        return new ProfileSummary(profile.getString("_id"), profile.getString("name"), profile.getString("industry"),
                profile.getString("regionCode"), interval.getString("status"), interval.getString("grade"),
                interval.getString("from"), interval.getString("to"), reasons);
    }
}

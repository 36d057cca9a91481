package com.safetycredit.ledger.query.profile;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.safetycredit.ledger.rules.credit.Evidence;
import com.safetycredit.ledger.rules.domain.Regions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Search and lists over the profile documents. Filters are by region, industry, name and status on a valid
 * date: the collection holds one document per enterprise; the embedded MongoDB scans it for any filter but
 * the exact key, so what matters is how much of it comes back, and the status on any date comes from each
 * timeline.
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
     * The same, reading only the enterprises whose timeline holds {@code status} on {@code validAt} (null: all),
     * and of each timeline only the interval holding {@code validAt}: a list of the black-listed need not read
     * the profiles of the others, nor anyone's years of other intervals. The database only narrows the
     * reading; the interval is still checked here, so the filter can save work but never change an answer.
     */
    public List<ProfileSummary> find(LocalDate validAt, String status, Predicate<ProfileSummary> filter) {
        List<ProfileSummary> result = new ArrayList<>();
        Bson onTheDay = holding(status, validAt);
        // read in modest batches: a whole collection of long timelines exceeds one reply's size limit
        for (Document profile : profiles.find(status == null ? new Document() : Filters.elemMatch("timeline", onTheDay))
                .projection(Projections.fields(
                        Projections.include("name", "industry", "regionCode", "listings"),
                        Projections.elemMatch("timeline", onTheDay)))
                .batchSize(200)) {
            summaryOn(profile, validAt).filter(filter).ifPresent(result::add);
        }
        result.sort(Comparator.comparing(ProfileSummary::uscc));
        return result;
    }

    /**
     * Each summary on {@code validAt} holding {@code status} and matching the filter, in USCC order, from the
     * first USCC after {@code after} (null: from the start), handed to {@code each} one at a time until it
     * answers false. The store sorts by the key and hands the documents over in small batches, so a page stops
     * reading once it is full and a CSV is written while it is read: neither holds the whole list.
     */
    public void forEachInOrder(
            LocalDate validAt,
            String status,
            String after,
            Predicate<ProfileSummary> filter,
            Predicate<ProfileSummary> each) {
        Bson onTheDay = holding(status, validAt);
        Bson members = Filters.elemMatch("timeline", onTheDay);
        try (MongoCursor<Document> cursor = profiles.find(
                        after == null ? members : Filters.and(Filters.gt("_id", after), members))
                .projection(Projections.fields(
                        Projections.include("name", "industry", "regionCode"),
                        Projections.elemMatch("timeline", onTheDay)))
                .sort(Sorts.ascending("_id"))
                .batchSize(100)
                .iterator()) {
            while (cursor.hasNext()) {
                Optional<ProfileSummary> summary =
                        summaryOn(cursor.next(), validAt).filter(filter);
                if (summary.isPresent() && !each.test(summary.get())) {
                    return;
                }
            }
        }
    }

    /** An interval of {@code status} (null: any) containing {@code day} (dates are ISO strings: they sort). */
    private static Bson holding(String status, LocalDate day) {
        String d = day.toString();
        Bson containsDay = Filters.and(
                Filters.or(Filters.eq("from", null), Filters.lte("from", d)),
                Filters.or(Filters.eq("to", null), Filters.gt("to", d)));
        return status == null ? containsDay : Filters.and(Filters.eq("status", status), containsDay);
    }

    /** Region filter that includes sub-regions: 330400 finds Pinghu and Jiashan too. */
    public static Predicate<ProfileSummary> inRegion(String regionCode) {
        return p -> regionCode == null
                || regionCode.isBlank()
                || p.regionCode().equals(regionCode)
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
        return profile.getList("timeline", Document.class).stream()
                .map(interval -> summary(profile, interval, null))
                .toList();
    }

    private static Optional<ProfileSummary> summaryOn(Document profile, LocalDate day) {
        for (Document interval : profile.getList("timeline", Document.class, List.of())) {
            String from = interval.getString("from");
            String to = interval.getString("to");
            if ((from == null || !day.isBefore(LocalDate.parse(from)))
                    && (to == null || day.isBefore(LocalDate.parse(to)))) {
                return Optional.of(summary(profile, interval, day));
            }
        }
        return Optional.empty();
    }

    private static ProfileSummary summary(Document profile, Document interval, LocalDate day) {
        List<Evidence> reasons = interval.getList("reasons", Document.class).stream()
                .map(r -> new Evidence(
                        r.getString("code"),
                        r.getString("message"),
                        r.getList("positions", Number.class).stream()
                                .map(Number::longValue)
                                .toList()))
                .toList();
        return new ProfileSummary(
                profile.getString("_id"),
                profile.getString("name"),
                profile.getString("industry"),
                profile.getString("regionCode"),
                interval.getString("status"),
                interval.getString("grade"),
                interval.getString("from"),
                interval.getString("to"),
                reasons,
                listing(profile, day, true),
                listing(profile, day, false),
                Boolean.TRUE.equals(interval.getBoolean("redListCandidate")));
    }

    /**
     * The black list's dates on {@code day}: the earliest decision of the listings in force and the latest day one
     * of them ends — the listing's own dates, not the status interval's (a grade change splits an interval).
     */
    private static String listing(Document profile, LocalDate day, boolean start) {
        if (day == null) {
            return null;
        }
        String today = day.toString();
        return profile.getList("listings", Document.class, List.of()).stream()
                .filter(l -> l.getString("from").compareTo(today) <= 0
                        && l.getString("to").compareTo(today) > 0)
                .map(l -> l.getString(start ? "from" : "to"))
                .reduce((a, b) -> start ? (a.compareTo(b) <= 0 ? a : b) : (a.compareTo(b) >= 0 ? a : b))
                .orElse(null);
    }
}

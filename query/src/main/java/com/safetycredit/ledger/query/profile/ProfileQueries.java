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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Search and lists over the profile documents. Filters are by region, industry, name and status on a valid
 * date: the collection holds one document per enterprise; the embedded MongoDB scans it for any filter but
 * the exact key, so what matters is how much of it comes back, and the status on any date comes from each
 * timeline. The black, red and 重点关注 lists are found through the {@link ListIndex} instead, by exact keys.
 */
@Component
public class ProfileQueries {

    /** A list's members' profiles are read this many at a time (the question's {@code $in} stays small). */
    private static final int PROFILES_PER_READ = 500;

    private final MongoCollection<Document> profiles;
    private final ListIndex lists;

    public ProfileQueries(MongoDatabase database) {
        this.profiles = database.getCollection(ProfileProjection.COLLECTION);
        this.lists = new ListIndex(database);
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
     * The members of the list of {@code status} (BLACK, RED, WATCH) on {@code validAt}, for a region (sub-regions
     * included) and an industry (null: any), in USCC order from the first after {@code after} (null: from the
     * first), at most {@code limit} of them. The list index names the candidates in order, read by exact keys, and
     * only their profiles are read ({@code _id $in}, exact keys too), each summary taken from the profile itself as
     * a search takes it — the index can only save reading, never change an answer. So a page costs what its own
     * members cost, whatever the length of the list.
     */
    public List<ProfileSummary> listMembers(
            LocalDate validAt, String status, String after, String regionCode, String industry, int limit) {
        Predicate<ProfileSummary> wanted =
                inRegion(regionCode).and(inIndustry(industry)).and(p -> status.equals(p.status()));
        List<ProfileSummary> found = new ArrayList<>();
        if (!lists.built()) {
            // profiles written before the list index: until the projection's next batch builds it, a scan
            scanInOrder(validAt, status, after, wanted, member -> {
                found.add(member);
                return found.size() < limit;
            });
            return found;
        }
        List<String> candidates = new ArrayList<>();
        lists.walk(status, after, member -> {
            if (member.holdsOn(validAt)
                    && within(member.regionCode(), regionCode)
                    && (industry == null || industry.isBlank() || industry.equals(member.industry()))) {
                candidates.add(member.uscc());
                if (candidates.size() >= Math.min(limit - found.size(), PROFILES_PER_READ)) {
                    confirm(candidates, validAt, status, wanted, found);
                    candidates.clear();
                }
            }
            return found.size() < limit;
        });
        confirm(candidates, validAt, status, wanted, found);
        return found;
    }

    /** The profiles of the candidates, read by key: each summary on the day that matches, in the candidates' order. */
    private void confirm(
            List<String> candidates,
            LocalDate validAt,
            String status,
            Predicate<ProfileSummary> wanted,
            List<ProfileSummary> found) {
        if (candidates.isEmpty()) {
            return;
        }
        Bson onTheDay = holding(status, validAt);
        Map<String, Document> read = new HashMap<>();
        for (Document profile : profiles.find(Filters.in("_id", candidates))
                .projection(Projections.fields(
                        Projections.include("name", "industry", "regionCode", "listings"),
                        Projections.elemMatch("timeline", onTheDay)))) {
            read.put(profile.getString("_id"), profile);
        }
        for (String uscc : candidates) {
            Document profile = read.get(uscc);
            if (profile != null) {
                summaryOn(profile, validAt).filter(wanted).ifPresent(found::add);
            }
        }
    }

    /**
     * The profiles holding {@code status} on {@code validAt} after {@code after}, in USCC order, as the lists were
     * read before the list index: one query that the embedded store answers with a scan and a sort of every profile.
     */
    private void scanInOrder(
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
                        Projections.include("name", "industry", "regionCode", "listings"),
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
        return p -> within(p.regionCode(), regionCode);
    }

    private static boolean within(String code, String regionCode) {
        return regionCode == null
                || regionCode.isBlank()
                || regionCode.equals(code)
                || Regions.isWithin(code, regionCode);
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
        List<Evidence> reasons = StoredReasons.decode(interval);
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

package com.safetycredit.ledger.query.profile;

import com.safetycredit.ledger.rules.credit.StatusTimeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.Document;

/**
 * An enterprise on one credit list as the list index keeps it: where and what it is (the profile's region and
 * industry, as filters need them) and the valid-time periods in which its timeline holds the list's status,
 * adjacent intervals merged (a grade change inside a listing splits the timeline, not the membership). Dates are
 * ISO strings, which sort as dates; {@code null} is open.
 */
record ListMember(String uscc, String regionCode, String industry, List<Period> periods) {

    /** The lists the index keeps, by the status their members hold. */
    static final List<String> LISTS = List.of("BLACK", "RED", "WATCH");

    /** {@code [from, to)}: {@code from == null} since ever, {@code to == null} from then on. */
    record Period(String from, String to) {

        boolean contains(String day) {
            return (from == null || from.compareTo(day) <= 0) && (to == null || day.compareTo(to) < 0);
        }
    }

    ListMember {
        periods = List.copyOf(periods);
    }

    /** The enterprise on each list its timeline ever holds, by list; the lists it never holds are absent. */
    static Map<String, ListMember> of(
            String uscc, String regionCode, String industry, List<StatusTimeline.Interval> timeline) {
        List<Stretch> intervals = timeline.stream()
                .map(i -> new Stretch(text(i.from()), text(i.to()), i.status().name()))
                .toList();
        return lists(uscc, regionCode, industry, intervals);
    }

    /** The same from a stored profile's timeline (building the index over profiles written before it). */
    static Map<String, ListMember> ofProfile(Document profile) {
        List<Stretch> intervals = profile.getList("timeline", Document.class, List.of()).stream()
                .map(i -> new Stretch(i.getString("from"), i.getString("to"), i.getString("status")))
                .toList();
        return lists(
                profile.getString("_id"), profile.getString("regionCode"), profile.getString("industry"), intervals);
    }

    /** One interval of a timeline: its dates and its status. */
    private record Stretch(String from, String to, String status) {}

    /** {@code intervals}: consecutive, earliest first. */
    private static Map<String, ListMember> lists(
            String uscc, String regionCode, String industry, List<Stretch> intervals) {
        Map<String, ListMember> lists = new LinkedHashMap<>();
        for (String list : LISTS) {
            List<Period> periods = new ArrayList<>();
            for (Stretch interval : intervals) {
                if (!list.equals(interval.status())) {
                    continue;
                }
                Period last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
                if (last != null && last.to() != null && last.to().equals(interval.from())) {
                    periods.set(periods.size() - 1, new Period(last.from(), interval.to()));
                } else {
                    periods.add(new Period(interval.from(), interval.to()));
                }
            }
            if (!periods.isEmpty()) {
                lists.put(list, new ListMember(uscc, regionCode, industry, periods));
            }
        }
        return lists;
    }

    /** On the list on {@code day}. */
    boolean holdsOn(LocalDate day) {
        String d = day.toString();
        return periods.stream().anyMatch(p -> p.contains(d));
    }

    Document toDocument() {
        return new Document("uscc", uscc)
                .append("regionCode", regionCode)
                .append("industry", industry)
                .append(
                        "intervals",
                        periods.stream()
                                .map(p -> new Document("from", p.from()).append("to", p.to()))
                                .toList());
    }

    static ListMember read(Document member) {
        return new ListMember(
                member.getString("uscc"),
                member.getString("regionCode"),
                member.getString("industry"),
                member.getList("intervals", Document.class).stream()
                        .map(p -> new Period(p.getString("from"), p.getString("to")))
                        .toList());
    }

    private static String text(LocalDate day) {
        return Objects.toString(day, null);
    }
}

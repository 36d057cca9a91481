package com.safetycredit.ledger.query.objection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Reads the objection queue, and which facts are under objection (异议处理中) so every page, answer and publication
 * that shows them can say so.
 */
@Component
public class ObjectionQueue {

    /** An objection as staff see it; {@code overdue}: still open after its due date. */
    public record Objection(
            String objectionId,
            String uscc,
            long position,
            String eventType,
            String factId,
            String filedOn,
            String grounds,
            String dueOn,
            boolean extended,
            String status,
            boolean overdue,
            String decidedOn,
            String reason,
            String correction) {}

    private final MongoCollection<Document> objections;

    public ObjectionQueue(MongoDatabase database) {
        this.objections = database.getCollection(ObjectionProjection.COLLECTION);
    }

    /** Objections by status ({@code null}: all), only the overdue ones when asked, the soonest due first. */
    public List<Objection> list(String status, boolean overdueOnly, LocalDate today) {
        List<Objection> result = new ArrayList<>();
        var filter = status == null ? new Document() : Filters.eq("status", status);
        for (Document d : objections.find(filter)) {
            Objection objection = of(d, today);
            if (!overdueOnly || objection.overdue()) {
                result.add(objection);
            }
        }
        result.sort(Comparator.comparing(Objection::dueOn).thenComparing(Objection::objectionId));
        return result;
    }

    /** The open objections and how many of them are past their due day on {@code today}, counted by the store. */
    public record OpenCount(long open, long overdue) {}

    public OpenCount openCount(LocalDate today) {
        var open = Filters.eq("status", "OPEN");
        // due days are ISO dates: text order is date order, so "before today" is a string comparison
        return new OpenCount(
                objections.countDocuments(open),
                objections.countDocuments(Filters.and(open, Filters.lt("dueOn", today.toString()))));
    }

    /** The open objections of one enterprise. */
    public List<Objection> openOf(String uscc, LocalDate today) {
        List<Objection> result = new ArrayList<>();
        for (Document d : objections.find(Filters.and(Filters.eq("uscc", uscc), Filters.eq("status", "OPEN")))) {
            result.add(of(d, today));
        }
        return result;
    }

    /**
     * The facts under objection anywhere, each as {@link #factKey}: the public records that carry the marker. Keyed
     * with the enterprise because a fact's id is unique only within its enterprise.
     */
    public Set<String> openFactIds() {
        Set<String> ids = new HashSet<>();
        for (Document d : objections.find(Filters.eq("status", "OPEN"))) {
            ids.add(factKey(d.getString("uscc"), d.getString("factId")));
        }
        return ids;
    }

    public static String factKey(String uscc, String factId) {
        return uscc + "|" + factId;
    }

    /** The positions and facts of one enterprise under objection. */
    public Marks marksOf(String uscc) {
        List<Objection> open = openOf(uscc, LocalDate.MIN);
        return new Marks(
                open.stream().map(Objection::position).collect(Collectors.toSet()),
                open.stream().map(Objection::factId).collect(Collectors.toSet()));
    }

    /** What carries the marker 异议处理中: the events objected to, and every event of the same fact. */
    public record Marks(Set<Long> positions, Set<String> factIds) {

        public boolean marks(long position, Map<String, Object> data) {
            return positions.contains(position)
                    || data.entrySet().stream()
                            .anyMatch(e -> !"uscc".equals(e.getKey())
                                    && e.getValue() instanceof String s
                                    && factIds.contains(s));
        }
    }

    private static Objection of(Document d, LocalDate today) {
        String status = d.getString("status");
        String dueOn = d.getString("dueOn");
        return new Objection(
                d.getString("_id"),
                d.getString("uscc"),
                d.get("position", Number.class).longValue(),
                d.getString("eventType"),
                d.getString("factId"),
                d.getString("filedOn"),
                d.getString("grounds"),
                dueOn,
                d.getBoolean("extended", false),
                status,
                "OPEN".equals(status) && today.isAfter(LocalDate.parse(dueOn)),
                d.getString("decidedOn"),
                d.getString("reason"),
                d.getString("correction"));
    }
}

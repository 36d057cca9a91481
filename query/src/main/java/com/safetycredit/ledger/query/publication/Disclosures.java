package com.safetycredit.ledger.query.publication;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.query.objection.ObjectionQueue;
import com.safetycredit.ledger.rules.domain.ListingGrounds;
import com.safetycredit.ledger.rules.publication.PublicRecord;
import com.safetycredit.ledger.rules.publication.PublicationRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * What the rules publish on a day, as the public sees it: each record with its enterprise, authority, decision
 * number, basis, dates and the marker 异议处理中 while an objection to it is open; nothing outside its period.
 */
@Component
public class Disclosures {

    /** The marker a record under objection carries wherever it is published. */
    public static final String UNDER_OBJECTION = "异议处理中";
    /** What a red-list decision is published as (its ground: the red-list rule set held on its day). */
    static final String RED_LIST_GROUND = "安全生产守信联合激励对象（红名单）认定";

    /**
     * One published record. {@code basis}: a listing's ground as 11号令 names it, a penalty's violation.
     * {@code objection}: {@value #UNDER_OBJECTION} while an objection is open, else {@code null}.
     */
    public record Disclosure(
            String kind,
            String recordId,
            String uscc,
            String enterpriseName,
            String regionCode,
            String authority,
            String decisionNo,
            String basis,
            String decidedOn,
            String publishedFrom,
            String publishedUntil,
            String objection,
            Map<String, Object> fields) {}

    public record Page(String rules, LocalDate on, long total, int page, int size, List<Disclosure> records) {}

    /** One enterprise's public credit record. */
    public record EnterpriseRecord(
            String uscc, String name, String regionCode, String rules, LocalDate on, List<Disclosure> records) {}

    private final MongoCollection<Document> records;
    private final MongoCollection<Document> enterprises;
    private final ObjectionQueue objections;
    private final ObjectMapper objectMapper;
    private final PublicationRules rules = PublicationRules.shipped();

    public Disclosures(MongoDatabase database, ObjectionQueue objections, ObjectMapper objectMapper) {
        this.records = database.getCollection(DisclosureProjection.RECORDS);
        this.enterprises = database.getCollection(DisclosureProjection.ENTERPRISES);
        this.objections = objections;
        this.objectMapper = objectMapper;
    }

    /** The records published on {@code on}, filtered by name or code, region (sub-regions included) and kind. */
    public Page on(LocalDate on, String q, String regionCode, String kind, int page, int size) {
        Map<String, Document> names = new HashMap<>();
        enterprises.find().forEach(d -> names.put(d.getString("_id"), d));
        Set<String> objected = objections.openFactIds();
        List<Disclosure> matching = new ArrayList<>();
        for (Document d : records.find()) {
            PublicRecord record = objectMapper.convertValue(d.get("record"), PublicRecord.class);
            if (!record.publishedOn(on) || (kind != null && !kind.equals(record.kind()))) {
                continue;
            }
            Disclosure disclosure = disclosure(record, names.get(record.uscc()), on, objected);
            if (matches(disclosure, q, regionCode)) {
                matching.add(disclosure);
            }
        }
        matching.sort(Comparator.comparing(Disclosure::publishedFrom).reversed().thenComparing(Disclosure::recordId));
        int from = Math.min(page * size, matching.size());
        return new Page(
                rules.version(),
                on,
                matching.size(),
                page,
                size,
                matching.subList(from, Math.min(from + size, matching.size())));
    }

    public EnterpriseRecord enterprise(String uscc, LocalDate on) {
        Document name = enterprises.find(Filters.eq("_id", uscc)).first();
        if (name == null) {
            throw new NotFoundException("unknown-enterprise", "uscc", uscc);
        }
        Set<String> objected = objections.openFactIds();
        List<Disclosure> published = new ArrayList<>();
        for (Document d : records.find(Filters.eq("uscc", uscc))) {
            PublicRecord record = objectMapper.convertValue(d.get("record"), PublicRecord.class);
            if (record.publishedOn(on)) {
                published.add(disclosure(record, name, on, objected));
            }
        }
        published.sort(Comparator.comparing(Disclosure::publishedFrom).reversed());
        return new EnterpriseRecord(
                uscc, name.getString("name"), name.getString("regionCode"), rules.version(), on, published);
    }

    private static Disclosure disclosure(PublicRecord record, Document name, LocalDate on, Set<String> objected) {
        Map<String, Object> f = record.fields();
        var period = record.periodOn(on).orElseThrow();
        return new Disclosure(
                record.kind(),
                record.recordId(),
                record.uscc(),
                name == null ? null : name.getString("name"),
                name == null ? null : name.getString("regionCode"),
                text(f.get("authority")),
                text(f.get("decisionNo")),
                switch (record.kind()) {
                    case "LISTING", "AGENCY_LISTING" -> "第" + f.get("basis") + "项："
                            + ListingGrounds.label(((Number) f.get("basis")).intValue());
                    case "RED_LIST" -> RED_LIST_GROUND;
                    default -> text(f.get("violation"));
                },
                text(f.get("decidedOn")),
                period.from().toString(),
                period.until().toString(),
                objected.contains(ObjectionQueue.factKey(record.uscc(), record.recordId())) ? UNDER_OBJECTION : null,
                f);
    }

    private static boolean matches(Disclosure d, String q, String regionCode) {
        boolean text = q == null
                || q.isBlank()
                || d.uscc().contains(q.strip())
                || (d.enterpriseName() != null && d.enterpriseName().contains(q.strip()));
        return text && (regionCode == null || regionCode.isBlank() || within(d.regionCode(), regionCode));
    }

    /** 330400 holds 330482: the region's code without its trailing zero pairs is the other's prefix. */
    private static boolean within(String code, String region) {
        if (code == null) {
            return false;
        }
        String prefix = region.strip();
        while (prefix.endsWith("00") && prefix.length() > 2) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return code.startsWith(prefix);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}

package com.safetycredit.ledger.command.supervision;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseProfileChanged;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.contracts.events.supervision.SupervisionDrawMade;
import com.safetycredit.ledger.rules.domain.Regions;
import com.safetycredit.ledger.store.StoredTokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * What the write side needs to draw: every enterprise with its region and the positions where it was registered
 * and its region last changed, and the draws made. The pool of a draw "as the ledger held it at position P" is read
 * from here without reading every enterprise's stream: an enterprise registered by P whose region now is the draw's,
 * or whose region changed after P (then its record up to P decides). One small document per enterprise, kept by
 * exact keys; applying an event twice changes nothing.
 */
@Component
@ProcessingGroup(SupervisionDirectory.NAME)
public class SupervisionDirectory {

    public static final String NAME = "supervision-directory";

    /** A draw as listed. */
    public record DrawSummary(
            String drawId, int year, String period, String regionCode, String drawnOn, int count, long position) {}

    private final MongoCollection<Document> enterprises;
    private final MongoCollection<Document> draws;
    private final StoredTokens tokens;

    public SupervisionDirectory(MongoDatabase database, StoredTokens tokens) {
        this.enterprises = database.getCollection("enterprise_directory");
        this.draws = database.getCollection("supervision_draws");
        this.tokens = tokens;
    }

    @EventHandler
    void on(EnterpriseRegistered event, TrackingToken token) {
        long position = token.position().orElseThrow();
        Document known = enterprises.find(Filters.eq("_id", event.uscc())).first();
        if (known == null) {
            enterprises.insertOne(new Document("_id", event.uscc())
                    .append("regionCode", event.regionCode())
                    .append("registeredAt", position)
                    .append("changedAt", position));
        }
    }

    @EventHandler
    void on(EnterpriseProfileChanged event, TrackingToken token) {
        long position = token.position().orElseThrow();
        Document known = enterprises.find(Filters.eq("_id", event.uscc())).first();
        if (known != null
                && event.regionCode() != null
                && known.get("changedAt", Number.class).longValue() < position) {
            enterprises.replaceOne(
                    Filters.eq("_id", event.uscc()),
                    known.append("regionCode", event.regionCode()).append("changedAt", position));
        }
    }

    @EventHandler
    void on(SupervisionDrawMade event, TrackingToken token) {
        draws.replaceOne(
                Filters.eq("_id", event.drawId()),
                new Document("_id", event.drawId())
                        .append("year", event.year())
                        .append("period", event.period())
                        .append("regionCode", event.regionCode())
                        .append("drawnOn", event.drawnOn().toString())
                        .append("count", event.count())
                        .append("position", token.position().orElseThrow()),
                new ReplaceOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        enterprises.deleteMany(new Document());
        draws.deleteMany(new Document());
    }

    /** How far the directory has followed the ledger: every event up to this position is in it. */
    public long reached() {
        return tokens.of(NAME).stream()
                .mapToLong(StoredTokens.SegmentToken::position)
                .min()
                .orElse(0);
    }

    /**
     * Every enterprise that may belong to a pool of {@code regionCode} at {@code position}: registered by then, and
     * in the region now or moved since (its record up to the position decides).
     */
    public List<String> mayBeInPool(String regionCode, long position) {
        List<String> usccs = new ArrayList<>();
        for (Document enterprise : enterprises.find()) {
            if (enterprise.get("registeredAt", Number.class).longValue() > position) {
                continue;
            }
            String region = enterprise.getString("regionCode");
            boolean inRegion = regionCode.equals(region) || Regions.isWithin(region, regionCode);
            if (inRegion || enterprise.get("changedAt", Number.class).longValue() > position) {
                usccs.add(enterprise.getString("_id"));
            }
        }
        usccs.sort(Comparator.naturalOrder());
        return usccs;
    }

    /** The draws made, latest first; {@code year} null: all. */
    public List<DrawSummary> draws(Integer year) {
        List<DrawSummary> result = new ArrayList<>();
        for (Document draw : draws.find(year == null ? new Document() : Filters.eq("year", year))) {
            result.add(new DrawSummary(
                    draw.getString("_id"),
                    draw.getInteger("year"),
                    draw.getString("period"),
                    draw.getString("regionCode"),
                    draw.getString("drawnOn"),
                    draw.getInteger("count"),
                    draw.get("position", Number.class).longValue()));
        }
        result.sort(Comparator.comparing(DrawSummary::position).reversed());
        return result;
    }
}

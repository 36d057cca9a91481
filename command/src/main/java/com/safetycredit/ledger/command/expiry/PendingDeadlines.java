package com.safetycredit.ledger.command.expiry;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.safetycredit.ledger.contracts.events.agency.AgencyBlacklisted;
import com.safetycredit.ledger.contracts.events.agency.AgencyListingExpired;
import com.safetycredit.ledger.contracts.events.certification.CertificationExpired;
import com.safetycredit.ledger.contracts.events.certification.CertificationGranted;
import com.safetycredit.ledger.contracts.events.certification.CertificationReinstated;
import com.safetycredit.ledger.contracts.events.certification.CertificationRevoked;
import com.safetycredit.ledger.contracts.events.listing.EnterpriseBlacklisted;
import com.safetycredit.ledger.contracts.events.listing.ListingExpired;
import com.safetycredit.ledger.contracts.events.listing.ListingRemovedEarly;
import com.safetycredit.ledger.contracts.events.listing.ListingRevoked;
import com.safetycredit.ledger.contracts.events.redlist.RedListDecided;
import com.safetycredit.ledger.contracts.events.redlist.RedListDecisionExpired;
import com.safetycredit.ledger.contracts.events.redlist.RedListDecisionLost;
import com.safetycredit.ledger.contracts.events.redlist.RedListDecisionRevoked;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * What will expire, and when: the certificates, listings and red-list decisions still running. Kept in MongoDB, so a deadline
 * survives any restart; the sweep reads it. Only running items are kept, so the collection stays small
 * enough to read whole (the embedded MongoDB would scan a filtered query anyway).
 */
@Component
@ProcessingGroup(PendingDeadlines.NAME)
public class PendingDeadlines {

    public static final String NAME = "deadlines";

    /** A deadline the sweep acts on. */
    public record Deadline(String id, Kind kind, String uscc, String targetId, LocalDate dueOn) {}

    public enum Kind {
        CERTIFICATION,
        LISTING,
        RED_LIST_DECISION,
        /** An agency's listing: {@code uscc} is the agency's. */
        AGENCY_LISTING
    }

    private final MongoCollection<Document> deadlines;

    public PendingDeadlines(MongoDatabase database) {
        this.deadlines = database.getCollection("pending_deadlines");
    }

    public List<Deadline> dueBy(LocalDate day) {
        List<Deadline> due = new ArrayList<>();
        for (Document document : deadlines.find()) {
            LocalDate dueOn = LocalDate.parse(document.getString("dueOn"));
            if (!dueOn.isAfter(day)) {
                due.add(new Deadline(
                        document.getString("_id"),
                        Kind.valueOf(document.getString("kind")),
                        document.getString("uscc"),
                        document.getString("targetId"),
                        dueOn));
            }
        }
        return due;
    }

    // Upserts and deletes by key: applying an event twice changes nothing.

    @EventHandler
    void on(CertificationGranted event) {
        if (event.expiresOn() != null) {
            put(Kind.CERTIFICATION, event.uscc(), event.certificationId(), event.expiresOn());
        }
    }

    @EventHandler
    void on(CertificationRevoked event) {
        remove(Kind.CERTIFICATION, event.certificationId());
    }

    /** A certificate counting again runs to its expiry (none is given when its expiry was already recorded). */
    @EventHandler
    void on(CertificationReinstated event) {
        if (event.expiresOn() != null) {
            put(Kind.CERTIFICATION, event.uscc(), event.certificationId(), event.expiresOn());
        }
    }

    @EventHandler
    void on(CertificationExpired event) {
        remove(Kind.CERTIFICATION, event.certificationId());
    }

    @EventHandler
    void on(EnterpriseBlacklisted event) {
        put(Kind.LISTING, event.uscc(), event.listingId(), event.expiresOn());
    }

    @EventHandler
    void on(ListingRemovedEarly event) {
        remove(Kind.LISTING, event.listingId());
    }

    @EventHandler
    void on(ListingRevoked event) {
        remove(Kind.LISTING, event.listingId());
    }

    @EventHandler
    void on(ListingExpired event) {
        remove(Kind.LISTING, event.listingId());
    }

    @EventHandler
    void on(RedListDecided event) {
        put(Kind.RED_LIST_DECISION, event.uscc(), event.decisionId(), event.expiresOn());
    }

    @EventHandler
    void on(RedListDecisionRevoked event) {
        remove(Kind.RED_LIST_DECISION, event.decisionId());
    }

    @EventHandler
    void on(RedListDecisionLost event) {
        remove(Kind.RED_LIST_DECISION, event.decisionId());
    }

    @EventHandler
    void on(RedListDecisionExpired event) {
        remove(Kind.RED_LIST_DECISION, event.decisionId());
    }

    @EventHandler
    void on(AgencyBlacklisted event) {
        put(Kind.AGENCY_LISTING, event.agencyUscc(), event.listingId(), event.expiresOn());
    }

    @EventHandler
    void on(AgencyListingExpired event) {
        remove(Kind.AGENCY_LISTING, event.listingId());
    }

    @ResetHandler
    void reset() {
        deadlines.deleteMany(new Document());
    }

    private void put(Kind kind, String uscc, String targetId, LocalDate dueOn) {
        String id = key(kind, targetId);
        deadlines.replaceOne(
                Filters.eq("_id", id),
                new Document("_id", id)
                        .append("kind", kind.name())
                        .append("uscc", uscc)
                        .append("targetId", targetId)
                        .append("dueOn", dueOn.toString()),
                new ReplaceOptions().upsert(true));
    }

    private void remove(Kind kind, String targetId) {
        deadlines.deleteOne(Filters.eq("_id", key(kind, targetId)));
    }

    private static String key(Kind kind, String targetId) {
        return kind + ":" + targetId;
    }
}

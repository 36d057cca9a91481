package com.safetycredit.ledger.query.award;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/** Reads the reviewers' queue: applications still waiting, for one department or for all. */
@Component
public class AwardQueue {

    /** An application still under joint review. */
    public record Waiting(
            String applicationId,
            String uscc,
            String awardType,
            int policyYear,
            String appliedOn,
            List<String> waitingFor,
            List<String> approvedBy,
            long appliedAt) {}

    private final MongoCollection<Document> applications;

    public AwardQueue(MongoDatabase database) {
        this.applications = database.getCollection(AwardQueueProjection.COLLECTION);
    }

    /** How many applications {@link #waiting} would answer, counted by the store (the navigation's 待办). */
    public long waitingCount(String department) {
        return applications.countDocuments(waitingFor(department));
    }

    private static Bson waitingFor(String department) {
        return department == null || department.isBlank()
                ? Filters.eq("outcome", "PENDING")
                : Filters.and(Filters.eq("outcome", "PENDING"), Filters.eq("waitingFor", department));
    }

    /** Pending applications, oldest first; with a department, only those still waiting for it. */
    public List<Waiting> waiting(String department) {
        List<Waiting> result = new ArrayList<>();
        for (Document d : applications.find(waitingFor(department)).sort(Sorts.ascending("appliedAt"))) {
            result.add(new Waiting(
                    d.getString("_id"),
                    d.getString("uscc"),
                    d.getString("awardType"),
                    d.getInteger("policyYear"),
                    d.getString("appliedOn"),
                    d.getList("waitingFor", String.class),
                    d.getList("approvedBy", String.class),
                    d.get("appliedAt", Number.class).longValue()));
        }
        return result;
    }
}

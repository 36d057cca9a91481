package com.safetycredit.ledger.command.award;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.safetycredit.ledger.shared.LedgerTime;
import com.safetycredit.ledger.shared.commands.MarkAwardForRecovery;
import com.safetycredit.ledger.shared.credit.EnterpriseRecord;
import com.safetycredit.ledger.shared.credit.EnterpriseRecords;
import com.safetycredit.ledger.shared.events.EventMetadata;
import com.safetycredit.ledger.shared.events.accident.AccidentCasualtiesRevised;
import com.safetycredit.ledger.shared.events.accident.AccidentReported;
import com.safetycredit.ledger.shared.events.award.AwardGranted;
import com.safetycredit.ledger.shared.events.listing.EnterpriseBlacklisted;
import com.safetycredit.ledger.shared.policy.AwardDecision;
import com.safetycredit.ledger.shared.policy.AwardEvaluator;
import com.safetycredit.ledger.shared.policy.AwardPolicyCatalog;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * 追回: a fatal or influential accident or a blacklisting recorded after an award was granted, in the same
 * policy year, marks the award for recovery. Remembers granted awards per enterprise (kept during replays)
 * and sends the marking command only for live events — a replay must never send commands again.
 */
@Component
@ProcessingGroup(AwardRecoveryPolicy.NAME)
public class AwardRecoveryPolicy {

    public static final String NAME = "award-recovery";
    private static final MetaData POLICY = MetaData.with(EventMetadata.ACTOR, "award-recovery-policy")
            .and(EventMetadata.ROLE, "SYSTEM");

    private final MongoCollection<Document> granted;
    private final EnterpriseRecords records;
    private final AwardPolicyCatalog policies;
    private final CommandGateway commandGateway;
    private final Clock clock;

    public AwardRecoveryPolicy(MongoDatabase database, EnterpriseRecords records, AwardPolicyCatalog policies,
                               CommandGateway commandGateway, Clock clock) {
        this.granted = database.getCollection("granted_awards");
        this.records = records;
        this.policies = policies;
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @EventHandler
    void on(AwardGranted event) {
        granted.updateOne(Filters.eq("_id", event.uscc()), Updates.addToSet("awards",
                new Document("applicationId", event.applicationId()).append("policyYear", event.policyYear())),
                new UpdateOptions().upsert(true));
    }

    @EventHandler
    @DisallowReplay
    void on(AccidentReported event) {
        recheck(event.uscc(), event.occurredOn().getYear());
    }

    @EventHandler
    @DisallowReplay
    void on(AccidentCasualtiesRevised event) {
        recheck(event.uscc(), event.revisedOn().getYear());
    }

    @EventHandler
    @DisallowReplay
    void on(EnterpriseBlacklisted event) {
        for (int year = event.decidedOn().getYear(); year <= event.expiresOn().getYear(); year++) {
            recheck(event.uscc(), year);
        }
    }

    @ResetHandler
    void reset() {
        granted.deleteMany(new Document());
    }

    private void recheck(String uscc, int year) {
        Document document = granted.find(Filters.eq("_id", uscc)).first();
        if (document == null) {
            return;
        }
        List<Document> awards = document.getList("awards", Document.class).stream()
                .filter(award -> award.getInteger("policyYear") == year).toList();
        if (awards.isEmpty()) {
            return;
        }
        EnterpriseRecord record = records.load(uscc).orElseThrow();
        policies.forPolicyYear(year).ifPresent(policy -> {
            List<AwardDecision.Reason> failures = AwardEvaluator.gateFailures(policy, year, record);
            if (!failures.isEmpty()) {
                for (Document award : awards) {
                    commandGateway.sendAndWait(new MarkAwardForRecovery(award.getString("applicationId"), failures,
                            LedgerTime.today(clock)), POLICY);
                }
            }
        });
    }
}

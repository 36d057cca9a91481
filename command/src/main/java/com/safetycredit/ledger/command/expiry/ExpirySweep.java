package com.safetycredit.ledger.command.expiry;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.contracts.commands.ExpireCertification;
import com.safetycredit.ledger.contracts.commands.ExpireListing;
import com.safetycredit.ledger.contracts.commands.ExpireRedListDecision;
import com.safetycredit.ledger.contracts.commands.agency.ExpireAgencyListing;
import com.safetycredit.ledger.contracts.events.EventMetadata;
import com.safetycredit.ledger.contracts.values.SubjectIds;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Appends the ledger's own expiry events on time: listings reaching the end of their management period,
 * certificates reaching the end of their validity, red-list decisions reaching the end of their term. Runs shortly after start-up and then every
 * {@code ledger.expiry.interval} (default one hour), so a deadline that passed while the ledger was down is
 * acted on when it comes back. The expire commands are idempotent: a second sweep, or a second instance
 * sweeping at the same moment, appends nothing more.
 */
@Component
public class ExpirySweep {

    private static final Logger log = LoggerFactory.getLogger(ExpirySweep.class);
    private static final MetaData SWEEPER =
            MetaData.with(EventMetadata.ACTOR, "ledger-expiry-sweep").and(EventMetadata.ROLE, "SYSTEM");

    private final PendingDeadlines deadlines;
    private final CommandGateway commandGateway;
    private final Clock clock;

    public ExpirySweep(PendingDeadlines deadlines, CommandGateway commandGateway, Clock clock) {
        this.deadlines = deadlines;
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${ledger.expiry.initial-delay:PT10S}",
            fixedDelayString = "${ledger.expiry.interval:PT1H}")
    public int sweep() {
        LocalDate today = LedgerTime.today(clock);
        int sent = 0;
        for (PendingDeadlines.Deadline deadline : deadlines.dueBy(today)) {
            Object command =
                    switch (deadline.kind()) {
                        case CERTIFICATION -> new ExpireCertification(deadline.uscc(), deadline.targetId(), today);
                        case LISTING -> new ExpireListing(deadline.uscc(), deadline.targetId(), today);
                        case RED_LIST_DECISION -> new ExpireRedListDecision(
                                deadline.uscc(), deadline.targetId(), today);
                        case AGENCY_LISTING -> new ExpireAgencyListing(
                                SubjectIds.agency(deadline.uscc()), deadline.targetId(), today);
                    };
            try {
                commandGateway.sendAndWait(command, SWEEPER);
                sent++;
            } catch (RuntimeException e) {
                log.warn(
                        "Could not expire {} {} of {} due {}; the next sweep tries again",
                        deadline.kind(),
                        deadline.targetId(),
                        deadline.uscc(),
                        deadline.dueOn(),
                        e);
            }
        }
        if (sent > 0) {
            log.info("Expiry sweep for {}: {} deadline(s) acted on", today, sent);
        }
        return sent;
    }
}

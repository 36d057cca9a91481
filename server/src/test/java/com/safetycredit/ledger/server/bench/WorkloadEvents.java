package com.safetycredit.ledger.server.bench;

import com.safetycredit.ledger.command.award.AwardApplicationAggregate;
import com.safetycredit.ledger.command.award.AwardDecider;
import com.safetycredit.ledger.command.award.AwardYearAggregate;
import com.safetycredit.ledger.command.enterprise.EnterpriseAggregate;
import com.safetycredit.ledger.command.enterprise.RedListCheck;
import com.safetycredit.ledger.contracts.commands.ApplyForAward;
import com.safetycredit.ledger.contracts.commands.ReviewAward;
import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.EventMetadata;
import com.safetycredit.ledger.contracts.values.AwardDecision;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.policy.AwardEvaluator;
import com.safetycredit.ledger.rules.policy.AwardGates;
import com.safetycredit.ledger.rules.policy.AwardPolicy;
import com.safetycredit.ledger.rules.policy.AwardPolicyCatalog;
import com.safetycredit.ledger.rules.policy.AwardYearBook;
import com.safetycredit.ledger.rules.procedure.ProcedureRules;
import com.safetycredit.ledger.server.sample.Workload;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;

/**
 * The workload's events, produced by the real aggregates: every command goes through an Axon command bus
 * with the enterprise and award aggregates held in memory, and the events each command appends are captured
 * as one commit instead of being stored. A store preloaded with these commits holds what the command path
 * would have written — only without waiting an hour for a million commands.
 *
 * <p>Award decisions need the enterprise's record; it is folded here from the captured events, as the
 * server's decider folds it from the store.
 */
final class WorkloadEvents {

    static final MetaData LOADER = MetaData.with(EventMetadata.ACTOR, "benchmark")
            .and(EventMetadata.ROLE, "REGISTRAR")
            .and(EventMetadata.AUTHORITY, "嘉兴市应急管理局");

    private final Workload workload;
    private final Configuration axon;
    private final CommandGateway gateway;
    private final Map<String, EnterpriseRecord> records = new HashMap<>();
    private List<String> registered = List.of();
    private final AwardPolicyCatalog policies = AwardPolicyCatalog.shipped();
    private List<EventMessage<?>> captured = new ArrayList<>();
    private long position;
    private long refused;

    WorkloadEvents(long seed, int enterprises) {
        this.workload = new Workload(seed, enterprises);
        AwardDecider decider = new AwardDecider() {
            @Override
            public AwardDecision decide(
                    String uscc, String policyId, String awardType, int year, String basisId, AwardYearBook book) {
                return AwardEvaluator.evaluate(policy(policyId), awardType, year, basisId, records.get(uscc), book);
            }

            @Override
            public List<AwardDecision.Reason> recoveryReasons(
                    String yearId,
                    String applicationId,
                    String uscc,
                    String policyId,
                    int year,
                    String basisId,
                    long at) {
                return AwardGates.recoveryReasons(policy(policyId), year, basisId, records.get(uscc));
            }
        };
        this.axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new Capture())
                .configureAggregate(AggregateConfigurer.defaultConfiguration(EnterpriseAggregate.class)
                        .configureCache(c -> new MapCache()))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(AwardApplicationAggregate.class)
                        .configureCache(c -> new MapCache()))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(AwardYearAggregate.class)
                        .configureCache(c -> new MapCache()))
                .registerComponent(AwardDecider.class, c -> decider)
                // the listing procedure's defaults: the workload's listings come before the notice step began
                .registerComponent(ProcedureRules.class, c -> ProcedureRules.DEFAULT)
                .registerComponent(Clock.class, c -> Clock.systemUTC())
                .registerComponent(RedListCheck.class, c -> new RecordsRedListCheck(records))
                .buildConfiguration();
        axon.start();
        this.gateway = axon.commandGateway();
    }

    private AwardPolicy policy(String policyId) {
        return policies.byId(policyId).orElseThrow();
    }

    /** The commits of the next commands, until they hold at least {@code events} events. */
    List<List<EventMessage<?>>> nextCommits(long events) {
        List<List<EventMessage<?>>> commits = new ArrayList<>();
        long appended = 0;
        while (appended < events) {
            List<EventMessage<?>> commit = run(workload.next());
            if (!commit.isEmpty()) {
                commits.add(commit);
                appended += commit.size();
            }
        }
        return commits;
    }

    /**
     * The next {@code count} commands about enterprises only (award commands involve a second aggregate and a
     * decision read from the store; they are skipped here and in the contestants alike), already applied to
     * this generator's aggregates so that it stays in step with the stores that run them.
     */
    List<Step> nextEnterpriseCommands(int count) {
        List<Step> steps = new ArrayList<>(count);
        while (steps.size() < count) {
            Object command = workload.next();
            if (command instanceof ApplyForAward || command instanceof ReviewAward) {
                continue;
            }
            List<EventMessage<?>> events = run(command);
            if (!events.isEmpty()) {
                steps.add(new Step(command, events));
            }
        }
        return steps;
    }

    /** A command and the events it appends; a contestant that does not get to send it is given the events. */
    record Step(Object command, List<EventMessage<?>> events) {}

    long position() {
        return position;
    }

    /**
     * The enterprises registered so far, sorted: the ones queries may ask about. Sorted again only when one was
     * added (none is ever removed): the query phases ask for it before every request, and sorting 10,000 keys
     * each time was half of this process's samples in those phases, beside the store it holds.
     */
    List<String> registered() {
        if (registered.size() != records.size()) {
            registered = records.keySet().stream().sorted().toList();
        }
        return registered;
    }

    long refused() {
        return refused;
    }

    private List<EventMessage<?>> run(Object command) {
        captured = new ArrayList<>();
        try {
            gateway.sendAndWait(command, LOADER);
        } catch (RuntimeException e) {
            // a review of an application whose creation fell in a skipped stretch: nothing appended
            refused++;
            return List.of();
        }
        for (EventMessage<?> event : captured) {
            position++;
            if (event.getPayload() instanceof EnterpriseFact fact
                    && event instanceof DomainEventMessage<?> domain
                    && domain.getAggregateIdentifier().equals(fact.uscc())) {
                records.computeIfAbsent(fact.uscc(), u -> new EnterpriseRecord())
                        .apply(event.getPayload(), position);
            }
        }
        return captured;
    }

    void stop() {
        axon.shutdown();
    }

    /** Takes what a command appends; never asked for events, since every aggregate stays cached. */
    private final class Capture implements EventStorageEngine {
        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            captured.addAll(events);
        }

        @Override
        public void storeSnapshot(DomainEventMessage<?> snapshot) {}

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
            return Stream.empty();
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            return DomainEventStream.empty();
        }

        @Override
        public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            return Optional.empty();
        }
    }
}

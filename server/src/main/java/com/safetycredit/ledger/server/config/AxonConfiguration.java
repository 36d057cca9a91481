package com.safetycredit.ledger.server.config;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoDatabase;
import com.safetycredit.ledger.contracts.events.EventMetadata;
import com.safetycredit.ledger.contracts.events.EventTypeRegistry;
import com.safetycredit.ledger.contracts.events.LedgerEventCatalog;
import com.safetycredit.ledger.rules.credit.CreditRules;
import com.safetycredit.ledger.rules.credit.EnterpriseRecords;
import com.safetycredit.ledger.rules.policy.AwardPolicyCatalog;
import com.safetycredit.ledger.rules.supervision.SupervisionPlan;
import com.safetycredit.ledger.store.LedgerReader;
import com.safetycredit.ledger.store.LedgerSerializer;
import com.safetycredit.ledger.store.MongoLedgerStorageEngine;
import com.safetycredit.ledger.store.StoredEnterpriseEvents;
import com.safetycredit.ledger.store.StoredTokens;
import com.safetycredit.ledger.store.VerifiedAggregateCache;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon on the ledger store: our own storage engine for events and snapshots, axon-mongo's token store, and
 * Jackson for every serialized message.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    @Bean
    EventTypeRegistry eventTypeRegistry() {
        return LedgerEventCatalog.registry();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Everything that is not an event or a snapshot (commands, queries, tokens): plain Jackson. */
    @Bean
    @Primary
    Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(messageMapper()).build();
    }

    /** Events: stable type names over Jackson. */
    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(EventTypeRegistry registry) {
        return new LedgerSerializer(
                JacksonSerializer.builder().objectMapper(messageMapper()).build(), registry);
    }

    /** Snapshots: aggregates keep their state in private fields, which Jackson must read directly. */
    @Bean
    @Qualifier("snapshotSerializer")
    Serializer snapshotSerializer() {
        ObjectMapper mapper = messageMapper()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }

    @Bean
    MongoLedgerStorageEngine eventStorageEngine(
            MongoDatabase database,
            EventTypeRegistry registry,
            Clock clock,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            @Qualifier("snapshotSerializer") Serializer snapshotSerializer,
            MongoConfiguration.Embedded embedded,
            @Value("${ledger.store.recent-events:10000}") int recentEvents,
            @Value("${ledger.store.recent-messages:100000}") int recentMessages,
            @Value("${ledger.store.group-commit:true}") boolean groupCommit,
            @Value("${ledger.store.catch-up-together:true}") boolean catchUpTogether,
            AggregateSnapshotFilter aggregateSnapshots) {
        return MongoLedgerStorageEngine.builder()
                .database(database)
                .registry(registry)
                .clock(clock)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer)
                .snapshotFilter(aggregateSnapshots)
                .afterCommit(embedded::flush)
                // concurrent commands' commits stored together: one insert and one flush of the file for a group
                .groupCommit(groupCommit)
                .recentEvents(recentEvents)
                .recentMessages(recentMessages)
                .catchUpTogether(catchUpTogether)
                // positions a tracking read asks for at once (Axon's default is 100): each question costs the store
                // a round trip besides its exact-key look-ups, and a catch-up asks for a million positions
                .batchSize(1000)
                .build();
    }

    /** How everything but Axon reads the ledger: the feed, webhooks, audits, projections, metrics. */
    @Bean
    LedgerReader ledgerReader(MongoLedgerStorageEngine engine) {
        return engine.reader();
    }

    /** Award policies: those shipped, plus any file in {@code ledger.policies.dir}. */
    @Bean
    AwardPolicyCatalog awardPolicies(@Value("${ledger.policies.dir:}") String folder) {
        return AwardPolicyCatalog.withExtraFolder(folder.isBlank() ? null : Path.of(folder));
    }

    /**
     * Red-list criteria and grading models: shipped, or files named by ledger.rules.red-list, .grading-model (one
     * model for every date) or .grading-schedule (which model grades which dates).
     */
    @Bean
    CreditRules creditRules(
            @Value("${ledger.rules.red-list:}") String redList,
            @Value("${ledger.rules.grading-model:}") String grading,
            @Value("${ledger.rules.grading-schedule:}") String schedule) {
        return CreditRules.from(pathOrNull(redList), pathOrNull(grading), pathOrNull(schedule));
    }

    /** The supervision plan: shipped, or the file named by ledger.rules.supervision-plan. */
    @Bean
    SupervisionPlan supervisionPlan(@Value("${ledger.rules.supervision-plan:}") String file) {
        return SupervisionPlan.from(pathOrNull(file));
    }

    private static Path pathOrNull(String file) {
        return file.isBlank() ? null : Path.of(file);
    }

    /** The store's side of the rules' port: an enterprise's stream, each payload read by the event serializer. */
    @Bean
    StoredEnterpriseEvents enterpriseEvents(
            LedgerReader store, @Qualifier("eventSerializer") Serializer eventSerializer) {
        return new StoredEnterpriseEvents(store, eventSerializer);
    }

    @Bean
    EnterpriseRecords enterpriseRecords(StoredEnterpriseEvents events) {
        return new EnterpriseRecords(events);
    }

    /** Every event inherits who-did-what from the command that caused it. */
    @Bean
    CorrelationDataProvider whoDidWhat() {
        return new SimpleCorrelationDataProvider(EventMetadata.ALL.toArray(String[]::new));
    }

    /**
     * The processors' tokens, claimed per segment by the node processing it. A tracking processor renews its
     * claim only between batches, and a catch-up batch of the profiles (up to 100,000 events) took ~27 s at
     * 1,000,000 events on two cores (docs/benchmarks.md): with Axon's 10 s default another query node would
     * take the segment mid-batch, both would process it, and the first one's token update would fail — over
     * and over. So a claim counts as abandoned only after {@code ledger.projections.claim-timeout} (5 min);
     * a node that stops properly releases its claims at once, only a crashed node's wait this long.
     */
    @Bean
    TokenStore tokenStore(
            MongoDatabase database,
            Serializer serializer,
            @Value("${ledger.projections.claim-timeout:PT5M}") Duration claimTimeout,
            NodeIdentity node) {
        return MongoTokenStore.builder()
                .mongoTemplate(
                        DefaultMongoTemplate.builder().mongoDatabase(database).build())
                .serializer(serializer)
                .claimTimeout(claimTimeout)
                .nodeId(node.id()) // stable across restarts: a crashed node takes its own claims back at once
                .build();
    }

    /** The read models' progress as stored, for the projections endpoint and readiness. */
    @Bean
    StoredTokens storedTokens(MongoDatabase database, Serializer serializer) {
        return new StoredTokens(database, serializer);
    }

    @Bean
    NodeIdentity nodeIdentity(@Value("${ledger.node-id:}") String configured, LedgerProperties properties) {
        return NodeIdentity.of(
                configured,
                properties.embedded().dataDir(),
                properties.embedded().inMemory());
    }

    /** Enterprises accumulate years of facts: load them from a snapshot plus the events since. */
    @Bean
    SnapshotTriggerDefinition enterpriseSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, 100);
    }

    /**
     * The enterprises the command side handled last (least recently used out beyond {@code
     * ledger.command.aggregate-cache-size}), each checked against the store before it is used, so that a command
     * reads its enterprise's stream only when another node appended to it or it was not held.
     */
    @Bean
    Cache enterpriseCache(LedgerReader store, @Value("${ledger.command.aggregate-cache-size:10000}") int size) {
        return new VerifiedAggregateCache(store, size);
    }

    static ObjectMapper messageMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .findAndRegisterModules();
    }

    /**
     * A handler that fails stops its processor, which retries from its last token, instead of Axon's
     * default of logging the failure and going on with the next event: a read model, a deadline or a
     * webhook must never silently miss an event.
     */
    @Autowired
    void failedEventsAreRetriedNotSkipped(EventProcessingConfigurer processing) {
        processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}

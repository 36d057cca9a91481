package com.safetycredit.ledger.store;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.serialization.json.JacksonSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/** A real Axon streaming processor with its tokens in MongoDB (axon-mongo's MongoTokenStore), for tests. */
final class TrackingProcessorHarness {

    enum Kind { TRACKING, POOLED }

    private final StreamingEventProcessor processor;
    private final TokenStore tokenStore;
    private final String name;

    private TrackingProcessorHarness(StreamingEventProcessor processor, TokenStore tokenStore, String name) {
        this.processor = processor;
        this.tokenStore = tokenStore;
        this.name = name;
    }

    static TrackingProcessorHarness start(EmbeddedEventStore eventStore, MongoDatabase database, String name,
                                          Consumer<TrackedEventMessage<?>> handler) {
        return start(Kind.TRACKING, eventStore, database, name, handler);
    }

    static TrackingProcessorHarness start(Kind kind, EmbeddedEventStore eventStore, MongoDatabase database,
                                          String name, Consumer<TrackedEventMessage<?>> handler) {
        TokenStore tokenStore = tokenStore(database);
        EventHandlerInvoker invoker = SimpleEventHandlerInvoker.builder()
                .eventHandlers((org.axonframework.eventhandling.EventMessageHandler) event -> {
                    handler.accept((TrackedEventMessage<?>) event);
                    return null;
                })
                .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
                .build();
        StreamingEventProcessor processor = switch (kind) {
            case TRACKING -> TrackingEventProcessor.builder()
                    .name(name).eventHandlerInvoker(invoker).messageSource(eventStore).tokenStore(tokenStore)
                    .transactionManager(org.axonframework.common.transaction.NoTransactionManager.INSTANCE)
                    .errorHandler(PropagatingErrorHandler.INSTANCE)
                    .rollbackConfiguration(RollbackConfigurationType.ANY_THROWABLE)
                    .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration
                            .forSingleThreadedProcessing().andBatchSize(100))
                    .build();
            case POOLED -> PooledStreamingEventProcessor.builder()
                    .name(name).eventHandlerInvoker(invoker).messageSource(eventStore).tokenStore(tokenStore)
                    .transactionManager(org.axonframework.common.transaction.NoTransactionManager.INSTANCE)
                    .coordinatorExecutor(Executors.newSingleThreadScheduledExecutor())
                    .workerExecutor(Executors.newScheduledThreadPool(2))
                    .initialSegmentCount(1)
                    .batchSize(100)
                    .build();
        };
        processor.start();
        return new TrackingProcessorHarness(processor, tokenStore, name);
    }

    static TokenStore tokenStore(MongoDatabase database) {
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
                .serializer(JacksonSerializer.defaultSerializer())
                .claimTimeout(Duration.ofSeconds(10))
                .build();
    }

    StreamingEventProcessor processor() {
        return processor;
    }

    TrackingToken storedToken() {
        return tokenStore.fetchToken(name, 0);
    }

    void awaitPosition(long position) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            boolean reached = !processor.processingStatus().isEmpty()
                    && processor.processingStatus().values().stream().allMatch(status ->
                    status.getCurrentPosition().orElse(0) >= position);
            if (reached) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("processor " + name + " did not reach position " + position + " in time: "
                + processor.processingStatus());
    }

    void stop() {
        processor.shutDown();
    }

    static long positionOf(EventMessage<?> event) {
        return ((TrackedEventMessage<?>) event).trackingToken().position().orElseThrow();
    }
}

package com.safetycredit.ledger.store.testing;

import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
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
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * A real Axon streaming processor with its tokens in MongoDB (axon-mongo's MongoTokenStore), for tests: the
 * store's contract tests drive a plain handler with it, the read side's tests its projections as the
 * server runs them — annotated handlers, reset handlers, handler interceptors, batches.
 */
public final class TrackingProcessorHarness {

    public enum Kind {
        TRACKING,
        POOLED
    }

    private final StreamingEventProcessor processor;
    private final TokenStore tokenStore;
    private final String name;

    private TrackingProcessorHarness(StreamingEventProcessor processor, TokenStore tokenStore, String name) {
        this.processor = processor;
        this.tokenStore = tokenStore;
        this.name = name;
    }

    public static TrackingProcessorHarness start(
            EmbeddedEventStore eventStore,
            MongoDatabase database,
            String name,
            Consumer<TrackedEventMessage<?>> handler) {
        return start(Kind.TRACKING, eventStore, database, name, handler);
    }

    public static TrackingProcessorHarness start(
            Kind kind,
            EmbeddedEventStore eventStore,
            MongoDatabase database,
            String name,
            Consumer<TrackedEventMessage<?>> handler) {
        EventMessageHandler plain = event -> {
            handler.accept((TrackedEventMessage<?>) event);
            return null;
        };
        return start(kind, eventStore, database, name, 100, plain, List.of());
    }

    /**
     * A tracking processor of batches of {@code batchSize} over an annotated projection, its handler
     * interceptors registered as the server registers them.
     */
    public static TrackingProcessorHarness projection(
            EmbeddedEventStore eventStore,
            MongoDatabase database,
            String name,
            int batchSize,
            Object projection,
            List<MessageHandlerInterceptor<? super EventMessage<?>>> interceptors) {
        return start(Kind.TRACKING, eventStore, database, name, batchSize, projection, interceptors);
    }

    private static TrackingProcessorHarness start(
            Kind kind,
            EmbeddedEventStore eventStore,
            MongoDatabase database,
            String name,
            int batchSize,
            Object handlers,
            List<MessageHandlerInterceptor<? super EventMessage<?>>> interceptors) {
        TokenStore tokenStore = tokenStore(database);
        EventHandlerInvoker invoker = SimpleEventHandlerInvoker.builder()
                .eventHandlers(handlers)
                .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
                .build();
        StreamingEventProcessor processor =
                switch (kind) {
                    case TRACKING -> TrackingEventProcessor.builder()
                            .name(name)
                            .eventHandlerInvoker(invoker)
                            .messageSource(eventStore)
                            .tokenStore(tokenStore)
                            .transactionManager(NoTransactionManager.INSTANCE)
                            .errorHandler(PropagatingErrorHandler.INSTANCE)
                            .rollbackConfiguration(RollbackConfigurationType.ANY_THROWABLE)
                            .trackingEventProcessorConfiguration(
                                    TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                            .andBatchSize(batchSize)
                                            // tests stop and start processors often: a stop waits this long
                                            .andEventAvailabilityTimeout(50, TimeUnit.MILLISECONDS))
                            .build();
                    case POOLED -> PooledStreamingEventProcessor.builder()
                            .name(name)
                            .eventHandlerInvoker(invoker)
                            .messageSource(eventStore)
                            .tokenStore(tokenStore)
                            .transactionManager(NoTransactionManager.INSTANCE)
                            .coordinatorExecutor(Executors.newSingleThreadScheduledExecutor())
                            .workerExecutor(Executors.newScheduledThreadPool(2))
                            .initialSegmentCount(1)
                            .batchSize(batchSize)
                            .build();
                };
        interceptors.forEach(processor::registerHandlerInterceptor);
        processor.start();
        return new TrackingProcessorHarness(processor, tokenStore, name);
    }

    public static TokenStore tokenStore(MongoDatabase database) {
        return MongoTokenStore.builder()
                .mongoTemplate(
                        DefaultMongoTemplate.builder().mongoDatabase(database).build())
                .serializer(JacksonSerializer.defaultSerializer())
                .claimTimeout(Duration.ofSeconds(10))
                .build();
    }

    public StreamingEventProcessor processor() {
        return processor;
    }

    public TrackingToken storedToken() {
        return tokenStore.fetchToken(name, 0);
    }

    /** Waits until every segment has processed up to {@code position}. */
    public void awaitPosition(long position) {
        await("processor " + name + " at position " + position)
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> !processor.processingStatus().isEmpty()
                        && processor.processingStatus().values().stream()
                                .allMatch(status -> status.getCurrentPosition().orElse(0) >= position));
    }

    /** Stops, resets the tokens (the projections' reset handlers run) and starts again from the first event. */
    public void replay() {
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    /**
     * As if a node died after its read model was written but before its token was: stops, puts the stored
     * token back to {@code position} (at least 1: the token store keeps no empty token) and starts again, so the
     * events after it are delivered a second time.
     */
    public void redeliverAfter(long position) {
        processor.shutDown();
        tokenStore.storeToken(new GlobalSequenceTrackingToken(position), name, 0);
        processor.start();
    }

    public void stop() {
        processor.shutDown();
    }

    public static long positionOf(EventMessage<?> event) {
        return ((TrackedEventMessage<?>) event).trackingToken().position().orElseThrow();
    }
}

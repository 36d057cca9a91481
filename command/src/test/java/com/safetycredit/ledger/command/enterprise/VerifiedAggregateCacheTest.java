package com.safetycredit.ledger.command.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import com.safetycredit.ledger.contracts.commands.ImposePenalty;
import com.safetycredit.ledger.contracts.commands.RegisterEnterprise;
import com.safetycredit.ledger.contracts.events.EventMetadata;
import com.safetycredit.ledger.contracts.events.LedgerEventCatalog;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.store.LedgerSerializer;
import com.safetycredit.ledger.store.MongoLedgerStorageEngine;
import com.safetycredit.ledger.store.VerifiedAggregateCache;
import com.safetycredit.ledger.store.testing.TestMongo;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The command side's aggregate cache on two command nodes sharing one store: a node uses the enterprise it holds
 * without reading the stream, yet a command always sees what the other node appended meanwhile.
 */
class VerifiedAggregateCacheTest {

    private static final String USCC = "91330482MA28A1B56G";
    private static final MetaData WHO = MetaData.with(EventMetadata.ACTOR, "registrar-1");

    private final TestMongo mongo = TestMongo.start();
    private final AtomicInteger streamReadsOnA = new AtomicInteger();
    private final Node a = new Node(mongo.newConnection(), streamReadsOnA);
    private final Node b = new Node(mongo.newConnection(), new AtomicInteger());

    /** One command node: its own connection, engine, cache and Axon. */
    private static final class Node {

        final MongoLedgerStorageEngine engine;
        final Configuration axon;
        final CommandGateway gateway;

        Node(MongoDatabase database, AtomicInteger streamReads) {
            LedgerSerializer serializer = new LedgerSerializer(
                    JacksonSerializer.builder()
                            .objectMapper(new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules())
                            .build(),
                    LedgerEventCatalog.registry());
            MongoLedgerStorageEngine.Builder builder = MongoLedgerStorageEngine.builder()
                    .database(database)
                    .registry(LedgerEventCatalog.registry())
                    .eventSerializer(serializer)
                    .snapshotSerializer(serializer);
            this.engine = new MongoLedgerStorageEngine(builder) {
                @Override
                protected Stream<? extends DomainEventData<?>> readEventData(String id, long firstSequence) {
                    streamReads.incrementAndGet();
                    return super.readEventData(id, firstSequence);
                }
            };
            VerifiedAggregateCache cache = new VerifiedAggregateCache(engine.reader(), 100);
            this.axon = DefaultConfigurer.defaultConfiguration()
                    .configureEmbeddedEventStore(c -> engine)
                    .configureAggregate(AggregateConfigurer.defaultConfiguration(EnterpriseAggregate.class)
                            .configureCache(c -> cache))
                    .buildConfiguration();
            axon.start();
            this.gateway = axon.commandGateway();
        }
    }

    @AfterEach
    void stop() {
        a.axon.shutdown();
        b.axon.shutdown();
        mongo.close();
    }

    private static ImposePenalty penalty(String decisionNo) {
        return new ImposePenalty(
                USCC, "p-" + decisionNo, decisionNo, LocalDate.of(2024, 3, 1), "未经许可储存危险化学品", 50_000, false, false);
    }

    @Test
    void aNodeUsesTheEnterpriseItHoldsWithoutReadingItsStream() {
        a.gateway.sendAndWait(
                new RegisterEnterprise(
                        USCC, "平湖市示例化工有限公司", "HAZARDOUS_CHEMICALS", "330482", "独山港镇", null, LocalDate.of(2019, 1, 2)),
                WHO);
        int before = streamReadsOnA.get();
        a.gateway.sendAndWait(penalty("平应急罚〔2024〕1号"), WHO);
        a.gateway.sendAndWait(penalty("平应急罚〔2024〕2号"), WHO);
        assertThat(streamReadsOnA.get())
                .as("stream reads on the node holding the enterprise")
                .isEqualTo(before);
        assertThat(a.engine.reader().readAggregateStoredEvents(USCC)).hasSize(3);
    }

    @Test
    void aCommandSeesWhatAnotherNodeAppendedMeanwhile() {
        a.gateway.sendAndWait(
                new RegisterEnterprise(
                        USCC, "平湖市示例化工有限公司", "HAZARDOUS_CHEMICALS", "330482", "独山港镇", null, LocalDate.of(2019, 1, 2)),
                WHO);
        a.gateway.sendAndWait(penalty("平应急罚〔2024〕1号"), WHO); // node A now holds the enterprise at sequence 1
        b.gateway.sendAndWait(penalty("平应急罚〔2024〕2号"), WHO); // node B appends sequence 2

        // decided on the newest state: the penalty B recorded is known to A (a stale copy would not refuse it)
        assertThatThrownBy(() -> a.gateway.sendAndWait(penalty("平应急罚〔2024〕2号"), WHO))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("penalty-recorded");
        // and A appends after B's event, not onto its stale copy (which would be refused as a concurrent write)
        int before = streamReadsOnA.get();
        a.gateway.sendAndWait(penalty("平应急罚〔2024〕3号"), WHO);
        assertThat(streamReadsOnA.get())
                .as("the stale copy was dropped and the stream read")
                .isGreaterThan(before);
        assertThat(a.engine.reader().readAggregateStoredEvents(USCC))
                .extracting(e -> e.sequence())
                .containsExactly(0L, 1L, 2L, 3L);
    }
}

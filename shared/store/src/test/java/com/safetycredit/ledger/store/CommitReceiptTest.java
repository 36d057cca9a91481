package com.safetycredit.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.safetycredit.ledger.contracts.chain.LedgerHead;
import com.safetycredit.ledger.store.CommitReceiptInterceptor.Committed;
import com.safetycredit.ledger.store.testing.TestEvents;
import com.safetycredit.ledger.store.testing.TestMongo;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.axonframework.commandhandling.AsynchronousCommandBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.GenericMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A command answers with the positions its unit of work appended, as a value in its result: on Axon's simple
 * bus (the caller's thread) and on an asynchronous bus (another thread, where a thread-local would be empty).
 */
class CommitReceiptTest {

    private TestMongo mongo;
    private MongoLedgerStorageEngine store;
    private EmbeddedEventStore events;
    private ExecutorService executor;
    private final AtomicReference<Thread> handledOn = new AtomicReference<>();

    @BeforeEach
    void start() {
        mongo = TestMongo.start();
        store = TestEvents.engine(mongo.newConnection());
        events = EmbeddedEventStore.builder().storageEngine(store).build();
        executor = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
        events.shutDown();
        mongo.close();
    }

    /** A command "record N things of id X": appends N events in one unit of work, answers "done". */
    private CommandGateway gateway(String bus) {
        CommandBus commandBus = bus.equals("simple")
                ? SimpleCommandBus.builder().build()
                : AsynchronousCommandBus.builder().executor(executor).build();
        commandBus.registerHandlerInterceptor(new CommitReceiptInterceptor());
        commandBus.subscribe("record", (CommandMessage<?> command) -> {
            handledOn.set(Thread.currentThread());
            String[] ask = ((String) command.getPayload()).split(" ");
            for (int sequence = 0; sequence < Integer.parseInt(ask[1]); sequence++) {
                events.publish(TestEvents.recorded(ask[0], sequence));
            }
            if (ask.length > 2) {
                throw new IllegalStateException("refused after applying");
            }
            return "done";
        });
        return DefaultCommandGateway.builder().commandBus(commandBus).build();
    }

    private static Committed send(CommandGateway gateway, String payload) {
        return Committed.of(gateway.sendAndWait(new GenericCommandMessage<>(new GenericMessage<>(payload), "record")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple", "asynchronous"})
    void theResultCarriesThePositionsAndHeadOfWhatTheCommandAppended(String bus) {
        CommandGateway gateway = gateway(bus);

        Committed first = send(gateway, "a 3");
        Committed second = send(gateway, "b 2");

        assertThat(first.result()).isEqualTo("done");
        assertThat(first.receipt().commits())
                .containsExactly(new CommitReceipt.Commit(
                        1,
                        store.reader()
                                .readStoredEvent(3)
                                .map(e -> new LedgerHead(3, e.hash()))
                                .orElseThrow()));
        assertThat(second.receipt().commits()).hasSize(1);
        assertThat(second.receipt().commits().get(0).firstPosition()).isEqualTo(4);
        assertThat(second.receipt().lastPosition()).isEqualTo(5);
        assertThat(second.receipt().head()).contains(store.reader().head());
        assertThat(handledOn.get() == Thread.currentThread()).isEqualTo(bus.equals("simple"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple", "asynchronous"})
    void aCommandThatAppendsNothingHasAnEmptyReceipt(String bus) {
        Committed nothing = send(gateway(bus), "a 0");

        assertThat(nothing.receipt().commits()).isEmpty();
        assertThat(nothing.receipt().lastPosition()).isNull();
        assertThat(store.reader().head().position()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple", "asynchronous"})
    void aFailedCommandAppendsNothingAndTheNextOneStartsWhereTheLedgerIs(String bus) {
        CommandGateway gateway = gateway(bus);
        send(gateway, "a 1");

        assertThatThrownBy(() -> send(gateway, "b 2 fail")).hasMessageContaining("refused after applying");
        Committed next = send(gateway, "c 1");

        assertThat(store.reader().head().position()).isEqualTo(2);
        assertThat(next.receipt().commits())
                .extracting(CommitReceipt.Commit::firstPosition)
                .containsExactly(2L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple", "asynchronous"})
    void commandsOnManyThreadsEachGetTheirOwnPositions(String bus) throws Exception {
        CommandGateway gateway = gateway(bus);
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<Committed>> sent = IntStream.range(0, 40)
                    .mapToObj(n -> senders.submit(() -> send(gateway, "t" + n + " 2")))
                    .toList();
            Set<Long> positions = new TreeSet<>();
            for (var future : sent) {
                CommitReceipt.Commit commit = future.get().receipt().commits().get(0);
                positions.add(commit.firstPosition());
                positions.add(commit.head().position());
                assertThat(store.reader()
                                .readStoredEvent(commit.head().position())
                                .orElseThrow()
                                .hash())
                        .isEqualTo(commit.head().hash());
            }
            assertThat(positions)
                    .containsExactlyElementsOf(
                            LongStream.rangeClosed(1, 80).boxed().toList());
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void eventsPublishedOutsideACommandAreReceiptedByTheirOwnUnitOfWork() {
        store.appendEvents(TestEvents.recorded("x", 0));

        CommitReceipt receipt = CommitReceipt.of(() -> events.publish(TestEvents.bulletin("digest")));

        assertThat(receipt.commits())
                .extracting(CommitReceipt.Commit::firstPosition)
                .containsExactly(2L);
        assertThat(receipt.head()).contains(store.reader().head());
    }

    @Test
    void aBusWithoutTheInterceptorIsNamedInsteadOfAnsweringWithoutPositions() {
        assertThatThrownBy(() -> Committed.of("done"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CommitReceiptInterceptor");
    }
}

package com.safetycredit.ledger.store;

import com.mongodb.client.MongoDatabase;
import com.safetycredit.ledger.contracts.chain.LedgerHead;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.contracts.events.EventTypeRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

/**
 * The ledger store as Axon sees it: an {@link org.axonframework.eventsourcing.eventstore.EventStorageEngine}
 * on the plain MongoDB driver, with a gap-free global position and a SHA-256 hash chain. A thin adapter over
 * four parts: the {@link CommitAppender} stores a unit of work's events as one commit, the {@link HeadTracker}
 * knows where the ledger ends, the {@link LedgerReader} reads by exact keys, the {@link SnapshotStore} keeps
 * each aggregate's newest snapshot.
 *
 * <h2>How a commit is stored</h2>
 * All events of one unit of work become one document in {@code ledger_commits}: one insert, so all or
 * nothing, on any MongoDB and without transactions. The writer takes the head it knows (position
 * {@code h}, hash {@code x}), numbers its events {@code h+1 … h+k}, chains their hashes from {@code x} and
 * inserts. Unique indexes decide every race:
 * <ul>
 *   <li>another writer took {@code h+1} first: the insert fails on {@code _id}/{@code positions}; the writer
 *       probes forward to the new head and tries again with new positions and hashes;</li>
 *   <li>another writer appended to the same aggregate at the same sequence: the insert fails on
 *       {@code eventKeys} while the head did not move — a {@code ConcurrencyException}, nothing stored.</li>
 * </ul>
 * Because a commit can only be inserted right after the commit it chained onto, commits always form one
 * contiguous chain 1…N: no position is skipped, reused or reordered, with any number of writers in any
 * number of JVMs, and each hash links to the event immediately before it.
 *
 * <p>Commits of concurrent callers in this engine are written as a group ({@link Builder#groupCommit}): chained
 * one after the other, inserted in one ordered {@code insertMany}, made durable by one {@code afterCommit}. The
 * races above are decided commit by commit as before: the insert stops at a refused commit, those before it are
 * stored, a collision fails only its own caller.
 */
public class MongoLedgerStorageEngine extends BatchingEventStorageEngine {

    private final EventTypeRegistry registry;
    private final LedgerCollections collections;
    private final Clock clock;
    private final HeadTracker heads;
    private final CommitAppender appender;
    private final LedgerReader reader;
    private final SnapshotStore snapshots;
    private final PositionRing<TrackedEventMessage<?>> recentMessages;
    private final CatchUpPace pace;
    private final CountingSerializer trackingSerializer;
    private final LongAdder paceWaits = new LongAdder();
    private final ReentrantLock storeReads = new ReentrantLock();
    private final LongAdder readForProcessors = new LongAdder();
    /** The highest position the processors have read from the store: beyond it, the front of a catch-up. */
    private final AtomicLong frontRead = new AtomicLong();

    protected MongoLedgerStorageEngine(Builder builder) {
        super(builder);
        this.collections = new LedgerCollections(builder.database);
        collections.ensureIndexes();
        this.registry = builder.registry;
        this.clock = builder.clock;
        this.heads = new HeadTracker(collections);
        this.appender = new CommitAppender(collections, heads, builder.clock, builder.afterCommit, builder.groupCommit);
        this.reader = new LedgerReader(collections, heads, builder.recentEvents);
        this.snapshots = new SnapshotStore(collections);
        this.trackingSerializer = new CountingSerializer(getEventSerializer());
        // by default as many messages as stored events: in a catch-up the read models drift far apart (the profiles'
        // large batches), and with a quarter as many each event was deserialised 2.3 times at 104,439 events, 1.0 with
        // as many, for about the same collection pauses (docs/benchmarks.md)
        int messagesKept = builder.recentMessages < 0 ? builder.recentEvents : builder.recentMessages;
        this.recentMessages = new PositionRing<>(messagesKept, message -> positionOf(message.trackingToken()));
        // a quarter of the messages kept: a reader may be up to twice the window ahead (the window, then the window
        // within which it no longer waits because it is near the head), and the rest is the slack for a reader running
        // on, a read per second, while a slower one writes a large batch
        this.pace = new CatchUpPace(
                builder.catchUpTogether ? messagesKept / 4 : 0,
                TimeUnit.SECONDS.toNanos(1),
                TimeUnit.SECONDS.toNanos(30));
    }

    public static Builder builder() {
        return new Builder();
    }

    public EventTypeRegistry registry() {
        return registry;
    }

    /**
     * How many payloads and metadata the processors' shared reads have deserialised since this engine started:
     * once per event read, whatever the number of read models, when they share the messages.
     */
    public CountingSerializer.Counts trackingDeserialisations() {
        return trackingSerializer.counts();
    }

    /** How long the processors' reads have waited, in all, for slower read models to come within reach (ms). */
    public long catchUpWaitMillis() {
        return TimeUnit.NANOSECONDS.toMillis(paceWaits.sum());
    }

    /**
     * How many events the processors' shared reads have read from the store since this engine started: once per
     * event, whatever the number of read models, when they share the reads.
     */
    public long eventsReadForProcessors() {
        return readForProcessors.sum();
    }

    /** How everyone but Axon reads the ledger. */
    public LedgerReader reader() {
        return reader;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        List<UnchainedEvent> unchained = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            unchained.add(UnchainedEvent.of(event, serializer, registry));
        }
        CommitReceipt.noteInCurrentUnitOfWork(appender.append(unchained));
    }

    LedgerCollections collections() {
        return collections;
    }

    Clock clock() {
        return clock;
    }

    /** Commits were stored around this engine ({@link LedgerBulkLoader}): start from their head. */
    void headMoved(LedgerHead head) {
        heads.movedTo(head);
    }

    /**
     * The events after the token, as the processors read them. Every processor following the ledger asks for the
     * same positions at nearly the same time (after a start, a replay or a burst of commits), so a batch read once
     * is kept as messages ({@link Builder#recentMessages}) and handed to every processor: each message's
     * payload and metadata are deserialised lazily, once, by whichever processor looks first — not once per read
     * model. A message never changes once its position is taken. Without recent events, Axon's own path.
     */
    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        if (!recentMessages.isEnabled()) {
            return super.readEvents(trackingToken, mayBlock);
        }
        MessageBatches batches = new MessageBatches(positionOf(trackingToken));
        return StreamSupport.stream(batches, false).onClose(batches.paced::close);
    }

    /** Batch after batch of messages from a position on; ends where the ledger ends, as Axon's own stream does. */
    private final class MessageBatches extends Spliterators.AbstractSpliterator<TrackedEventMessage<?>> {

        private long after;
        private Iterator<TrackedEventMessage<?>> batch = Collections.emptyIterator();
        private final CatchUpPace.Reader paced;

        MessageBatches(long after) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.after = after;
            this.paced = pace.join(after);
        }

        @Override
        public boolean tryAdvance(Consumer<? super TrackedEventMessage<?>> action) {
            while (!batch.hasNext()) {
                List<TrackedEventMessage<?>> held = recentMessages.from(after, batchSize());
                if (held.isEmpty()) {
                    paceWaits.add(paced.awaitTurn(() -> heads.head().position()));
                    held = recentMessages.from(
                            after, batchSize()); // another reader as far on may have read it meanwhile
                }
                if (held.isEmpty()) {
                    held = readOnceForAll(after);
                    if (held.isEmpty()) {
                        // the stream ends where the ledger ends, but Axon may ask it again later; a stream never asked
                        // again stops counting once it has not moved for a while (CatchUpPace)
                        return false;
                    }
                }
                after = positionOf(held.get(held.size() - 1).trackingToken());
                paced.movedTo(after);
                batch = held.iterator();
            }
            action.accept(batch.next());
            return true;
        }
    }

    /**
     * The messages after {@code after} from the store. At the front — positions no processor has read yet — one
     * processor reads at a time: the read models that handle few events (digests, objections, the directory, the award
     * queue) run side by side at the front of a catch-up and asked the store for the same positions at the same moment,
     * each decoding every commit again (a quarter of the server's samples and most of the store's reply encoding in a
     * catch-up's profile, docs/benchmarks.md); now the first reads, and the others wait for it and find its batch among
     * the shared messages. A processor behind the front (its positions read before and no longer kept) reads on its
     * own: nobody else wants those positions now, and the front must not wait for it.
     */
    private List<TrackedEventMessage<?>> readOnceForAll(long after) {
        boolean atFront = after >= frontRead.get();
        if (atFront) {
            storeReads.lock();
        }
        try {
            // shared while this one waited, or (behind the front) just now: the front moves after sharing
            List<TrackedEventMessage<?>> held = recentMessages.from(after, batchSize());
            return held.isEmpty() ? read(after) : held;
        } finally {
            if (atFront) {
                storeReads.unlock();
            }
        }
    }

    private List<TrackedEventMessage<?>> read(long after) {
        List<? extends TrackedEventData<?>> read = fetchTrackedEvents(tokenAt(after), batchSize());
        readForProcessors.add(read.size());
        List<TrackedEventMessage<?>> shared = recentMessages.share(
                EventUtils.upcastAndDeserializeTrackedEvents(read.stream(), trackingSerializer, upcasterChain)
                        .<TrackedEventMessage<?>>map(SettlingMessage::of)
                        .toList());
        if (!read.isEmpty()) {
            frontRead.accumulateAndGet(positionOf(read.get(read.size() - 1).trackingToken()), Math::max);
        }
        return shared;
    }

    private static TrackingToken tokenAt(long position) {
        return position == 0 ? null : new GlobalSequenceTrackingToken(position);
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        List<TrackedEventData<?>> result = new ArrayList<>(batchSize);
        for (StoredEvent event : reader.readStoredEvents(positionOf(lastToken), batchSize)) {
            GlobalSequenceTrackingToken token = new GlobalSequenceTrackingToken(event.position());
            result.add(
                    event.isDomainEvent()
                            ? new TrackedDomainEventData<>(token, toDomainEventData(event))
                            : new StoredTrackedEventData(token, event));
        }
        return result;
    }

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(
            String aggregateIdentifier, long firstSequenceNumber, int batchSize) {
        return reader.aggregateBatch(aggregateIdentifier, firstSequenceNumber, batchSize).stream()
                .map(MongoLedgerStorageEngine::toDomainEventData)
                .toList();
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String identifier, long firstSequenceNumber) {
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(
                                reader.aggregateFrom(identifier, firstSequenceNumber), Spliterator.ORDERED),
                        false)
                .map(MongoLedgerStorageEngine::toDomainEventData);
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        snapshots.store(snapshot, serializer);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return snapshots.read(aggregateIdentifier).stream();
    }

    @Override
    public TrackingToken createTailToken() {
        return null; // from the very first event
    }

    @Override
    public TrackingToken createHeadToken() {
        long position = heads.head().position();
        return position == 0 ? null : new GlobalSequenceTrackingToken(position);
    }

    /**
     * A token before the first event recorded at or after {@code dateTime}. Record times grow with the
     * position (up to clock differences between writers), so a binary search over exact look-ups finds it.
     */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        long low = 1;
        long high = heads.head().position();
        long firstAtOrAfter = high + 1;
        while (low <= high) {
            long middle = (low + high) >>> 1;
            Instant recorded = reader.readStoredEvent(middle)
                    .map(e -> Instant.parse(e.timestamp()))
                    .orElseThrow();
            if (recorded.isBefore(dateTime)) {
                low = middle + 1;
            } else {
                firstAtOrAfter = middle;
                high = middle - 1;
            }
        }
        return firstAtOrAfter <= 1 ? null : new GlobalSequenceTrackingToken(firstAtOrAfter - 1);
    }

    private static long positionOf(TrackingToken token) {
        TrackingToken lowerBound = WrappedToken.unwrapLowerBound(token);
        if (lowerBound == null) {
            return 0;
        }
        if (lowerBound instanceof GlobalSequenceTrackingToken global) {
            return global.getGlobalIndex();
        }
        throw new IllegalArgumentException("The ledger store tracks by GlobalSequenceTrackingToken, not "
                + lowerBound.getClass().getName());
    }

    private static DomainEventData<String> toDomainEventData(StoredEvent event) {
        return new GenericDomainEventEntry<>(
                event.aggregateType(),
                event.aggregateId(),
                event.sequence(),
                event.eventId(),
                event.timestamp(),
                event.type(),
                event.revision(),
                event.payload(),
                event.metadata());
    }

    /**
     * Builder; {@code database} and {@code registry} are required. Defaults: the system clock (UTC), nothing
     * after a commit, group commit, no recently read events kept.
     */
    public static class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private EventTypeRegistry registry;
        private Clock clock = Clock.systemUTC();
        private Runnable afterCommit = () -> {};
        private boolean groupCommit = true;
        private int recentEvents = 0;
        private int recentMessages = -1;
        private boolean catchUpTogether = true;

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        public Builder registry(EventTypeRegistry registry) {
            this.registry = registry;
            return this;
        }

        /** The clock a commit's {@code committedAt} is read from. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Runs after every stored commit, before the append returns: the embedded store flushes its file
         * here so an acknowledged event survives a crash. A real MongoDB needs nothing (use a majority
         * write concern in the URI instead).
         */
        public Builder afterCommit(Runnable afterCommit) {
            this.afterCommit = afterCommit;
            return this;
        }

        /**
         * Whether commits of concurrent callers are written together (default): while one group is being stored,
         * the commits that arrive wait and are then stored as the next group — one insert and one
         * {@link #afterCommit} for all of them, each still its own commit, all or nothing, chained onto the one
         * before. A caller returns only after the {@code afterCommit} covering its commit. Off: one insert and one
         * {@code afterCommit} per commit.
         */
        public Builder groupCommit(boolean groupCommit) {
            this.groupCommit = groupCommit;
            return this;
        }

        /**
         * How many recently read events to keep for the other processors following the ledger (0: none).
         * Each costs about a kilobyte of heap.
         */
        public Builder recentEvents(int recentEvents) {
            this.recentEvents = recentEvents;
            return this;
        }

        /**
         * How many recently read events to keep as messages, deserialised, for the processors following the ledger
         * (0: none; by default as many as the recent events). Read models further apart than this deserialise an
         * event once each.
         */
        public Builder recentMessages(int recentMessages) {
            this.recentMessages = recentMessages;
            return this;
        }

        /**
         * Whether a processor catching up waits for slower ones to come within a quarter of the messages kept before it reads
         * further from the store (default true): so each event is read and deserialised once for all read models in a
         * long catch-up, not once per read model that fell behind. Never near the head, never for long.
         */
        public Builder catchUpTogether(boolean catchUpTogether) {
            this.catchUpTogether = catchUpTogether;
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        /** Which stored snapshots may be used: one of an older aggregate state shape must not be. */
        @Override
        public Builder snapshotFilter(SnapshotFilter snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            super.validate();
            if (database == null) {
                throw new AxonConfigurationException("The ledger store needs a MongoDatabase");
            }
            if (registry == null) {
                throw new AxonConfigurationException("The ledger store needs an EventTypeRegistry");
            }
        }

        public MongoLedgerStorageEngine build() {
            return new MongoLedgerStorageEngine(this);
        }
    }
}

package com.safetycredit.ledger.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.safetycredit.ledger.contracts.chain.LedgerHead;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.LongStream;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Reads the ledger, only by exact keys, which every MongoDB — including mongo-java-server — answers from an
 * index: a run of positions is the commits {@code _id $in [p+1 … p+n]} (a commit's {@code _id} is its first
 * position) plus, when {@code p+1} is not a commit's first, the one commit with {@code positions = p+1}; an
 * aggregate's stream from sequence {@code s} is {@code eventKeys $in [id#s … id#s+n-1]}. Cost does not grow with
 * the size of the ledger.
 *
 * <p>The feed, the webhooks, the audits, the projections and the metrics read through this, never through
 * the storage engine. What is read is checked against where it was found: an event must sit at the
 * position its commit says, the positions handed out run without a gap, and an aggregate's events belong
 * to it in sequence. Only verification reads what is stored unchecked, because it must report what is
 * there rather than refuse it.
 */
public final class LedgerReader {

    /** First batch of an aggregate load; each further batch is four times larger, up to 1,024 keys. */
    private static final int FIRST_AGGREGATE_BATCH = 16;

    private static final int LARGEST_AGGREGATE_BATCH = 1024;

    /**
     * Positions asked for in one question at most. mongo-java-server checks every commit it finds against the whole
     * {@code $in} list again, so a question's cost grows with the square of its length; a real MongoDB does not mind.
     * Measured with {@code OrderedReadCost} (store tests), 200,000 events in commits of one to three: 17–25 CPU ms
     * per 1,000 events asking 1,000 positions at a time by {@code positions}, 8 asking 250 at a time by commit id.
     */
    static final int POSITIONS_PER_QUESTION = 250;

    private final LedgerCollections collections;
    private final HeadTracker heads;
    private final RecentEvents recentEvents;
    private final int positionsPerQuestion;
    private final boolean byCommitId;

    LedgerReader(LedgerCollections collections, HeadTracker heads, int recentEvents) {
        this(collections, heads, recentEvents, POSITIONS_PER_QUESTION, true);
    }

    LedgerReader(
            LedgerCollections collections,
            HeadTracker heads,
            int recentEvents,
            int positionsPerQuestion,
            boolean byCommitId) {
        this.collections = collections;
        this.heads = heads;
        this.recentEvents = new RecentEvents(recentEvents);
        this.positionsPerQuestion = positionsPerQuestion;
        this.byCommitId = byCommitId;
    }

    /** The current head of the ledger, read from the store. */
    public LedgerHead head() {
        return heads.head();
    }

    /**
     * Up to {@code limit} stored events with positions {@code after+1, after+2, …}, in order and without
     * gaps: the list ends before the first position that is not stored.
     */
    public List<StoredEvent> readStoredEvents(long after, int limit) {
        List<StoredEvent> recent = recentEvents.from(after, limit);
        if (recent.size() == limit) {
            return recent;
        }
        List<StoredEvent> read = contiguousFrom(
                after + 1 + recent.size(),
                eventsAt(after + recent.size(), limit - recent.size(), true),
                StoredEvent::position);
        recentEvents.remember(read);
        if (recent.isEmpty()) {
            return read;
        }
        List<StoredEvent> all = new ArrayList<>(recent);
        all.addAll(read);
        return all;
    }

    /**
     * The stored events claiming positions {@code after+1 … after+limit}, sorted by position, gaps, misplaced
     * events and all. For verification, which must see what is stored rather than what should be.
     */
    public List<StoredEvent> readStoredEventsUnchecked(long after, int limit) {
        return eventsAt(after, limit, false);
    }

    /** The stored event at a position, if there is one. */
    public Optional<StoredEvent> readStoredEvent(long position) {
        return readStoredEvents(position - 1, 1).stream().findFirst();
    }

    /** Every stored event of one aggregate, in sequence order, with positions and hashes. */
    public List<StoredEvent> readAggregateStoredEvents(String aggregateId) {
        List<StoredEvent> all = new ArrayList<>();
        aggregateFrom(aggregateId, 0).forEachRemaining(all::add);
        return all;
    }

    /**
     * The aggregate's events at sequences {@code 0 … lastSequence} (fewer where the stream is shorter), in sequence
     * order: exactly the keys asked for, up to 1,024 a question. Where the caller knows how far the stream it needs
     * goes — a read model folding an enterprise's record up to the event it handles — this reads that and nothing
     * after it: one question for a short stream, where reading the whole stream asks in growing batches and decodes
     * every later event too.
     */
    public List<StoredEvent> readAggregateStoredEvents(String aggregateId, long lastSequence) {
        List<StoredEvent> all = new ArrayList<>();
        for (long first = 0; first <= lastSequence; first += LARGEST_AGGREGATE_BATCH) {
            long beyondFirst = lastSequence - first; // never 1 more: lastSequence may be Long.MAX_VALUE ("all of it")
            int size = beyondFirst < LARGEST_AGGREGATE_BATCH ? (int) beyondFirst + 1 : LARGEST_AGGREGATE_BATCH;
            List<StoredEvent> fetched = aggregateBatch(aggregateId, first, size);
            all.addAll(fetched);
            if (fetched.size() < size) {
                break;
            }
        }
        return all;
    }

    /**
     * An aggregate's events from {@code firstSequence} on, loaded in growing batches: most enterprises hold a
     * handful of events, and every key asked for costs the store a look-up, so the first question is small
     * (measured: +10–25% commands/s against a fixed 100-key batch, docs/benchmarks.md).
     */
    Iterator<StoredEvent> aggregateFrom(String aggregateId, long firstSequence) {
        return new Iterator<>() {
            private long next = firstSequence;
            private int batch = FIRST_AGGREGATE_BATCH;
            private Iterator<StoredEvent> current = Collections.emptyIterator();
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (!current.hasNext() && !exhausted) {
                    List<StoredEvent> fetched = aggregateBatch(aggregateId, next, batch);
                    exhausted = fetched.size() < batch;
                    if (!fetched.isEmpty()) {
                        next = fetched.get(fetched.size() - 1).sequence() + 1;
                    }
                    batch = Math.min(batch * 4, LARGEST_AGGREGATE_BATCH);
                    current = fetched.iterator();
                }
                return current.hasNext();
            }

            @Override
            public StoredEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /**
     * Whether the aggregate holds an event at {@code sequence}: one exact-key look-up of the commit's {@code _id},
     * nothing decoded. What a cached aggregate is checked with before it is trusted.
     */
    public boolean holdsEvent(String aggregateId, long sequence) {
        return collections
                        .commits()
                        .find(Filters.eq("eventKeys", LedgerCommit.eventKey(aggregateId, sequence)))
                        .projection(Projections.include("_id"))
                        .first()
                != null;
    }

    /** The events of the aggregate at sequences {@code first …}, as many as are stored in a row. */
    List<StoredEvent> aggregateBatch(String aggregateId, long first, int batchSize) {
        List<String> wanted = LongStream.range(first, first + batchSize)
                .mapToObj(sequence -> LedgerCommit.eventKey(aggregateId, sequence))
                .toList();
        List<StoredEvent> found = new ArrayList<>();
        for (Document commit : distinctCommits(Filters.in("eventKeys", wanted))) {
            for (StoredEvent event : eventsOf(commit, true)) {
                if (aggregateId.equals(event.aggregateId())
                        && event.sequence() >= first
                        && event.sequence() < first + batchSize) {
                    found.add(event);
                }
            }
        }
        found.sort(Comparator.comparingLong(StoredEvent::sequence));
        return contiguousFrom(first, found, StoredEvent::sequence);
    }

    private List<StoredEvent> eventsAt(long after, int limit, boolean checked) {
        if (limit <= 0) {
            return List.of();
        }
        Map<Object, Document> commits = new LinkedHashMap<>();
        for (long first = after + 1; first <= after + limit; first += positionsPerQuestion) {
            List<Long> wanted = LongStream.rangeClosed(first, Math.min(first + positionsPerQuestion - 1, after + limit))
                    .boxed()
                    .toList();
            if (checked && byCommitId) {
                // by commit id, each commit is found once; by position (multikey), once per position it holds, and
                // each copy is encoded, sent and decoded. Verification asks by position: it must find a commit
                // wherever its positions say, even one stored under a wrong id.
                distinctCommits(Filters.in("_id", wanted), commits);
                if (first == after + 1 && !commits.containsKey(first)) {
                    distinctCommits(Filters.eq("positions", first), commits); // a commit begun before holds it
                }
            } else {
                distinctCommits(Filters.in("positions", wanted), commits);
            }
        }
        List<StoredEvent> found = new ArrayList<>(limit);
        for (Document commit : commits.values()) {
            for (StoredEvent event : eventsOf(commit, checked)) {
                if (event.position() > after && event.position() <= after + limit) {
                    found.add(event);
                }
            }
        }
        found.sort(Comparator.comparingLong(StoredEvent::position));
        return found;
    }

    /**
     * A commit's events; checked, they must be exactly the events of the commit's positions — its first
     * position is its {@code _id}, they run without a gap, and its {@code positions} claim the same. Anything
     * else was not written by this store, and a reader that handed it on would spread it.
     */
    private static List<StoredEvent> eventsOf(Document commit, boolean checked) {
        List<StoredEvent> events = LedgerCommit.eventsOf(commit);
        if (checked) {
            long first = ((Number) commit.get("_id")).longValue();
            List<Long> held =
                    events.stream().map(StoredEvent::position).sorted().toList();
            List<Long> claimed = commit.getList("positions", Number.class).stream()
                    .map(Number::longValue)
                    .toList();
            for (int i = 0; i < Math.max(held.size(), claimed.size()); i++) {
                long expected = first + i;
                if (i >= held.size() || i >= claimed.size() || held.get(i) != expected || claimed.get(i) != expected) {
                    throw new CorruptLedgerException(
                            expected,
                            "the commit stored at " + first + " claims positions " + claimed + " but holds events at "
                                    + held);
                }
            }
        }
        return events;
    }

    /**
     * mongo-java-server answers an {@code $in} on a multikey index with the document once per matching key;
     * a real MongoDB returns each document once. Either way each commit is counted once.
     */
    private Collection<Document> distinctCommits(Bson filter) {
        return distinctCommits(filter, new LinkedHashMap<>()).values();
    }

    private Map<Object, Document> distinctCommits(Bson filter, Map<Object, Document> commits) {
        for (Document commit : collections.commits().find(filter)) {
            commits.putIfAbsent(commit.get("_id"), commit);
        }
        return commits;
    }

    private static List<StoredEvent> contiguousFrom(
            long first, List<StoredEvent> sorted, ToLongFunction<StoredEvent> key) {
        List<StoredEvent> result = new ArrayList<>(sorted.size());
        long expected = first;
        for (StoredEvent event : sorted) {
            if (key.applyAsLong(event) != expected) {
                break;
            }
            result.add(event);
            expected++;
        }
        return result;
    }
}

package com.safetycredit.ledger.store;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.InsertManyOptions;
import com.safetycredit.ledger.contracts.chain.LedgerHead;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.bson.Document;

/**
 * Loads many commits at once into a ledger nobody else is writing to: an import of past records, or a
 * benchmark that needs a million events in minutes rather than hours. Each commit is numbered, chained and
 * turned into exactly the document {@link MongoLedgerStorageEngine} would store for it, so the chain
 * verifies and every reader sees no difference; only the round trips are saved ({@code insertMany}).
 *
 * <p>The unique indexes still decide: a commit that collides with a stored position or aggregate sequence
 * stops the load with an error, keeping the commits before it (an ordered insert). A running engine that
 * appended before the load probes forward to the new head on its next append.
 */
public final class LedgerBulkLoader {

    private final MongoLedgerStorageEngine engine;
    private final LedgerCollections collections;

    public LedgerBulkLoader(MongoLedgerStorageEngine engine) {
        this.engine = engine;
        this.collections = engine.collections();
    }

    /**
     * Appends {@code commits} in order, each one all or nothing, and returns their stored events.
     *
     * @param commits the events of each unit of work, as the command side would have appended them
     */
    public List<StoredEvent> append(List<? extends List<? extends EventMessage<?>>> commits) {
        LedgerHead head = engine.reader().head();
        Date now = Date.from(engine.clock().instant());
        List<Document> documents = new ArrayList<>(commits.size());
        List<StoredEvent> stored = new ArrayList<>();
        for (List<? extends EventMessage<?>> events : commits) {
            if (events.isEmpty()) {
                continue;
            }
            List<UnchainedEvent> unchained = new ArrayList<>(events.size());
            for (EventMessage<?> event : events) {
                unchained.add(UnchainedEvent.of(event, engine.getEventSerializer(), engine.registry()));
            }
            LedgerCommit commit = LedgerCommit.chain(head, unchained);
            CommitAppender.assertChainsOnto(head, commit);
            documents.add(commit.toDocument(now));
            stored.addAll(commit.events());
            head = commit.head();
        }
        if (documents.isEmpty()) {
            return stored;
        }
        try {
            collections.commits().insertMany(documents, new InsertManyOptions().ordered(true));
        } catch (MongoBulkWriteException e) {
            throw new EventStoreException(
                    "The bulk load stopped at commit "
                            + e.getWriteErrors().get(0).getIndex()
                            + " of " + documents.size() + ": "
                            + e.getWriteErrors().get(0).getMessage()
                            + "; the commits before it are stored",
                    e);
        }
        engine.headMoved(head);
        return stored;
    }
}

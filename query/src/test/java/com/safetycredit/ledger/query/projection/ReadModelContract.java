package com.safetycredit.ledger.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every read model promises, whatever it holds: a replay rebuilds exactly the documents live processing
 * built, and an event delivered again — a crash between the read model's write and the token's — is not
 * applied again. Each read model's test extends this with its story and its own documents.
 */
public abstract class ReadModelContract {

    /** Small batches, so a story spans several and every batch boundary is crossed. */
    protected static final int BATCH = 2;

    protected ReadModelFixture ledger;
    protected CheckpointedProjection<?> projection;

    @BeforeEach
    void startLedger() {
        ledger = new ReadModelFixture();
        projection = projection(ledger);
    }

    @AfterEach
    void stopLedger() {
        ledger.close();
    }

    /** The read model under test, over the fixture's database. */
    protected abstract CheckpointedProjection<?> projection(ReadModelFixture ledger);

    /** The facts the story records, several commits of them. */
    protected abstract void recordStory(ReadModelFixture ledger);

    /** One more fact that adds a document of its own (not one the story's facts wrote). */
    protected abstract void recordOneMore(ReadModelFixture ledger);

    /** The collections the read model writes; the first holds what a re-application would replace. */
    protected abstract List<String> collections();

    /** The story, processed. */
    protected void caughtUpOnTheStory() {
        recordStory(ledger);
        ledger.run(projection, BATCH);
        ledger.caughtUp();
    }

    @Test
    void theCheckpointIsTheLastPositionApplied() {
        caughtUpOnTheStory();

        assertThat(ledger.checkpoints.lastApplied(projection.name())).isEqualTo(ledger.head());
    }

    @Test
    void aReplayRebuildsExactlyTheSameDocuments() {
        caughtUpOnTheStory();
        List<List<Document>> live =
                collections().stream().map(ledger::documents).toList();

        ledger.replay();

        assertThat(collections().stream().map(ledger::documents).toList()).isEqualTo(live);
        assertThat(ledger.checkpoints.lastApplied(projection.name())).isEqualTo(ledger.head());
    }

    @Test
    void eventsDeliveredAgainAreNotAppliedAgain() {
        caughtUpOnTheStory();
        String main = collections().get(0);
        // mark every document: applying any story event again would replace its document and lose the mark
        ledger.database.getCollection(main).updateMany(Filters.empty(), Updates.set("marked", true));
        List<Object> marked =
                ledger.documents(main).stream().map(d -> d.get("_id")).toList();

        ledger.redeliverAfter(1);
        recordOneMore(ledger);
        ledger.caughtUp();

        List<Document> after = ledger.documents(main);
        assertThat(after)
                .filteredOn(d -> marked.contains(d.get("_id")))
                .hasSize(marked.size())
                .allMatch(d -> Boolean.TRUE.equals(d.get("marked")));
        assertThat(after).as("the one more fact is applied").hasSize(marked.size() + 1);
        assertThat(ledger.checkpoints.lastApplied(projection.name())).isEqualTo(ledger.head());
    }
}

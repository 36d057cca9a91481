package com.safetycredit.ledger.store;

import static com.safetycredit.ledger.store.testing.TestEvents.bulletin;
import static com.safetycredit.ledger.store.testing.TestEvents.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.store.testing.TestEvents;
import com.safetycredit.ledger.store.testing.TestMongo;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A run of positions read in several questions, by commit id: from any position — a commit's first or one inside
 * it — over commits of one to four events, every question size gives exactly the positions asked for, in order,
 * each once, the same as asking by position.
 */
class OrderedReadTest {

    private final TestMongo mongo = TestMongo.start();
    private final MongoDatabase database = mongo.newConnection();

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void everyRunFromEveryPositionInEveryQuestionSizeIsExactlyThePositionsAskedFor() {
        MongoLedgerStorageEngine engine = TestEvents.engine(database);
        int thing = 0;
        for (int size = 1; size <= 4; size++) {
            for (int commit = 0; commit < 3; commit++) {
                var events = new java.util.ArrayList<org.axonframework.eventhandling.EventMessage<?>>();
                for (int i = 0; i < size; i++) {
                    events.add(i == size - 1 && size > 2 ? bulletin("公告 " + thing) : recorded("t-" + thing, 0));
                    thing++;
                }
                engine.appendEvents(events);
            }
        }
        long head = engine.reader().head().position(); // 3 × (1 + 2 + 3 + 4) = 30
        assertThat(head).isEqualTo(30);

        for (int question : List.of(1, 2, 3, 7, 250)) {
            for (boolean byCommitId : List.of(true, false)) {
                LedgerReader reader = new LedgerReader(
                        engine.collections(), new HeadTracker(engine.collections()), 0, question, byCommitId);
                for (long after = 0; after <= head; after++) {
                    for (int limit : List.of(1, 5, 40)) {
                        List<Long> read = reader.readStoredEvents(after, limit).stream()
                                .map(StoredEvent::position)
                                .toList();
                        assertThat(read)
                                .as("question %d, by id %s, after %d, limit %d", question, byCommitId, after, limit)
                                .isEqualTo(LongStream.rangeClosed(after + 1, Math.min(after + limit, head))
                                        .boxed()
                                        .toList());
                    }
                }
            }
        }
    }
}

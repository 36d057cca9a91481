package com.safetycredit.ledger.query.objection;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.contracts.events.objection.ObjectionDecided;
import com.safetycredit.ledger.contracts.events.objection.ObjectionExtended;
import com.safetycredit.ledger.contracts.events.objection.ObjectionFiled;
import com.safetycredit.ledger.contracts.events.penalty.PenaltyImposed;
import com.safetycredit.ledger.query.projection.CheckpointedProjection;
import com.safetycredit.ledger.query.projection.ReadModelContract;
import com.safetycredit.ledger.query.projection.ReadModelFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The objection queue against a real store: one document per objection, extended and decided in place; whether one
 * is overdue follows from its due date and the day asked (RULES.md §11), and the marker 异议处理中 names the fact of
 * one enterprise only.
 */
class ObjectionProjectionTest extends ReadModelContract {

    static final String PINGHU = "91330482MA28A1B56G";
    static final String JIASHAN = "91330421MA2R00031X";

    @Override
    protected CheckpointedProjection<?> projection(ReadModelFixture ledger) {
        return new ObjectionProjection(ledger.database, ledger.checkpoints);
    }

    @Override
    protected void recordStory(ReadModelFixture ledger) {
        ledger.record(registered(PINGHU), registered(JIASHAN), penalty(PINGHU), penalty(JIASHAN));
        // position 3: Pinghu's penalty; filed Monday 3 Nov 2025, due 5 working days later
        ledger.inStream("ObjectionAggregate", "obj-1", filed("obj-1", PINGHU, 3, "2025-11-03", "2025-11-10"));
        ledger.inStream("ObjectionAggregate", "obj-2", filed("obj-2", JIASHAN, 4, "2025-11-03", "2025-11-10"));
        ledger.inStream(
                "ObjectionAggregate",
                "obj-2",
                new ObjectionExtended(
                        JIASHAN, "obj-2", LocalDate.of(2025, 11, 5), "需向执法机构核实", LocalDate.of(2025, 12, 1)));
    }

    @Override
    protected void recordOneMore(ReadModelFixture ledger) {
        ledger.inStream("ObjectionAggregate", "obj-3", filed("obj-3", PINGHU, 3, "2025-11-04", "2025-11-11"));
    }

    private void rejectTheFirst() {
        ledger.inStream(
                "ObjectionAggregate",
                "obj-1",
                new ObjectionDecided(PINGHU, "obj-1", "REJECTED", LocalDate.of(2025, 11, 7), "处罚决定未被撤销", null, false));
    }

    @Override
    protected List<String> collections() {
        return List.of(ObjectionProjection.COLLECTION);
    }

    @Test
    void anOpenObjectionIsOverdueFromTheDayAfterItsDueDateWithoutAnyCommand() {
        caughtUpOnTheStory();
        ObjectionQueue queue = new ObjectionQueue(ledger.database);

        assertThat(queue.list("OPEN", true, LocalDate.of(2025, 11, 10))).isEmpty();
        assertThat(queue.list("OPEN", true, LocalDate.of(2025, 11, 11)))
                .extracting(ObjectionQueue.Objection::objectionId)
                .containsExactly("obj-1");
        // the navigation's count, made by the store, agrees with the list on each side of the due day
        for (LocalDate day : new LocalDate[] {LocalDate.of(2025, 11, 10), LocalDate.of(2025, 11, 11)}) {
            assertThat(queue.openCount(day))
                    .isEqualTo(new ObjectionQueue.OpenCount(
                            queue.list("OPEN", false, day).size(),
                            queue.list("OPEN", true, day).size()));
        }
        assertThat(queue.openCount(LocalDate.of(2025, 11, 11)).overdue()).isEqualTo(1);
        // the extended one is due 20 working days after filing: not overdue until after 1 Dec
        ObjectionQueue.Objection extended = queue.list(null, false, LocalDate.of(2025, 12, 1)).stream()
                .filter(o -> o.objectionId().equals("obj-2"))
                .findFirst()
                .orElseThrow();
        assertThat(extended.extended()).isTrue();
        assertThat(extended.dueOn()).isEqualTo("2025-12-01");
        assertThat(extended.overdue()).isFalse();
        assertThat(queue.list(null, true, LocalDate.of(2025, 12, 2)))
                .extracting(ObjectionQueue.Objection::objectionId)
                .containsExactlyInAnyOrder("obj-1", "obj-2");
    }

    @Test
    void aDecidedObjectionIsNeverOverdueAndItsFactIsNoLongerMarked() {
        caughtUpOnTheStory();
        ObjectionQueue queue = new ObjectionQueue(ledger.database);
        assertThat(queue.openFactIds())
                .containsExactlyInAnyOrder(
                        ObjectionQueue.factKey(PINGHU, "pen-1"), ObjectionQueue.factKey(JIASHAN, "pen-1"));
        assertThat(queue.marksOf(PINGHU).marks(3, Map.of())).isTrue();
        assertThat(queue.marksOf(PINGHU).marks(4, Map.of()))
                .as("the other enterprise's position")
                .isFalse();

        rejectTheFirst();
        ledger.caughtUp();

        ObjectionQueue.Objection decided =
                queue.list("REJECTED", false, LocalDate.of(2026, 1, 1)).get(0);
        assertThat(decided.objectionId()).isEqualTo("obj-1");
        assertThat(decided.overdue()).isFalse();
        assertThat(decided.reason()).isEqualTo("处罚决定未被撤销");
        assertThat(queue.openFactIds())
                .as("the same fact id of another enterprise stays marked, this one not")
                .containsExactly(ObjectionQueue.factKey(JIASHAN, "pen-1"));
        assertThat(queue.marksOf(PINGHU).marks(3, Map.of())).isFalse();
    }

    static EnterpriseRegistered registered(String uscc) {
        return new EnterpriseRegistered(
                uscc, "示例企业", "MANUFACTURING", uscc.substring(2, 8), null, null, LocalDate.of(2020, 1, 2));
    }

    static PenaltyImposed penalty(String uscc) {
        return new PenaltyImposed(
                uscc, "pen-1", "罚〔2025〕1号", LocalDate.of(2025, 9, 1), "未履行安全管理职责", 50_000, true, false, null);
    }

    static ObjectionFiled filed(String id, String uscc, long position, String filedOn, String dueOn) {
        return new ObjectionFiled(
                uscc,
                id,
                position,
                "PenaltyImposed",
                "pen-1",
                LocalDate.parse(filedOn),
                "罚款已撤销",
                LocalDate.parse(dueOn));
    }
}

package com.safetycredit.ledger.query.profile;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * The directory of one list in the list index (its document's key is the list: {@code BLACK}): the leaves in USCC
 * order, each with the first USCC it is for. Leaf {@code i} holds the members from its {@code from} up to the next
 * leaf's (the first leaf from {@code ""}, the last to the end), so the leaf of any USCC is found by a binary
 * search. {@code next} numbers the leaves a split makes: a batch repeated after a crash before its directory was
 * written numbers them again alike, so the leaves it wrote first are written over, not left behind. {@code dropped}
 * names the leaves the last change took out, deleted after the directory is written — and again by the next change,
 * should a crash have come in between.
 */
final class ListDirectory {

    /** A leaf of the directory: the first USCC it is for and its document's key. */
    record Entry(String from, String id) {}

    /** Where a USCC's members are: the leaf, and its range {@code [from, to)} ({@code to == null}: to the end). */
    record Range(String id, String from, String to) {}

    private final String list;
    private final List<Entry> entries;
    private long next;
    private List<String> dropped;

    private ListDirectory(String list, List<Entry> entries, long next, List<String> dropped) {
        this.list = list;
        this.entries = entries;
        this.next = next;
        this.dropped = dropped;
    }

    /** A list without members: one empty leaf for every USCC. */
    static ListDirectory empty(String list) {
        return new ListDirectory(list, new ArrayList<>(List.of(new Entry("", list + "/0"))), 1, List.of());
    }

    static ListDirectory of(Document document) {
        List<Entry> entries = document.getList("leaves", Document.class).stream()
                .map(e -> new Entry(e.getString("from"), e.getString("id")))
                .toList();
        return new ListDirectory(
                document.getString("_id"),
                new ArrayList<>(entries),
                document.get("next", Number.class).longValue(),
                document.getList("dropped", String.class, List.of()));
    }

    Document toDocument() {
        return new Document("_id", list)
                .append("next", next)
                .append(
                        "leaves",
                        entries.stream()
                                .map(e -> new Document("from", e.from()).append("id", e.id()))
                                .toList())
                .append("dropped", dropped);
    }

    String list() {
        return list;
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The position of the leaf holding {@code uscc}: the last whose {@code from} is not after it. */
    int indexOf(String uscc) {
        int low = 0;
        int high = entries.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (entries.get(middle).from().compareTo(uscc) <= 0) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    Range rangeOf(String uscc) {
        return range(indexOf(uscc));
    }

    Range range(int index) {
        Entry entry = entries.get(index);
        String to = index + 1 < entries.size() ? entries.get(index + 1).from() : null;
        return new Range(entry.id(), entry.from(), to);
    }

    int size() {
        return entries.size();
    }

    /**
     * The leaf at {@code index} replaced by new leaves starting at {@code froms} (the first at the leaf's own start):
     * their keys, in order.
     */
    List<String> replace(int index, List<String> froms) {
        entries.remove(index);
        List<String> ids = new ArrayList<>();
        for (String from : froms) {
            String id = list + "/" + next++;
            entries.add(index + ids.size(), new Entry(from, id));
            ids.add(id);
        }
        return ids;
    }

    List<String> dropped() {
        return dropped;
    }

    void dropped(List<String> ids) {
        dropped = List.copyOf(ids);
    }

    /**
     * Removes the leaf at {@code index}; its range goes to its neighbour (the one before it, or for the first leaf
     * the one after it, which then starts at {@code ""}).
     */
    void remove(int index) {
        entries.remove(index);
        if (index == 0) {
            entries.set(0, new Entry("", entries.get(0).id()));
        }
    }
}

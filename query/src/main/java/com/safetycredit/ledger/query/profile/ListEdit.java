package com.safetycredit.ledger.query.profile;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;

/**
 * One batch's changes to one list of the index: read the directory and the leaves the changed USCCs fall in (by
 * key), put and remove the members, replace a leaf grown past the capacity by new leaves, give an emptied leaf's
 * range to its neighbour, and write. The writes go in an order that a crash at any point leaves readable (see
 * {@link ListIndex#walk}) and that the batch, repeated, completes: the leaves the last change dropped are deleted;
 * new leaves (not referenced yet) are written; then the directory that references them (naming the leaves it
 * drops); then the existing leaves that changed; and last the dropped leaves are deleted.
 */
final class ListEdit {

    private final String list;
    private final int capacity;
    /** USCC → its member now, {@code null}: no longer on the list. */
    private final NavigableMap<String, ListMember> changes = new TreeMap<>();

    private ListDirectory directory;
    private final Map<String, ListLeaf> leaves = new LinkedHashMap<>();
    private final Map<String, Document> stored = new HashMap<>();

    ListEdit(String list, int capacity) {
        this.list = list;
        this.capacity = capacity;
    }

    void change(String uscc, ListMember member) {
        changes.put(uscc, member);
    }

    void apply(MongoCollection<Document> index) {
        Document storedDirectory = index.find(Filters.eq("_id", list)).first();
        directory = storedDirectory == null ? ListDirectory.empty(list) : ListDirectory.of(storedDirectory);
        Set<String> referenced = ids();
        Set<String> touched = new HashSet<>();
        changes.keySet().forEach(uscc -> touched.add(directory.rangeOf(uscc).id()));
        load(index, touched);
        changes.forEach((uscc, member) -> {
            NavigableMap<String, ListMember> members =
                    leaves.get(directory.rangeOf(uscc).id()).members();
            if (member == null) {
                members.remove(uscc);
            } else {
                members.put(uscc, member);
            }
        });
        split();
        removeEmpty(index);
        write(index, storedDirectory, referenced);
    }

    private void load(MongoCollection<Document> index, Set<String> ids) {
        index.find(Filters.in("_id", ids)).forEach(d -> stored.put(d.getString("_id"), d));
        for (String id : ids) {
            Document document = stored.get(id);
            ListLeaf leaf = document == null ? new ListLeaf(id, "", null, new TreeMap<>()) : ListLeaf.of(document);
            ListDirectory.Range range = directory.range(position(id));
            leaf.limitTo(range.from(), range.to()); // a leftover of an interrupted batch is not the leaf's any more
            leaves.put(id, leaf);
        }
    }

    /** Every leaf past the capacity replaced by leaves of about half of it, numbered in order. */
    private void split() {
        for (int i = 0; i < directory.size(); i++) {
            ListDirectory.Range range = directory.range(i);
            ListLeaf leaf = leaves.get(range.id());
            if (leaf == null || leaf.members().size() <= capacity) {
                continue;
            }
            List<NavigableMap<String, ListMember>> parts = leaf.split(capacity);
            List<String> froms = new ArrayList<>();
            parts.forEach(part -> froms.add(froms.isEmpty() ? range.from() : part.firstKey()));
            List<String> ids = directory.replace(i, froms);
            leaves.remove(leaf.id());
            for (int part = 0; part < parts.size(); part++) {
                leaves.put(ids.get(part), new ListLeaf(ids.get(part), froms.get(part), null, parts.get(part)));
            }
            i += parts.size() - 1;
        }
    }

    /** Every emptied leaf leaves the directory, its range going to a neighbour (a list keeps one leaf). */
    private void removeEmpty(MongoCollection<Document> index) {
        for (int i = directory.size() - 1; i >= 0 && directory.size() > 1; i--) {
            ListLeaf leaf = leaves.get(directory.range(i).id());
            if (leaf == null || !leaf.members().isEmpty()) {
                continue;
            }
            String neighbour = directory.range(i > 0 ? i - 1 : 1).id();
            if (!leaves.containsKey(neighbour)) {
                load(index, Set.of(neighbour));
            }
            directory.remove(i);
            leaves.remove(leaf.id());
        }
    }

    private void write(MongoCollection<Document> index, Document storedDirectory, Set<String> referenced) {
        List<WriteModel<Document>> added = new ArrayList<>();
        List<WriteModel<Document>> changed = new ArrayList<>();
        for (int i = 0; i < directory.size(); i++) {
            ListDirectory.Range range = directory.range(i);
            ListLeaf leaf = leaves.get(range.id());
            if (leaf == null) {
                continue;
            }
            leaf.limitTo(range.from(), range.to());
            Document document = leaf.toDocument();
            if (!document.equals(stored.get(leaf.id()))) {
                (referenced.contains(leaf.id()) ? changed : added).add(replace(document));
            }
        }
        List<String> dropped = new ArrayList<>(referenced);
        dropped.removeAll(ids());
        dropped.sort(null);
        delete(index, directory.dropped());
        ListIndexBatch.bulk(index, added);
        directory.dropped(dropped);
        Document directoryNow = directory.toDocument();
        if (!directoryNow.equals(storedDirectory)) {
            index.replaceOne(Filters.eq("_id", list), directoryNow, new ReplaceOptions().upsert(true));
        }
        ListIndexBatch.bulk(index, changed);
        delete(index, dropped);
    }

    private static void delete(MongoCollection<Document> index, List<String> ids) {
        ListIndexBatch.bulk(
                index,
                ids.stream()
                        .<WriteModel<Document>>map(id -> new DeleteOneModel<>(Filters.eq("_id", id)))
                        .toList());
    }

    private static WriteModel<Document> replace(Document document) {
        return new ReplaceOneModel<>(
                Filters.eq("_id", document.getString("_id")), document, new ReplaceOptions().upsert(true));
    }

    private Set<String> ids() {
        Set<String> ids = new HashSet<>();
        directory.entries().forEach(e -> ids.add(e.id()));
        return ids;
    }

    private int position(String id) {
        List<ListDirectory.Entry> entries = directory.entries();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("no leaf " + id + " in the directory of " + list);
    }
}

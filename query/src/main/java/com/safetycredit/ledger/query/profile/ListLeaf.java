package com.safetycredit.ledger.query.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.bson.Document;

/**
 * A leaf of the list index: the members of one list in a range of USCCs {@code [from, to)}, sorted. The range is
 * the one the directory gave the leaf when it was written; a reader takes from a leaf only what both its own range
 * and the directory's hold, so a leaf a crash left unwritten or unshrunk never shows a member twice.
 */
final class ListLeaf {

    private final String id;
    private String from;
    private String to;
    private final NavigableMap<String, ListMember> members;

    ListLeaf(String id, String from, String to, NavigableMap<String, ListMember> members) {
        this.id = id;
        this.from = from;
        this.to = to;
        this.members = members;
    }

    static ListLeaf of(Document document) {
        NavigableMap<String, ListMember> members = new TreeMap<>();
        for (Document member : document.getList("members", Document.class)) {
            ListMember read = ListMember.read(member);
            members.put(read.uscc(), read);
        }
        return new ListLeaf(document.getString("_id"), document.getString("from"), document.getString("to"), members);
    }

    Document toDocument() {
        return new Document("_id", id)
                .append("from", from)
                .append("to", to)
                .append(
                        "members",
                        members.values().stream().map(ListMember::toDocument).toList());
    }

    String id() {
        return id;
    }

    String from() {
        return from;
    }

    String to() {
        return to;
    }

    NavigableMap<String, ListMember> members() {
        return members;
    }

    /** Whether {@code uscc} lies in the leaf's own range. */
    boolean covers(String uscc) {
        return from.compareTo(uscc) <= 0 && (to == null || uscc.compareTo(to) < 0);
    }

    /** Takes the range {@code [from, to)} and drops any member outside it (a leftover of an interrupted batch). */
    void limitTo(String from, String to) {
        this.from = from;
        this.to = to;
        members.headMap(from, false).clear();
        if (to != null) {
            members.tailMap(to, true).clear();
        }
    }

    /**
     * The members of a leaf holding more than {@code capacity}, in as many parts of about half the capacity as it
     * takes (two for a leaf just over), in order.
     */
    List<NavigableMap<String, ListMember>> split(int capacity) {
        int count = members.size();
        int parts = Math.max(2, count / Math.max(1, capacity / 2));
        List<ListMember> all = new ArrayList<>(members.values());
        List<NavigableMap<String, ListMember>> split = new ArrayList<>();
        for (int part = 0; part < parts; part++) {
            NavigableMap<String, ListMember> piece = new TreeMap<>();
            for (ListMember member : all.subList(part * count / parts, (part + 1) * count / parts)) {
                piece.put(member.uscc(), member);
            }
            split.add(piece);
        }
        return split;
    }
}

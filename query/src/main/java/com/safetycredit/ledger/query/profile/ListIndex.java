package com.safetycredit.ledger.query.profile;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.bson.Document;

/**
 * The members of the black, red and 重点关注 lists in USCC order, kept by the profile projection as small documents
 * read only by their exact key — the leaves of a B+-tree: per list a directory ({@link ListDirectory}) and leaves
 * ({@link ListLeaf}) of at most a few hundred members each. The embedded store answers from an index only an exact
 * key (a range or an {@code $elemMatch} is a scan of every profile, then a sort), so a page read this way costs a
 * directory, the leaves it passes and its own profiles, whatever the length of the list; a real MongoDB answers the
 * same reads from its {@code _id} index.
 *
 * <p>Beside the leaves, one document per enterprise on any list ({@code credit_list_memberships}) says what the
 * leaves hold of it: a batch compares the enterprises it changed with them and touches the leaves only where a
 * membership changed, which in live processing is rare.
 */
final class ListIndex {

    static final String INDEX = "credit_list_index";
    static final String MEMBERSHIPS = "credit_list_memberships";

    /** Present once the index holds every profile's lists: written by a reset, or by a build over old profiles. */
    private static final String BUILT = "@built";

    private final MongoCollection<Document> index;
    private final MongoCollection<Document> memberships;

    ListIndex(MongoDatabase database) {
        this.index = database.getCollection(INDEX);
        this.memberships = database.getCollection(MEMBERSHIPS);
    }

    MongoCollection<Document> index() {
        return index;
    }

    MongoCollection<Document> memberships() {
        return memberships;
    }

    /** Whether the index holds the lists of every profile (profiles written before it existed need a build). */
    boolean built() {
        return index.find(Filters.eq("_id", BUILT)).first() != null;
    }

    void markBuilt() {
        index.replaceOne(Filters.eq("_id", BUILT), new Document("_id", BUILT), new ReplaceOptions().upsert(true));
    }

    /** Empties the index of a list-less ledger (a reset): there is nothing to build. */
    void clear() {
        index.deleteMany(new Document());
        memberships.deleteMany(new Document());
        markBuilt();
    }

    /**
     * Each member of {@code list} after the USCC {@code after} (null: from the first), in USCC order, handed to
     * {@code each} until it answers false. Reads the directory and then one leaf at a time, by key. A batch being
     * written meanwhile shows each range as it was before that batch or after it: a leaf that no longer holds the
     * range the directory read gave it sends the reader back to the directory once.
     */
    void walk(String list, String after, Predicate<ListMember> each) {
        ListDirectory directory = directory(list);
        String key = after == null ? "" : after;
        boolean reread = false;
        while (directory != null && key != null) {
            ListDirectory.Range range = directory.rangeOf(key);
            ListLeaf leaf = leaf(range.id());
            if (!reread && (leaf == null || !leaf.covers(key))) {
                directory = directory(list);
                reread = true;
                continue;
            }
            reread = false;
            String start = leaf == null || leaf.from().compareTo(key) < 0 ? key : leaf.from();
            String end = leaf == null ? range.to() : earlier(leaf.to(), range.to());
            if (leaf != null && (end == null || start.compareTo(end) < 0)) {
                var members = end == null
                        ? leaf.members().tailMap(start, true)
                        : leaf.members().subMap(start, true, end, false);
                for (ListMember member : members.values()) {
                    if (!member.uscc().equals(after) && !each.test(member)) {
                        return;
                    }
                }
            }
            // past this leaf; a range no leaf covers any more (emptied and given to a neighbour) holds no one
            key = end != null && end.compareTo(key) > 0 ? end : range.to();
        }
    }

    /** Every member of every list, in order: what the index says, whatever its leaves' boundaries. */
    Map<String, List<ListMember>> members() {
        Map<String, List<ListMember>> lists = new LinkedHashMap<>();
        for (String list : ListMember.LISTS) {
            List<ListMember> members = new ArrayList<>();
            walk(list, null, members::add);
            lists.put(list, members);
        }
        return lists;
    }

    /**
     * Where the members differ from the lists {@code profiles} hold, at most {@code max} lines: a member missing, one
     * too many, or one whose region, industry or periods differ. Members, not leaves: where a leaf splits depends
     * on the order the members came in. None while the index is not built: the lists are then answered from the
     * profiles themselves.
     */
    List<String> differences(Iterable<Document> profiles, int max) {
        if (!built()) {
            return List.of();
        }
        Map<String, Map<String, ListMember>> expected = new LinkedHashMap<>();
        ListMember.LISTS.forEach(list -> expected.put(list, new TreeMap<>()));
        for (Document profile : profiles) {
            ListMember.ofProfile(profile)
                    .forEach((list, member) -> expected.get(list).put(member.uscc(), member));
        }
        List<String> differences = new ArrayList<>();
        members().forEach((list, members) -> {
            Map<String, ListMember> missing = new TreeMap<>(expected.get(list));
            for (ListMember member : members) {
                ListMember wanted = missing.remove(member.uscc());
                if (!member.equals(wanted)) {
                    differences.add(INDEX + " " + list + " " + member.uscc() + ": " + member + " ≠ rebuilt " + wanted);
                }
            }
            missing.keySet().forEach(uscc -> differences.add(INDEX + " " + list + " " + uscc + ": missing"));
        });
        return differences.subList(0, Math.min(max, differences.size()));
    }

    ListDirectory directory(String list) {
        Document document = index.find(Filters.eq("_id", list)).first();
        return document == null ? null : ListDirectory.of(document);
    }

    private ListLeaf leaf(String id) {
        Document document = index.find(Filters.eq("_id", id)).first();
        return document == null ? null : ListLeaf.of(document);
    }

    /** The earlier of two upper bounds, {@code null} being the end. */
    private static String earlier(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) <= 0 ? a : b;
    }
}

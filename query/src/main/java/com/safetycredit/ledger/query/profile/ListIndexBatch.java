package com.safetycredit.ledger.query.profile;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.bson.Document;

/**
 * One processing batch's changes to the list index: the lists of each enterprise the batch changed, compared at
 * the end of the batch with what the index holds of it ({@code credit_list_memberships}); only the lists whose
 * member changed are edited ({@link ListEdit}). Nothing is kept from one batch to the next — another node may have
 * written in between — and every write replaces a document by its key, so a batch repeated after a crash leaves
 * the same members.
 *
 * <p>The order of the writes is what makes the repetition safe: the leaves and directories first, then the
 * memberships. A crash between them leaves memberships that still say the old lists, so the repeated batch finds
 * the same differences and applies them again (to leaves that may already hold them: the same result).
 */
final class ListIndexBatch {

    /** A question's {@code $in} holds at most this many keys. */
    private static final int KEYS_PER_READ = 1000;

    private final ListIndex lists;
    private final MongoCollection<Document> profiles;
    private final int leafCapacity;
    private final Map<String, Map<String, ListMember>> changed = new LinkedHashMap<>();

    ListIndexBatch(ListIndex lists, MongoCollection<Document> profiles, int leafCapacity) {
        this.lists = lists;
        this.profiles = profiles;
        this.leafCapacity = leafCapacity;
    }

    /** The enterprise's lists at the end of the batch (absent: none). */
    void put(String uscc, Map<String, ListMember> memberships) {
        changed.put(uscc, memberships);
    }

    /** Writes what changed, after the batch's profiles. */
    void write() {
        if (changed.isEmpty()) {
            return;
        }
        boolean build = !lists.built();
        Map<String, Map<String, ListMember>> now = build ? everyProfile() : new LinkedHashMap<>();
        now.putAll(changed);
        Map<String, Map<String, ListMember>> before = stored(now.keySet());
        Map<String, ListEdit> edits = new LinkedHashMap<>();
        List<WriteModel<Document>> memberships = new ArrayList<>();
        now.forEach((uscc, held) -> {
            Map<String, ListMember> was = before.getOrDefault(uscc, Map.of());
            if (was.equals(held)) {
                return;
            }
            for (String list : ListMember.LISTS) {
                ListMember member = held.get(list);
                if (!Objects.equals(member, was.get(list))) {
                    edits.computeIfAbsent(list, l -> new ListEdit(l, leafCapacity))
                            .change(uscc, member);
                }
            }
            if (held.isEmpty()) {
                memberships.add(new DeleteOneModel<>(Filters.eq("_id", uscc)));
            } else {
                memberships.add(new ReplaceOneModel<>(
                        Filters.eq("_id", uscc), membership(uscc, held), new ReplaceOptions().upsert(true)));
            }
        });
        for (ListEdit edit : edits.values()) {
            edit.apply(lists.index());
        }
        bulk(lists.memberships(), memberships);
        if (build) {
            lists.markBuilt();
        }
    }

    /** What the index holds of each enterprise, by its membership documents (read by key). */
    private Map<String, Map<String, ListMember>> stored(Iterable<String> usccs) {
        Map<String, Map<String, ListMember>> stored = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (String uscc : usccs) {
            keys.add(uscc);
            if (keys.size() == KEYS_PER_READ) {
                read(keys, stored);
                keys.clear();
            }
        }
        read(keys, stored);
        return stored;
    }

    private void read(List<String> keys, Map<String, Map<String, ListMember>> into) {
        if (keys.isEmpty()) {
            return;
        }
        for (Document document : lists.memberships().find(Filters.in("_id", keys))) {
            Map<String, ListMember> memberships = new LinkedHashMap<>();
            Document held = document.get("lists", Document.class);
            for (String list : ListMember.LISTS) {
                Document member = held.get(list, Document.class);
                if (member != null) {
                    memberships.put(list, ListMember.read(member));
                }
            }
            into.put(document.getString("_id"), memberships);
        }
    }

    private static Document membership(String uscc, Map<String, ListMember> memberships) {
        Document held = new Document();
        memberships.forEach((list, member) -> held.append(list, member.toDocument()));
        return new Document("_id", uscc).append("lists", held);
    }

    /**
     * The lists of every stored profile: once, for a ledger whose profiles were written before the index existed
     * (one scan, then never again).
     */
    private Map<String, Map<String, ListMember>> everyProfile() {
        Map<String, Map<String, ListMember>> all = new TreeMap<>();
        for (Document profile : profiles.find()
                .projection(Projections.include(
                        "regionCode", "industry", "timeline.from", "timeline.to", "timeline.status"))
                .batchSize(500)) {
            all.put(profile.getString("_id"), ListMember.ofProfile(profile));
        }
        return all;
    }

    static void bulk(MongoCollection<Document> collection, List<WriteModel<Document>> writes) {
        if (!writes.isEmpty()) {
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }
}

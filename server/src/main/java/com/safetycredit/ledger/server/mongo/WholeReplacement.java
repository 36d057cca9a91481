package com.safetycredit.ledger.server.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A whole document replaced by its key — what every read model writes ({@code ReplaceOneModel} by {@code _id}) —
 * without the copies of mongo-java-server's general update path. That path serves every update operator, which
 * change nested values in place, so it copies the stored document deeply before it starts, copies the replacement
 * deeply into a new document and compares old and new deeply twice: for an enterprise's profile, ~70 intervals
 * with their fields, that was a third of the embedded store's time while the read models caught up with
 * 1,000,000 events (docs/benchmarks.md).
 *
 * <p>A replacement changes only top-level fields, and the nested values it drops are never changed, so a shallow
 * copy keeps the old document whole for the indexes; and the replacement is taken as the request decoded it, which
 * nothing holds afterwards (the embedded store keeps no oplog, whose {@code handleUpdate} is called as before). The
 * stored document is then changed in place the way the general path changes it: the memory backend holds that
 * very object, the H2 file's map is given it again. Whatever this does not cover — an update operator, a filter
 * other than the key, no match (an upsert), a replacement with another {@code _id}, a collection without a key
 * index — goes the general way, and so fails or succeeds exactly as before ({@code LeanBackendsTest} compares them).
 */
final class WholeReplacement {

    /** Where the backend keeps a changed document: the H2 file writes it to its map, the memory backend has it. */
    interface Storage<P> {
        void updated(P position, Document before, Document after);
    }

    private WholeReplacement() {}

    /**
     * The reply to an update: the replacement done here where it {@link #applies} and finds its document, the
     * {@code general} path's otherwise.
     */
    static <P> Document update(
            MongoCollection<P> collection,
            String idField,
            Document selector,
            Document update,
            boolean multi,
            Oplog oplog,
            Supplier<Iterable<Document>> found,
            Storage<P> storage,
            Supplier<Document> general) {
        Document reply = applies(selector, update, multi, idField)
                ? replace(collection, idField, selector, update, found.get(), oplog, storage)
                : null;
        return reply != null ? reply : general.get();
    }

    /** Whether {@code update} replaces one document named by its key alone. */
    private static boolean applies(Document selector, Document update, boolean multi, String idField) {
        if (multi || idField == null || selector.size() != 1 || !selector.containsKey(idField)) {
            return false;
        }
        Object key = selector.get(idField);
        if (key == null || key instanceof Document || key instanceof Collection<?>) {
            return false; // a query expression or a compound key: the general path matches it
        }
        return update.keySet().stream().noneMatch(field -> field.startsWith("$"));
    }

    /**
     * Replaces the document {@code found} yields first, or returns null, having changed nothing, where the general
     * path is to decide (nothing found; another {@code _id}; no key index to name its position).
     *
     * @return the reply the general path gives for one matched document
     */
    private static <P> Document replace(
            MongoCollection<P> collection,
            String idField,
            Document selector,
            Document replacement,
            Iterable<Document> found,
            Oplog oplog,
            Storage<P> storage) {
        Iterator<Document> matches = found.iterator();
        if (!matches.hasNext()) {
            return null;
        }
        Document stored = matches.next();
        Object id = stored.get(idField);
        if (replacement.containsKey(idField) && !Objects.equals(replacement.get(idField), id)) {
            return null;
        }
        P position = position(collection.getIndexes(), stored);
        if (position == null) {
            return null;
        }
        Document after = new Document(idField, id); // the key first, as the general path orders it
        after.putAll(replacement);
        Utils.validateFieldNames(after);
        boolean modified = !after.equals(stored);
        if (modified) {
            Document before = new Document(stored);
            for (Index<P> index : collection.getIndexes()) {
                index.checkUpdate(before, after, collection);
            }
            for (Index<P> index : collection.getIndexes()) {
                index.updateInPlace(before, after, position, collection);
            }
            stored.keySet().retainAll(after.keySet());
            stored.putAll(after);
            storage.updated(position, before, stored);
        }
        oplog.handleUpdate(collection.getFullName(), selector, replacement, modified ? List.of(id) : List.of());
        return new Document("n", 1).append("nModified", modified ? 1 : 0);
    }

    /** The document's one position, as every index that holds it names it; null where none does. */
    private static <P> P position(List<Index<P>> indexes, Document stored) {
        Set<P> positions = new HashSet<>();
        for (Index<P> index : indexes) {
            P position = index.getPosition(stored);
            if (position != null) {
                positions.add(position);
            }
        }
        return positions.size() == 1 ? positions.iterator().next() : null;
    }
}

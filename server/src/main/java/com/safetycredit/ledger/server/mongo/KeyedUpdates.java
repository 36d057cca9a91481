package com.safetycredit.ledger.server.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The two updates the read models send most, of one document named by its key, done without the copies of
 * mongo-java-server's general update path: a whole replacement (a profile, a list leaf, a history entry), and values
 * added to a set ({@code $addToSet} with {@code $each}: the positions of an enterprise's history). The general path
 * serves every update operator, which change nested values in place, so it copies the stored document deeply before
 * it starts, copies it (or the replacement) deeply once more into the new document and compares old and new deeply
 * twice — and finds the document through a stream and the query matcher. In the 1,000,000-event catch-up that was
 * most of the embedded store's time (docs/benchmarks.md).
 *
 * <p>Both change top-level fields only, and never a nested value the stored document holds (a new list is built
 * for the set), so a shallow copy keeps the old document whole for the indexes. A replacement is taken as the request
 * decoded it, which nothing holds afterwards (the embedded store keeps no oplog, whose {@code handleUpdate} is called
 * as before). The stored document is then changed in place the way the general path changes it: the memory backend
 * holds that very object, the H2 file's map is given it again. Whatever this does not cover — other operators, a
 * filter other than the key, no match (an upsert), a replacement with another {@code _id}, a set of values whose
 * equality is not Java's (numbers of mixed types, documents), a collection without a key index — goes the general
 * way, and so fails or succeeds exactly as before ({@code LeanBackendsTest} compares them with the stock backend).
 */
final class KeyedUpdates {

    private static final String ADD_TO_SET = "$addToSet";
    private static final String EACH = "$each";

    /** The backend's own: its document at a position, and where it keeps a changed document. */
    record Storage<P>(Function<P, Document> document, Updated<P> updated) {}

    interface Updated<P> {
        void updated(P position, Document before, Document after);
    }

    private KeyedUpdates() {}

    /** The reply to an update: done here where it is one of the two and finds its document, by {@code general} else. */
    static <P> Document update(
            MongoCollection<P> collection,
            String idField,
            Document selector,
            Document update,
            boolean multi,
            Oplog oplog,
            Storage<P> storage,
            Supplier<Document> general) {
        Document reply = null;
        if (!multi && byKey(selector, idField)) {
            if (update.keySet().stream().noneMatch(field -> field.startsWith("$"))) {
                reply = replace(collection, idField, selector, update, oplog, storage);
            } else if (update.size() == 1 && update.get(ADD_TO_SET) instanceof Document added) {
                reply = addToSet(collection, idField, selector, update, added, oplog, storage);
            }
        }
        return reply != null ? reply : general.get();
    }

    private static boolean byKey(Document selector, String idField) {
        if (idField == null || selector.size() != 1 || !selector.containsKey(idField)) {
            return false;
        }
        Object key = selector.get(idField);
        // a query expression or a compound key: the general path matches it
        return key != null && !(key instanceof Document) && !(key instanceof Collection<?>);
    }

    /** The replacement, or null (nothing changed) where the general path is to decide. */
    private static <P> Document replace(
            MongoCollection<P> collection,
            String idField,
            Document selector,
            Document replacement,
            Oplog oplog,
            Storage<P> storage) {
        Found<P> found = find(collection, selector, storage);
        if (found == null) {
            return null;
        }
        Object id = found.document().get(idField);
        if (replacement.containsKey(idField) && !Objects.equals(replacement.get(idField), id)) {
            return null;
        }
        Document after = new Document(idField, id); // the key first, as the general path orders it
        after.putAll(replacement);
        Utils.validateFieldNames(after);
        return write(collection, selector, replacement, found, after, oplog, storage);
    }

    /**
     * {@code {$addToSet: {field: {$each: [...]}}}} on a top-level field, values of types whose equality is Java's
     * (strings, 64-bit integers); null where the general path is to decide.
     */
    private static <P> Document addToSet(
            MongoCollection<P> collection,
            String idField,
            Document selector,
            Document update,
            Document added,
            Oplog oplog,
            Storage<P> storage) {
        if (added.size() != 1) {
            return null;
        }
        String field = added.keySet().iterator().next();
        if (field.contains(".")
                || field.startsWith("$")
                || field.equals(idField)
                || !(added.get(field) instanceof Document each)
                || each.size() != 1
                || !(each.get(EACH) instanceof List<?> values)
                || !plain(values)) {
            return null;
        }
        Found<P> found = find(collection, selector, storage);
        if (found == null) {
            return null;
        }
        Object current = found.document().get(field);
        if (current != null && !(current instanceof List<?> list && plain(list))) {
            return null;
        }
        List<Object> set = new ArrayList<>();
        if (current != null) {
            set.addAll((List<?>) current);
        }
        // a batch adds a handful of positions to an enterprise's hundred: looked for in the list itself, and in a
        // hash set only where that would cost more than building one
        Collection<Object> present = (long) values.size() * set.size() > 10_000 ? new HashSet<>(set) : set;
        for (Object value : values) {
            if (!present.contains(value)) {
                set.add(value);
                if (present != set) {
                    present.add(value);
                }
            }
        }
        Document after = new Document(found.document());
        after.put(field, set);
        return write(collection, selector, update, found, after, oplog, storage);
    }

    private static boolean plain(List<?> values) {
        for (Object value : values) { // a loop, not a stream: it runs over every position an enterprise has
            if (!(value instanceof String || value instanceof Long)) {
                return false;
            }
        }
        return true;
    }

    private record Found<P>(P position, Document document) {}

    /** The document the key names, through the collection's key index; null where there is none, or no document. */
    private static <P> Found<P> find(MongoCollection<P> collection, Document selector, Storage<P> storage) {
        for (Index<P> index : collection.getIndexes()) {
            if (index.isUnique() && index.canHandle(selector)) {
                Iterator<P> positions = index.getPositions(selector).iterator();
                if (!positions.hasNext()) {
                    return null;
                }
                P position = positions.next();
                return positions.hasNext()
                        ? null
                        : new Found<>(position, storage.document().apply(position));
            }
        }
        return null;
    }

    /** {@code after} in place of the stored document, as the general path leaves it; the reply for one match. */
    private static <P> Document write(
            MongoCollection<P> collection,
            Document selector,
            Document update,
            Found<P> found,
            Document after,
            Oplog oplog,
            Storage<P> storage) {
        Document stored = found.document();
        boolean modified = !after.equals(stored);
        if (modified) {
            Document before = new Document(stored);
            for (Index<P> index : collection.getIndexes()) {
                index.checkUpdate(before, after, collection);
            }
            for (Index<P> index : collection.getIndexes()) {
                index.updateInPlace(before, after, found.position(), collection);
            }
            stored.keySet().retainAll(after.keySet());
            stored.putAll(after);
            storage.updated().updated(found.position(), before, stored);
        }
        Object id = selector.values().iterator().next(); // the key, as the key index found it
        oplog.handleUpdate(collection.getFullName(), selector, update, modified ? List.of(id) : List.of());
        return new Document("n", 1).append("nModified", modified ? 1 : 0);
    }
}

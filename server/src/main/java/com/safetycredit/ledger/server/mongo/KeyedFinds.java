package com.safetycredit.ledger.server.mongo;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;

/**
 * The finds the ledger sends most — documents named by their keys ({@code {field: key}} or {@code {field: {$in:
 * [keys]}}}, the field's own unique index answering) — without the query matcher. mongo-java-server looks the keys
 * up in the index and then matches every document it found against the query once more: for an {@code $in} of a
 * thousand positions that is each commit compared with the thousand, the largest share of the embedded store's
 * find time in the 1,000,000-event catch-up (docs/benchmarks.md). Where the index takes the whole query — one field,
 * the index's own, each key a string or an integer — the documents at the positions it gives are exactly the ones
 * the matcher would keep: the index holds each document under the (normalised) values of that field, the matcher
 * compares them the same way. Order, duplicates (a multikey index answers once per key), sort, skip, limit,
 * projection and batches stay the stock path's; anything else is matched as before ({@code LeanBackendsTest}
 * compares both with the stock backend).
 */
final class KeyedFinds {

    /** A query every document matches: what the stock path is given in place of one the index answered whole. */
    static final Document EVERY_DOCUMENT = new Document();

    private static final String IN = "$in";

    private KeyedFinds() {}

    /**
     * The query to match the index's documents against: none where the index answered it whole. Called only with a
     * query an index of the collection said it can handle, which is then an index on exactly the query's fields.
     */
    static Document leftToMatch(Document query) {
        return answeredWhollyByItsIndex(query) ? EVERY_DOCUMENT : query;
    }

    static boolean answeredWhollyByItsIndex(Document query) {
        if (query.size() != 1) {
            return false;
        }
        String field = query.keySet().iterator().next();
        if (field.startsWith("$") || field.contains(".")) {
            return false;
        }
        Object value = query.get(field);
        if (value instanceof Document expression) {
            return expression.size() == 1 && expression.get(IN) instanceof List<?> keys && plain(keys);
        }
        return plain(value);
    }

    private static boolean plain(List<?> keys) {
        for (Object key : keys) { // a loop, not a stream: a question names up to a thousand positions
            if (!plain(key)) {
                return false;
            }
        }
        return true;
    }

    /** Strings and integers: what the ledger's keys are, and what index and matcher compare alike. */
    private static boolean plain(Object key) {
        return key instanceof String || key instanceof Long || key instanceof Integer;
    }
}

package com.safetycredit.ledger.server.mongo;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * A unique index of the H2 file that holds its keys as the bytes they are stored as.
 *
 * <p>The stock H2 backend keeps an index's keys ({@link KeyValue}, the document's normalised values) in an MVStore
 * map under H2's {@link ObjectDataType}: a key is stored as its Java serialisation and the keys are ordered by those
 * bytes — and, held as objects, both sides of every comparison are serialised again. Finding one key among a million
 * serialised some forty objects; answering a profile spent a third of the embedded store's time there
 * (docs/benchmarks.md). Here a key is held as its bytes: a look-up serialises its key once and compares bytes.
 *
 * <p>What is stored and its order are the stock ones byte for byte (the same serialisation, tag and length, the same
 * unsigned comparison), so a data file opens with either backend whichever wrote it ({@code LeanBackendsTest}).
 */
final class StoredKeyIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<byte[], Object> keys;

    private StoredKeyIndex(MVMap<byte[], Object> keys, String name, List<IndexKey> fields, boolean sparse) {
        super(name, fields, sparse);
        this.keys = keys;
    }

    /** The index stored in {@code mapName}, the map the stock backend gives it. */
    static StoredKeyIndex open(MVStore store, String mapName, String name, List<IndexKey> fields, boolean sparse) {
        MVMap<byte[], Object> keys =
                store.openMap(mapName, new MVMap.Builder<byte[], Object>().keyType(SerializedKeys.TYPE));
        return new StoredKeyIndex(keys, name, fields, sparse);
    }

    @Override
    protected Object getPosition(KeyValue key) {
        return keys.get(ObjectDataType.serialize(key));
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
        return keys.putIfAbsent(ObjectDataType.serialize(key), Missing.ofNullable(position)) == null;
    }

    @Override
    protected Object removeDocument(KeyValue key) {
        return keys.remove(ObjectDataType.serialize(key));
    }

    /** Every key with its position, as the stock index gives them (asked only by a regular expression). */
    @Override
    protected Iterable<Entry<KeyValue, Object>> getIterable() {
        return () -> keys.entrySet().stream()
                .map(entry -> Map.entry((KeyValue) ObjectDataType.deserialize(entry.getKey()), entry.getValue()))
                .iterator();
    }

    @Override
    public long getCount() {
        return keys.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return keys.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    /**
     * Keys as their Java serialisation, written as H2's {@link ObjectDataType} writes a serialised object (its tag,
     * the length, the bytes) and ordered as it orders two of them (the bytes compared unsigned).
     */
    private static final class SerializedKeys extends BasicDataType<byte[]> {

        private static final SerializedKeys TYPE = new SerializedKeys();

        /** {@code ObjectDataType.TYPE_SERIALIZED_OBJECT}: the tag before every key the stock index stored. */
        private static final byte SERIALIZED_OBJECT = 19;

        private SerializedKeys() {}

        @Override
        public int compare(byte[] a, byte[] b) {
            return ObjectDataType.compareNotNull(a, b);
        }

        @Override
        public int getMemory(byte[] key) {
            return 24 + key.length;
        }

        @Override
        public void write(WriteBuffer buffer, byte[] key) {
            buffer.put(SERIALIZED_OBJECT).putVarInt(key.length).put(key);
        }

        @Override
        public byte[] read(ByteBuffer buffer) {
            byte tag = buffer.get();
            if (tag != SERIALIZED_OBJECT) {
                throw new IllegalStateException("An index key stored with tag " + tag + ", not as a serialised key");
            }
            byte[] key = new byte[DataUtils.readVarInt(buffer)];
            buffer.get(key);
            return key;
        }

        @Override
        public byte[][] createStorage(int size) {
            return new byte[size][];
        }
    }
}

package io.jingchu.client.ledger;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link LedgerVerifier} asks of a log: the hub's REST API ({@code JingchuClient.ledger()}), a mirror, or
 * a fake in tests. Nothing it returns is trusted; the verifier checks all of it.
 */
public interface LogReader {

    /** The latest signed checkpoint, as served. */
    String checkpoint();

    /** The inclusion proof of the entry at this index in the tree of this size. */
    Inclusion inclusion(long index, long treeSize);

    /** The consistency proof between two tree sizes. */
    List<byte[]> consistency(long first, long second);

    /** The entries recorded about a resource, in index order. */
    List<Entry> entriesOf(String resourceCode);

    /**
     * An entry as served.
     *
     * @param entry its canonical JSON text, whose UTF-8 bytes are the leaf's input
     */
    record Entry(long index, String entry) {

        public Entry {
            Objects.requireNonNull(entry, "entry");
        }
    }

    /** An inclusion proof as served, with the entry it proves. */
    record Inclusion(long treeSize, List<byte[]> hashes, Entry entry) {

        public Inclusion {
            hashes = List.copyOf(hashes);
            Objects.requireNonNull(entry, "entry");
        }
    }
}

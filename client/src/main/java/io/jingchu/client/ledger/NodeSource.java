package io.jingchu.client.ledger;

import java.util.Collection;
import java.util.Map;

/** Where a log keeps the hashes of its complete subtrees: in memory, or in the hub's database. */
@FunctionalInterface
public interface NodeSource {

    /** The hashes of these subtrees, all of them; one call, so that a database can read them in one query. */
    Map<Subtree, byte[]> read(Collection<Subtree> subtrees);
}

package io.jingchu.hub.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.client.ledger.Subtree;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeCacheTest {

    private static final int SIZE = 32;

    /** A stand-in for ledger_node: every hash names its level and index; reads are counted. */
    private final List<String> reads = new ArrayList<>();
    private long written = Long.MAX_VALUE;

    private byte[] read(int level, long first, int count) {
        reads.add(level + ":" + first + "+" + count);
        long available = level == 4 ? Math.max(0, Math.min(count, written - first)) : count;
        ByteBuffer out = ByteBuffer.allocate((int) available * SIZE);
        for (long i = first; i < first + available; i++) {
            out.put(hash(level, i));
        }
        return out.array();
    }

    private static byte[] hash(int level, long index) {
        return ByteBuffer.allocate(SIZE).putInt(level).putLong(index).putInt(0xC0FFEE).array();
    }

    @Test
    void keepsEveryStoredLevelOfTheTreeAndNothingBeyondIt() {
        NodeCache cache = new NodeCache(SIZE, 1 << 20);
        cache.catchUp(10_000, this::read);

        // 10,000 entries: 625 complete subtrees at level 4, 39 at level 8, 2 at level 12
        assertThat(cache.size()).isEqualTo(625 + 39 + 2);
        assertThat(cache.get(new Subtree(4, 624))).isEqualTo(hash(4, 624));
        assertThat(cache.get(new Subtree(8, 0))).isEqualTo(hash(8, 0));
        assertThat(cache.get(new Subtree(12, 1))).isEqualTo(hash(12, 1));
        assertThat(cache.get(new Subtree(4, 625))).as("not complete yet").isNull();
        assertThat(cache.get(new Subtree(5, 0))).as("a level folded, not stored").isNull();
        assertThat(cache.get(new Subtree(0, 3))).as("leaves stay in the database").isNull();
        assertThat(reads).as("top level first").containsExactly("12:0+2", "8:0+39", "4:0+625");

        reads.clear();
        cache.catchUp(10_000, this::read);
        assertThat(reads).as("nothing read twice").isEmpty();
        cache.catchUp(20_000, this::read);
        assertThat(reads).containsExactly("12:2+2", "8:39+39", "4:625+625");
        assertThat(cache.get(new Subtree(4, 1249))).isEqualTo(hash(4, 1249));
    }

    @Test
    void staysWithinItsBudgetTopLevelsFirst() {
        NodeCache cache = new NodeCache(SIZE, 100 * SIZE);
        cache.catchUp(1 << 16, this::read);

        assertThat(cache.size()).isEqualTo(100);
        assertThat(cache.get(new Subtree(16, 0))).isNotNull();
        assertThat(cache.get(new Subtree(12, 15))).isNotNull();
        assertThat(cache.get(new Subtree(8, 82))).isNotNull();
        assertThat(cache.get(new Subtree(8, 83))).isNull();
        assertThat(cache.get(new Subtree(4, 0))).isNull();

        NodeCache none = new NodeCache(SIZE, 0);
        none.catchUp(1 << 16, this::read);
        assertThat(none.size()).isZero();
        assertThat(none.get(new Subtree(16, 0))).isNull();
    }

    @Test
    void hashesNotYetVisibleAreReadAgainLater() {
        NodeCache cache = new NodeCache(SIZE, 1 << 20);
        written = 100;
        cache.catchUp(4096, this::read);
        assertThat(cache.get(new Subtree(4, 99))).isNull();
        assertThat(cache.get(new Subtree(8, 15))).isNotNull();

        written = Long.MAX_VALUE;
        cache.catchUp(4096, this::read);
        assertThat(cache.get(new Subtree(4, 255))).isEqualTo(hash(4, 255));
    }

    @Test
    void aLargeTreeIsCaughtUpWithOverSeveralCallsAcrossArrays() {
        NodeCache cache = new NodeCache(SIZE, 64L << 20);
        long tree = 3_000_000L; // 187,500 subtrees at level 4: several calls and many arrays
        int calls = 0;
        long before;
        do {
            before = cache.size();
            cache.catchUp(tree, this::read);
            calls++;
        } while (cache.size() > before);
        assertThat(calls).isGreaterThan(2);
        assertThat(cache.size()).isEqualTo((tree >> 4) + (tree >> 8) + (tree >> 12) + (tree >> 16) + (tree >> 20));
        for (long i : new long[] {0, 4095, 4096, 65_535, 65_536, 187_499}) {
            assertThat(cache.get(new Subtree(4, i))).as("level 4, %d", i).isEqualTo(hash(4, i));
        }
    }
}

package io.jingchu.client.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The leaves {@code [start, end)} of a tree whose hash is one element of a proof. The two static methods give
 * the ranges of RFC 9162's inclusion path (2.1.3.1) and consistency proof (2.1.4.1), in proof order.
 */
public record TreeRange(long start, long end) {

    public TreeRange {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("no range [" + start + ", " + end + ")");
        }
    }

    public List<Subtree> subtrees() {
        return Subtree.covering(start, end);
    }

    /** PATH(index, D[size]): the sibling ranges from the leaf up to the root. */
    public static List<TreeRange> inclusion(long index, long size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size);
        }
        List<TreeRange> topDown = new ArrayList<>();
        long lo = 0;
        long hi = size;
        while (hi - lo > 1) {
            long k = splitOf(hi - lo);
            if (index < lo + k) {
                topDown.add(new TreeRange(lo + k, hi));
                hi = lo + k;
            } else {
                topDown.add(new TreeRange(lo, lo + k));
                lo = lo + k;
            }
        }
        Collections.reverse(topDown);
        return topDown;
    }

    /** PROOF(first, D[second]); empty when first is 0 or equals second. */
    public static List<TreeRange> consistency(long first, long second) {
        if (first < 0 || second < first) {
            throw new IllegalArgumentException("no consistency proof from " + first + " to " + second);
        }
        List<TreeRange> topDown = new ArrayList<>();
        if (first == 0 || first == second) {
            return topDown;
        }
        long lo = 0;
        long hi = second;
        boolean whole = true;
        while (first != hi) {
            long k = splitOf(hi - lo);
            if (first <= lo + k) {
                topDown.add(new TreeRange(lo + k, hi));
                hi = lo + k;
            } else {
                topDown.add(new TreeRange(lo, lo + k));
                lo = lo + k;
                whole = false;
            }
        }
        if (!whole) {
            topDown.add(new TreeRange(lo, hi));
        }
        Collections.reverse(topDown);
        return topDown;
    }

    /** The largest power of two smaller than n (n at least 2), where RFC 9162 splits a tree. */
    static long splitOf(long n) {
        return Long.highestOneBit(n - 1);
    }
}

package io.jingchu.client.ledger;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tile of the C2SP tlog-tiles layout: at {@code level} L, the {@code width} hashes (256 when full) of the
 * complete subtrees at tree level 8L with indexes {@code index * 256} onwards; or, for {@link #ENTRIES}, a bundle
 * of the entries themselves. {@link #path()} is its path below the log's prefix, such as
 * {@code tile/0/x001/x234/067.p/12}.
 */
public record Tile(int level, long index, int width) {

    /** The level of entry bundles, {@code tile/entries/…}. */
    public static final int ENTRIES = -1;
    public static final int FULL_WIDTH = 256;

    private static final Pattern PATH = Pattern.compile(
            "tile/(entries|0|[1-9][0-9]?)/((?:x[0-9]{3}/)*[0-9]{3})(?:\\.p/([1-9][0-9]{0,2}))?");

    public Tile {
        // index * 256 must still be a subtree index (below 2^56)
        if (level < ENTRIES || level > 63 || index < 0 || index >= (1L << 48) || width < 1 || width > FULL_WIDTH) {
            throw new IllegalArgumentException("no tile at level " + level + ", index " + index + ", width " + width);
        }
    }

    public boolean full() {
        return width == FULL_WIDTH;
    }

    /** The level of the tree its hashes are at: 8 per tile level; leaves for entry bundles. */
    public int treeLevel() {
        return level == ENTRIES ? 0 : 8 * level;
    }

    /** The first subtree (at {@link #treeLevel()}) or entry it holds. */
    public long first() {
        return index * FULL_WIDTH;
    }

    public String path() {
        StringBuilder path = new StringBuilder("tile/").append(level == ENTRIES ? "entries" : level).append('/');
        String digits = Long.toString(index);
        int groups = (digits.length() + 2) / 3;
        String padded = "0".repeat(groups * 3 - digits.length()) + digits;
        for (int g = 0; g < groups; g++) {
            if (g < groups - 1) {
                path.append('x');
            }
            path.append(padded, g * 3, g * 3 + 3);
            if (g < groups - 1) {
                path.append('/');
            }
        }
        if (!full()) {
            path.append(".p/").append(width);
        }
        return path.toString();
    }

    /** Reads a tile path; refuses paths that are not in the layout's exact form. */
    public static Tile parse(String path) {
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a tile path: " + path);
        }
        String digits = m.group(2).replace("x", "").replace("/", "");
        if (digits.length() > 18) {
            throw new IllegalArgumentException("tile index too large: " + path);
        }
        int level = m.group(1).equals("entries") ? ENTRIES : Integer.parseInt(m.group(1));
        int width = m.group(3) == null ? FULL_WIDTH : Integer.parseInt(m.group(3));
        if (m.group(3) != null && width >= FULL_WIDTH) {
            throw new IllegalArgumentException("a partial tile is narrower than 256: " + path);
        }
        if (level > 63) {
            throw new IllegalArgumentException("no tile level " + level);
        }
        Tile tile = new Tile(level, Long.parseLong(digits), width);
        if (!tile.path().equals(path)) {
            throw new IllegalArgumentException("not the canonical path of its tile (" + tile.path() + "): " + path);
        }
        return tile;
    }
}

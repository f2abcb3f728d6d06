package io.jingchu.hub.ledger.internal;

import io.jingchu.client.ledger.ContentHash;
import io.jingchu.client.ledger.ProofBuilder;
import io.jingchu.client.ledger.Tile;
import io.jingchu.client.ledger.TreeHash;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.ledger.AnchorReceipt;
import io.jingchu.hub.ledger.ConsistencyProof;
import io.jingchu.hub.ledger.InclusionProof;
import io.jingchu.hub.ledger.LedgerApi;
import io.jingchu.hub.ledger.LedgerEntry;
import io.jingchu.hub.ledger.LedgerInfo;
import io.jingchu.hub.ledger.SignedCheckpoint;
import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/** Reads of the ledger. Proofs are against sizes the tree has reached; the default is the latest checkpoint's. */
class LedgerService implements LedgerApi {

    private static final int MAX_PAGE = 1000;

    private final EntryStore entries;
    private final NodeStore nodes;
    private final TreeStateStore state;
    private final LedgerSequencer sequencer;
    private final TreeHash hash;
    private final String origin;
    private final List<String> keys;
    private final AnchorReceiptStore receipts;
    /** The largest tree size read so far. */
    private final AtomicLong reachedSeen = new AtomicLong();

    LedgerService(EntryStore entries, NodeStore nodes, TreeStateStore state, LedgerSequencer sequencer,
            LogIdentity log, AnchorReceiptStore receipts) {
        this.entries = entries;
        this.nodes = nodes;
        this.state = state;
        this.sequencer = sequencer;
        this.hash = log.hash();
        this.origin = log.origin();
        this.keys = log.keys().stream().map(key -> key.verifierKey().text()).toList();
        this.receipts = receipts;
    }

    @Override
    public LedgerInfo info() {
        return new LedgerInfo(origin, hash.name(), keys, state.read().size());
    }

    @Override
    public SignedCheckpoint latestCheckpoint() {
        return state.latestCheckpoint().orElseGet(() -> {
            // a hub that has not sequenced yet signs its tree now rather than answer without a checkpoint
            sequencer.sequenceWaiting();
            return state.latestCheckpoint().orElseThrow();
        });
    }

    @Override
    public LedgerEntry entry(long index) {
        return entries.find(index).orElseThrow(() -> notFound("index", index));
    }

    @Override
    public List<LedgerEntry> entriesOf(String resourceCode, int offset, int limit) {
        checkPage(offset, limit);
        return entries.ofResource(resourceCode, offset, limit);
    }

    @Override
    public List<AnchorReceipt> anchorReceipts(int offset, int limit) {
        checkPage(offset, limit);
        return receipts.page(offset, limit);
    }

    @Override
    public List<AnchorReceipt> anchorReceipts(long treeSize) {
        long reached = state.read().size();
        if (treeSize < 1 || treeSize > reached) {
            throw DomainException.onField(ErrorCode.LEDGER_TREE_SIZE_INVALID, "treeSize", treeSize, 1, reached);
        }
        return receipts.ofSize(treeSize);
    }

    private static void checkPage(int offset, int limit) {
        if (offset < 0) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "offset", offset);
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "limit", limit);
        }
    }

    @Override
    public InclusionProof inclusion(long index, @Nullable Long treeSize) {
        long size = treeSize(treeSize, "treeSize", 1);
        if (index < 0 || index >= size) {
            throw notFound("index", index);
        }
        LedgerEntry[] read = new LedgerEntry[1];
        List<byte[]> hashes = new ProofBuilder(hash,
                subtrees -> nodes.readWithEntry(subtrees, index, entry -> read[0] = entry)).inclusion(index, size);
        // a tree of one entry has no hashes to read, and so no query the entry came with
        LedgerEntry entry = read[0] != null ? read[0] : entry(index);
        return new InclusionProof(index, size, entry.leafHash(), hashes, entry);
    }

    @Override
    public InclusionProof inclusionByHash(String value, @Nullable Long treeSize) {
        Optional<Long> index;
        if (value.startsWith(ContentHash.PREFIX)) {
            index = entries.indexOfSubject(value);
        } else if (value.matches("[0-9a-fA-F]{" + 2 * hash.length() + "}")) {
            index = entries.indexOfLeaf(HexFormat.of().parseHex(value));
        } else {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "hash", value);
        }
        return inclusion(index.orElseThrow(() -> notFound("hash", value)), treeSize);
    }

    @Override
    public ConsistencyProof consistency(long first, @Nullable Long second) {
        long to = treeSize(second, "second", 0);
        if (first < 0 || first > to) {
            throw DomainException.onField(ErrorCode.LEDGER_TREE_SIZE_INVALID, "first", first, 0, to);
        }
        return new ConsistencyProof(first, to, new ProofBuilder(hash, nodes).consistency(first, to));
    }

    @Override
    public byte[] tile(String path) {
        Tile tile;
        try {
            tile = Tile.parse(path);
        } catch (IllegalArgumentException e) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "tile", path);
        }
        long available = state.read().size() >> tile.treeLevel();
        if (tile.first() + tile.width() > available) {
            throw DomainException.onField(ErrorCode.LEDGER_TILE_NOT_FOUND, "tile", path);
        }
        if (tile.level() == Tile.ENTRIES) {
            return bundle(entries.contents(tile.first(), tile.first() + tile.width()));
        }
        return nodes.concatenated(tile.treeLevel(), tile.first(), tile.width());
    }

    /** Entries each behind its length as a big-endian uint16, as tlog-tiles bundles them. */
    private static byte[] bundle(List<byte[]> contents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] content : contents) {
            if (content.length > 0xffff) {
                throw new IllegalStateException("an entry of " + content.length + " bytes does not fit a bundle");
            }
            out.write(content.length >>> 8);
            out.write(content.length & 0xff);
            out.writeBytes(content);
        }
        return out.toByteArray();
    }

    /** The size asked for, which must be one the tree has reached, or the latest checkpoint's. */
    private long treeSize(@Nullable Long asked, String field, long least) {
        if (asked == null) {
            return latestCheckpoint().treeSize();
        }
        long reached = reached(asked);
        if (asked < least || asked > reached) {
            throw DomainException.onField(ErrorCode.LEDGER_TREE_SIZE_INVALID, field, asked, least, reached);
        }
        return asked;
    }

    /**
     * A size the tree has reached, at least {@code wanted} if it has got that far. The tree only grows, so a size
     * once read stays reached: the state is read again only for a size beyond it.
     */
    private long reached(long wanted) {
        long known = reachedSeen.get();
        if (wanted <= known) {
            return known;
        }
        long read = state.read().size();
        reachedSeen.accumulateAndGet(read, Math::max);
        return read;
    }

    private static DomainException notFound(String field, Object value) {
        return DomainException.onField(ErrorCode.LEDGER_ENTRY_NOT_FOUND, field, value);
    }
}

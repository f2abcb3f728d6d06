package io.jingchu.client.ledger;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A log kept the way the hub keeps it (canonical JSON entries, an SM3 tree, SM2-signed checkpoints), in memory:
 * an honest log for the verifier's tests to tamper with.
 */
public final class FakeLog implements LogReader {

    public static final String ORIGIN = "data.example.gov.cn/ledger/sm3";

    private final SignerKey key;
    private final List<String> entries = new ArrayList<>();
    private final MemoryTree tree = new MemoryTree(TreeHash.sm3());

    public FakeLog() {
        this(SignerKey.generate(ORIGIN, SignatureType.SM2, new SecureRandom()));
    }

    public FakeLog(SignerKey key) {
        this.key = key;
    }

    public SignerKey key() {
        return key;
    }

    /** Appends an entry of this type about this resource; returns its index. */
    public long append(String type, String resource, Map<String, Object> payload) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("v", 1);
        entry.put("type", type);
        entry.put("at", "2026-12-02T06:00:00Z");
        entry.put("actor", "publisher-1");
        entry.put("resource", resource);
        entry.put("payload", payload);
        String text = CanonicalJson.text(entry);
        entries.add(text);
        return tree.append(text.getBytes(StandardCharsets.UTF_8));
    }

    public long size() {
        return tree.size();
    }

    /** The signed checkpoint of the tree of this size. */
    public String note(long size) {
        Checkpoint checkpoint = new Checkpoint(ORIGIN, size, tree.proofs().root(size));
        return new SignedNote(checkpoint.text(), List.of(key.sign(checkpoint.text()))).format();
    }

    @Override
    public String checkpoint() {
        return note(size());
    }

    @Override
    public Inclusion inclusion(long index, long treeSize) {
        return new Inclusion(treeSize, tree.proofs().inclusion(index, treeSize),
                new Entry(index, entries.get((int) index)));
    }

    @Override
    public List<byte[]> consistency(long first, long second) {
        return tree.proofs().consistency(first, second);
    }

    @Override
    public List<Entry> entriesOf(String resourceCode) {
        List<Entry> found = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).contains("\"resource\":\"" + resourceCode + "\"")) {
                found.add(new Entry(i, entries.get(i)));
            }
        }
        return found;
    }
}

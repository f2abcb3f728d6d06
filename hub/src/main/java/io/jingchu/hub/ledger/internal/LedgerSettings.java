package io.jingchu.hub.ledger.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the audit ledger ({@code jingchu.ledger.*}). The embedded default needs none: an SM3 tree, an SM2
 * key generated on first start into {@code <data-dir>/ledger/sm2.key}.
 *
 * @param origin the log's name, first line of its checkpoints and name of its keys; by default the host (and
 *        port) of {@code jingchu.public-url} followed by {@code /ledger/} and the hash, so that the hash shows
 * @param hash the tree hash, {@code sm3} (default) or {@code sha256}; fixed when the log is created
 * @param signatures which keys sign each checkpoint: {@code sm2} (default), {@code ed25519}, or both
 * @param sm2KeyFile the SM2 signer key file (default {@code <data-dir>/ledger/sm2.key})
 * @param ed25519KeyFile the Ed25519 signer key file (default {@code <data-dir>/ledger/ed25519.key})
 * @param generateKeys whether a missing key file is generated (default true; production turns it off so that
 *        a missing key stops the hub instead of starting a log under a new key)
 * @param sequenceInterval how often waiting entries are added to the tree and a checkpoint signed
 * @param batchSize at most this many entries per sequencing transaction
 * @param nodeCache memory for the tree's stored hashes above the leaves, which proofs then need not read from
 *        the database (default 64MB, enough for every such hash of a log of 30 million entries; 0 turns it off)
 */
@ConfigurationProperties("jingchu.ledger")
public record LedgerSettings(
        @Nullable String origin,
        @DefaultValue("sm3") String hash,
        @DefaultValue("sm2") List<String> signatures,
        @Nullable Path sm2KeyFile,
        @Nullable Path ed25519KeyFile,
        @DefaultValue("true") boolean generateKeys,
        @DefaultValue("500ms") Duration sequenceInterval,
        @DefaultValue("1000") int batchSize,
        @DefaultValue("64MB") DataSize nodeCache) {

    public LedgerSettings {
        hash = hash.toLowerCase(Locale.ROOT);
        if (!hash.equals("sm3") && !hash.equals("sha256")) {
            throw new IllegalArgumentException("jingchu.ledger.hash is sm3 or sha256, not " + hash);
        }
        signatures = signatures.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        if (signatures.isEmpty() || !List.of("sm2", "ed25519").containsAll(signatures)) {
            throw new IllegalArgumentException("jingchu.ledger.signatures are sm2 and/or ed25519, not " + signatures);
        }
        if (sequenceInterval.isNegative() || sequenceInterval.isZero()) {
            throw new IllegalArgumentException("jingchu.ledger.sequence-interval must be positive");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("jingchu.ledger.batch-size must be at least 1");
        }
        if (nodeCache.isNegative()) {
            throw new IllegalArgumentException("jingchu.ledger.node-cache must not be negative");
        }
    }

    /** The origin, or the default one for a hub reached at this address. */
    String originFor(String publicUrl) {
        if (origin != null && !origin.isBlank()) {
            return origin.strip();
        }
        URI uri = URI.create(publicUrl);
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        return host + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + "/ledger/" + hash;
    }

    Path keyFile(String signature, Path dataDir) {
        Path configured = signature.equals("sm2") ? sm2KeyFile : ed25519KeyFile;
        return configured != null ? configured : dataDir.resolve("ledger").resolve(signature + ".key");
    }
}

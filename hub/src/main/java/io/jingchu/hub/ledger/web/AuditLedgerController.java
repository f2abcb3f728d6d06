package io.jingchu.hub.ledger.web;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.ledger.AnchorReceipt;
import io.jingchu.hub.ledger.ConsistencyProof;
import io.jingchu.hub.ledger.InclusionProof;
import io.jingchu.hub.ledger.LedgerApi;
import io.jingchu.hub.ledger.LedgerEntry;
import io.jingchu.hub.ledger.LedgerInfo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit ledger over REST, readable by anyone: checkpoints, keys, entries, proofs and anchor receipts. Hashes in JSON are
 * base64, as in checkpoints; an entry's {@code entry} member is its canonical JSON as a string, whose UTF-8
 * bytes are the leaf's input.
 */
@RestController
@RequestMapping("/api/v1/ledger")
@Tag(name = "ledger", description = "The verifiable audit ledger")
class AuditLedgerController {

    private static final String TEXT = MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8";

    private final LedgerApi ledger;

    AuditLedgerController(LedgerApi ledger) {
        this.ledger = ledger;
    }

    @GetMapping
    @PreAuthorize("permitAll()")
    @Operation(summary = "The log's origin, tree hash, public keys and current size")
    LedgerInfo info() {
        return ledger.info();
    }

    @GetMapping(path = "/checkpoint", produces = TEXT)
    @PreAuthorize("permitAll()")
    @Operation(summary = "The latest signed checkpoint (C2SP tlog-checkpoint in a signed note)")
    String checkpoint() {
        return ledger.latestCheckpoint().note();
    }

    @GetMapping(path = "/keys", produces = TEXT)
    @PreAuthorize("permitAll()")
    @Operation(summary = "The public keys in the signed-note verifier key form, one per line")
    String keys() {
        return String.join("\n", ledger.info().keys()) + "\n";
    }

    @GetMapping("/entries/{index}")
    @PreAuthorize("permitAll()")
    @Operation(summary = "One entry by its index")
    LedgerEntry entry(@PathVariable long index) {
        return ledger.entry(index);
    }

    @GetMapping("/entries")
    @PreAuthorize("permitAll()")
    @Operation(summary = "A resource's entries in index order")
    List<LedgerEntry> entries(@RequestParam String resource, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "100") int limit) {
        return ledger.entriesOf(resource, offset, limit);
    }

    @GetMapping("/proofs/inclusion")
    @PreAuthorize("permitAll()")
    @Operation(summary = "The inclusion proof of an entry, by index or by hash (a version's sha256:… content hash "
            + "or a leaf hash in hex), in the tree of treeSize (default: the latest checkpoint's)")
    InclusionProof inclusion(@RequestParam(required = false) @Nullable Long index,
            @RequestParam(required = false) @Nullable String hash,
            @RequestParam(required = false) @Nullable Long treeSize) {
        if (hash != null && !hash.isBlank()) {
            return ledger.inclusionByHash(hash.strip(), treeSize);
        }
        if (index == null) {
            throw DomainException.onField(ErrorCode.FIELD_REQUIRED, "index");
        }
        return ledger.inclusion(index, treeSize);
    }

    @GetMapping("/proofs/consistency")
    @PreAuthorize("permitAll()")
    @Operation(summary = "The consistency proof from tree size first to second (default: the latest checkpoint's)")
    ConsistencyProof consistency(@RequestParam long first, @RequestParam(required = false) @Nullable Long second) {
        return ledger.consistency(first, second);
    }

    @GetMapping("/anchors")
    @PreAuthorize("permitAll()")
    @Operation(summary = "The anchors' receipts of signed checkpoints, the latest first")
    List<AnchorReceipt> anchors(@RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "100") int limit) {
        return ledger.anchorReceipts(offset, limit);
    }

    @GetMapping("/anchors/{treeSize}")
    @PreAuthorize("permitAll()")
    @Operation(summary = "The receipts of the checkpoint of this tree size, each with the signed checkpoint")
    List<AnchorReceipt> anchorsOf(@PathVariable long treeSize) {
        return ledger.anchorReceipts(treeSize);
    }

    @GetMapping(path = "/tile/{*rest}", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    @PreAuthorize("permitAll()")
    @Operation(summary = "A tile or entry bundle of the C2SP tlog-tiles layout below the prefix /api/v1/ledger "
            + "(hashed with the log's tree hash)")
    ResponseEntity<byte[]> tile(@PathVariable String rest) {
        byte[] tile = ledger.tile("tile" + rest);
        // a tile never changes once the tree has it, partial ones included
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .body(tile);
    }
}

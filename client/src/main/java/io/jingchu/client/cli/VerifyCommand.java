package io.jingchu.client.cli;

import io.jingchu.client.ledger.Checkpoint;
import io.jingchu.client.ledger.LedgerVerificationException;
import io.jingchu.client.ledger.LedgerVerifier;
import io.jingchu.client.ledger.TreeHash;
import io.jingchu.client.ledger.VerifiedEntry;
import io.jingchu.client.ledger.VerifierKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Checks the hub's audit ledger trusting only the origin and public keys given on the command line: the latest
 * checkpoint's signature always, then whatever else is asked (an entry's inclusion, consistency with a saved
 * checkpoint, a downloaded version file's content hash). Exit code 4 when anything does not verify.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify the audit ledger: checkpoint signatures, inclusion, consistency, dataset files.")
final class VerifyCommand extends HubCommand {

    @Option(names = "--origin", required = true, paramLabel = "ORIGIN",
            description = "The log's origin, the first line of its checkpoints.")
    String origin;

    @Option(names = "--key", paramLabel = "VKEY",
            description = "A public key of the log, <name>+<key ID>+<base64>; repeat for several.")
    List<String> keys = new ArrayList<>();

    @Option(names = "--hash", paramLabel = "sm3|sha256",
            description = "The tree hash (default: named by the origin's last segment, else sm3).")
    String hash;

    @Option(names = "--checkpoint", paramLabel = "FILE",
            description = "Verify this saved checkpoint instead of the hub's latest.")
    Path checkpointFile;

    @Option(names = "--entry", paramLabel = "INDEX", description = "Prove the entry at this index is in the log.")
    Long entry;

    @Option(names = "--since", paramLabel = "FILE",
            description = "Prove the latest checkpoint extends this saved one (the log only appended).")
    Path since;

    @Option(names = "--save", paramLabel = "FILE", description = "Save the verified latest checkpoint here.")
    Path save;

    @Option(names = "--file", paramLabel = "FILE",
            description = "Prove this downloaded version file is the one the ledger recorded (with --resource, "
                    + "--version).")
    Path file;

    @Option(names = "--resource", paramLabel = "CODE", description = "The resource the file is a version of.")
    String resource;

    @Option(names = "--version", paramLabel = "N", description = "The version number the file is.")
    Integer version;

    @Override
    void run() throws IOException {
        if (keys.isEmpty()) {
            throw usage("verify.noKey");
        }
        if (file != null && (resource == null || version == null)) {
            throw usage("verify.fileNeedsVersion");
        }
        try {
            verify();
        } catch (LedgerVerificationException e) {
            throw new CommandFailedException(JingchuCommand.NOT_VERIFIED, text("verify.failed", e.getMessage()));
        }
    }

    private void verify() throws IOException {
        LedgerVerifier verifier = new LedgerVerifier(origin, keys.stream().map(VerifierKey::parse).toList(),
                hash == null ? LedgerVerifier.hashOfOrigin(origin) : TreeHash.named(hash), client().ledger());
        String note = checkpointFile != null ? read(checkpointFile) : client().ledgerCheckpoint();
        Checkpoint checkpoint = verifier.checkpoint(note);
        out().println(text("verify.checkpoint", checkpoint.origin(), checkpoint.size(),
                Base64.getEncoder().encodeToString(checkpoint.rootHash())));
        if (since != null) {
            String saved = read(since);
            verifier.consistent(saved, note);
            out().println(text("verify.consistent", verifier.checkpoint(saved).size(), checkpoint.size()));
        }
        if (entry != null) {
            VerifiedEntry proven = verifier.entry(entry, checkpoint);
            out().println(text("verify.entry", proven.index(), proven.checkpoint().size(), proven.entry()));
        }
        if (file != null) {
            VerifiedEntry proven = verifier.versionFile(resource, version, file, checkpoint);
            out().println(text("verify.file", file, resource, version, proven.index(), proven.payload("contentHash")));
        }
        if (save != null) {
            write(save, note);
            out().println(text("verify.saved", save));
        }
    }

    private String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandFailedException(JingchuCommand.REFUSED, text("verify.cannotRead", path, e.getMessage()));
        }
    }

    private void write(Path path, String note) {
        try {
            Files.writeString(path, note, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandFailedException(JingchuCommand.REFUSED, text("verify.cannotRead", path, e.getMessage()));
        }
    }
}

package io.jingchu.hub.ledger.internal;

import io.jingchu.client.ledger.SignatureType;
import io.jingchu.client.ledger.SignerKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signing keys, read from their files (never from the database), or generated into them on first start when
 * the settings allow it. A key file holds one signer key text and is readable by its owner only.
 */
final class LedgerKeys {

    private static final Logger log = LoggerFactory.getLogger(LedgerKeys.class);

    private LedgerKeys() {
    }

    static List<SignerKey> load(LedgerSettings settings, String origin, Path dataDir) {
        List<SignerKey> keys = new ArrayList<>();
        for (String signature : settings.signatures()) {
            SignatureType type = SignatureType.valueOf(signature.toUpperCase(Locale.ROOT));
            Path file = settings.keyFile(signature, dataDir);
            SignerKey key = Files.exists(file) ? read(file) : generate(settings, file, origin, type);
            if (!key.name().equals(origin) || key.type() != type) {
                throw new IllegalStateException("the key in " + file + " is a " + key.type() + " key of "
                        + key.name() + ", not a " + type + " key of the log " + origin);
            }
            keys.add(key);
        }
        return List.copyOf(keys);
    }

    private static SignerKey read(Path file) {
        try {
            return SignerKey.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ledger key " + file, e);
        }
    }

    private static SignerKey generate(LedgerSettings settings, Path file, String origin, SignatureType type) {
        if (!settings.generateKeys()) {
            throw new IllegalStateException("the ledger key file " + file + " does not exist and "
                    + "jingchu.ledger.generate-keys is false");
        }
        SignerKey key = SignerKey.generate(origin, type, new SecureRandom());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.createFile(file);
            ownerOnly(file);
            Files.writeString(file, key.text() + "\n", StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException e) {
            // another instance made it first: use theirs
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ledger key " + file, e);
        }
        log.info("generated the ledger's {} key {} into {}", type, key.verifierKey().text(), file);
        return key;
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            log.warn("cannot restrict the permissions of {} on this file system", file);
        }
    }
}

package io.jingchu.hub.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingchu.client.ledger.SignatureType;
import io.jingchu.client.ledger.SignerKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class LedgerSettingsTest {

    @TempDir
    Path dataDir;

    private static LedgerSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("jingchu.ledger", LedgerSettings.class);
    }

    @Test
    void defaultsAreThoseDocumented() {
        LedgerSettings defaults = bind(Map.of());
        assertThat(defaults.hash()).isEqualTo("sm3");
        assertThat(defaults.signatures()).containsExactly("sm2");
        assertThat(defaults.generateKeys()).isTrue();
        assertThat(defaults.sequenceInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(defaults.batchSize()).isEqualTo(1000);
        assertThat(defaults.originFor("https://data.yichang.gov.cn")).isEqualTo("data.yichang.gov.cn/ledger/sm3");
        assertThat(defaults.originFor("http://localhost:8080")).isEqualTo("localhost:8080/ledger/sm3");
        assertThat(defaults.keyFile("sm2", dataDir)).isEqualTo(dataDir.resolve("ledger/sm2.key"));
    }

    @Test
    void everythingIsASetting() {
        LedgerSettings settings = bind(Map.of(
                "jingchu.ledger.origin", "ledger.example/hubei",
                "jingchu.ledger.hash", "SHA256",
                "jingchu.ledger.signatures", "sm2,ed25519",
                "jingchu.ledger.ed25519-key-file", "/etc/jingchu/ed25519.key",
                "jingchu.ledger.generate-keys", "false",
                "jingchu.ledger.sequence-interval", "2s",
                "jingchu.ledger.batch-size", "50"));
        assertThat(settings.originFor("http://localhost:8080")).isEqualTo("ledger.example/hubei");
        assertThat(settings.hash()).isEqualTo("sha256");
        assertThat(settings.signatures()).containsExactly("sm2", "ed25519");
        assertThat(settings.keyFile("ed25519", dataDir)).isEqualTo(Path.of("/etc/jingchu/ed25519.key"));
        assertThat(settings.generateKeys()).isFalse();
        assertThat(settings.sequenceInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.batchSize()).isEqualTo(50);
    }

    @Test
    void unknownHashesAndSignaturesAreRefused() {
        assertThatThrownBy(() -> bind(Map.of("jingchu.ledger.hash", "md5"))).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("md5");
        assertThatThrownBy(() -> bind(Map.of("jingchu.ledger.signatures", "rsa"))).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("rsa");
    }

    @Test
    void keysAreGeneratedOnceIntoOwnerOnlyFilesAndReadBack() throws Exception {
        LedgerSettings settings = bind(Map.of("jingchu.ledger.signatures", "sm2,ed25519"));
        List<SignerKey> generated = LedgerKeys.load(settings, "localhost:8080/ledger/sm3", dataDir);
        assertThat(generated).extracting(SignerKey::type).containsExactly(SignatureType.SM2, SignatureType.ED25519);
        Path sm2 = dataDir.resolve("ledger/sm2.key");
        assertThat(Files.readString(sm2)).startsWith("PRIVATE+KEY+localhost:8080/ledger/sm3+");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(sm2))).isEqualTo("rw-------");

        List<SignerKey> again = LedgerKeys.load(settings, "localhost:8080/ledger/sm3", dataDir);
        assertThat(again).extracting(SignerKey::verifierKey)
                .containsExactlyElementsOf(generated.stream().map(SignerKey::verifierKey).toList());
    }

    @Test
    void aMissingKeyStopsTheHubWhenKeysAreNotToBeGenerated() {
        LedgerSettings settings = bind(Map.of("jingchu.ledger.generate-keys", "false"));
        assertThatThrownBy(() -> LedgerKeys.load(settings, "localhost:8080/ledger/sm3", dataDir))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sm2.key");
    }

    @Test
    void aKeyOfAnotherLogIsRefused() {
        LedgerSettings settings = bind(Map.of());
        LedgerKeys.load(settings, "localhost:8080/ledger/sm3", dataDir);
        assertThatThrownBy(() -> LedgerKeys.load(settings, "other.example/ledger/sm3", dataDir))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("other.example/ledger/sm3");
    }
}

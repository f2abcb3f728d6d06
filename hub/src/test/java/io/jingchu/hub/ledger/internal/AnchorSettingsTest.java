package io.jingchu.hub.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class AnchorSettingsTest {

    private static AnchorSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("jingchu.ledger.anchor", AnchorSettings.class);
    }

    @Test
    void defaultsAreThoseDocumented() {
        AnchorSettings defaults = bind(Map.of());
        assertThat(defaults.interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(defaults.everyEntries()).isEqualTo(10_000);
        assertThat(defaults.pollInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.retryBackoff()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.directories()).isEmpty();
        assertThat(defaults.http()).isEmpty();
    }

    @Test
    void anchorsAreListedInTheSettings() {
        AnchorSettings settings = bind(Map.of(
                "jingchu.ledger.anchor.interval", "1m",
                "jingchu.ledger.anchor.every-entries", "500",
                "jingchu.ledger.anchor.directories[0].name", "archive",
                "jingchu.ledger.anchor.directories[0].path", "/srv/anchors",
                "jingchu.ledger.anchor.http[0].name", "notary",
                "jingchu.ledger.anchor.http[0].url", "https://notary.example/checkpoints",
                "jingchu.ledger.anchor.http[0].authorization", "Bearer abc"));
        assertThat(settings.interval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.everyEntries()).isEqualTo(500);
        assertThat(settings.directories()).containsExactly(new AnchorSettings.Directory("archive", Path.of("/srv/anchors")));
        assertThat(settings.http()).containsExactly(new AnchorSettings.Endpoint("notary",
                URI.create("https://notary.example/checkpoints"), Duration.ofSeconds(10), "Bearer abc"));
    }

    @Test
    void badSettingsAreRefusedNamingTheSetting() {
        assertRefused(Map.of("jingchu.ledger.anchor.every-entries", "0"), "jingchu.ledger.anchor.every-entries");
        assertRefused(Map.of("jingchu.ledger.anchor.interval", "0s"), "jingchu.ledger.anchor.interval");
        assertRefused(Map.of("jingchu.ledger.anchor.directories[0].name", "archive"),
                "jingchu.ledger.anchor.directories[0].path is required");
        assertRefused(Map.of("jingchu.ledger.anchor.directories[0].path", "/srv/a"),
                "jingchu.ledger.anchor.directories[0].name");
        assertRefused(Map.of("jingchu.ledger.anchor.http[0].name", "Notary!", "jingchu.ledger.anchor.http[0].url",
                "https://notary.example"), "jingchu.ledger.anchor.http[0].name");
        assertRefused(Map.of("jingchu.ledger.anchor.http[0].name", "notary", "jingchu.ledger.anchor.http[0].url",
                "ftp://notary.example"), "jingchu.ledger.anchor.http[0].url");
        assertRefused(Map.of("jingchu.ledger.anchor.http[0].name", "notary", "jingchu.ledger.anchor.http[0].url",
                "https://notary.example", "jingchu.ledger.anchor.http[0].timeout", "0s"),
                "jingchu.ledger.anchor.http[0].timeout");
        assertRefused(Map.of("jingchu.ledger.anchor.directories[0].name", "same",
                "jingchu.ledger.anchor.directories[0].path", "/srv/a", "jingchu.ledger.anchor.http[0].name", "same",
                "jingchu.ledger.anchor.http[0].url", "https://notary.example"), "used by another anchor");
    }

    @Test
    void theWaitDoublesAfterEachFailureUpToAnHour() {
        CheckpointAnchoring anchoring = new CheckpointAnchoring(java.util.List.of(), null, null, "o",
                bind(Map.of("jingchu.ledger.anchor.retry-backoff", "10s")), java.time.Clock.systemUTC());
        assertThat(anchoring.backoff(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(anchoring.backoff(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(anchoring.backoff(4)).isEqualTo(Duration.ofSeconds(80));
        assertThat(anchoring.backoff(40)).isEqualTo(Duration.ofHours(1));
    }

    private static void assertRefused(Map<String, String> properties, String message) {
        assertThatThrownBy(() -> bind(properties)).isInstanceOf(BindException.class).rootCause()
                .hasMessageContaining(message);
    }
}

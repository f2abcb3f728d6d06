package io.jingchu.hub.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class AccessSettingsTest {

    private static AccessSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("jingchu.access", AccessSettings.class);
    }

    @Test
    void defaultsAreThoseDocumented() {
        AccessSettings defaults = bind(Map.of());
        assertThat(defaults).isEqualTo(AccessSettings.defaults());
        assertThat(defaults.rateLimiting()).isTrue();
        assertThat(defaults.anonymous()).isEqualTo(new RateLimits(60, 10_000));
        assertThat(defaults.signedIn()).isEqualTo(new RateLimits(600, 100_000));
        assertThat(defaults.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(defaults.purgeInterval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(defaults.recordRetention()).isEqualTo(Duration.ofDays(1095));
    }

    @Test
    void everyLimitIsASetting() {
        AccessSettings settings = bind(Map.of(
                "jingchu.access.rate-limiting", "false",
                "jingchu.access.anonymous-per-minute", "5",
                "jingchu.access.anonymous-per-day", "50",
                "jingchu.access.signed-in-per-minute", "7",
                "jingchu.access.signed-in-per-day", "70",
                "jingchu.access.zone", "UTC",
                "jingchu.access.purge-interval", "1m"));
        assertThat(settings.rateLimiting()).isFalse();
        assertThat(settings.anonymous()).isEqualTo(new RateLimits(5, 50));
        assertThat(settings.signedIn()).isEqualTo(new RateLimits(7, 70));
        assertThat(settings.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(settings.purgeInterval()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aLimitOfNothingIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AccessSettings(true, 0, 1, 1, 1,
                ZoneId.of("UTC"), Duration.ofMinutes(1), Duration.ofDays(1)));
    }
}

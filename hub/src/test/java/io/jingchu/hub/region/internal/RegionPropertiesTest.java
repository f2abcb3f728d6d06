package io.jingchu.hub.region.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class RegionPropertiesTest {

    private static RegionProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("jingchu.region", RegionProperties.class);
    }

    @Test
    void byDefaultOnlyHubeiIsLoaded() {
        RegionProperties defaults = bind(Map.of());
        assertThat(defaults.loadsAll()).isFalse();
        assertThat(defaults.provinceCodes()).containsExactly("42");
    }

    @Test
    void allLoadsTheWholeCountry() {
        assertThat(bind(Map.of("jingchu.region.provinces", "ALL")).loadsAll()).isTrue();
    }

    @Test
    void severalProvincesAreACommaSeparatedList() {
        assertThat(bind(Map.of("jingchu.region.provinces", "42, 11,43")).provinceCodes()).containsExactly("11", "42", "43");
    }

    @Test
    void noneLoadsNothing() {
        RegionProperties none = bind(Map.of("jingchu.region.provinces", "none"));
        assertThat(none.loadsAll()).isFalse();
        assertThat(none.provinceCodes()).isEmpty();
    }
}

package io.jingchu.hub.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SearchIndexPropertiesTest {

    @Test
    void defaultsNeedNoSettings() {
        SearchIndexProperties bound = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("jingchu.catalog.search", SearchIndexProperties.class);

        assertThat(bound).isEqualTo(SearchIndexProperties.defaults());
        assertThat(bound.commitInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(bound.maxFacetValues()).isEqualTo(50);
        assertThat(bound.rebuildBufferMb()).isEqualTo(64);
    }

    @Test
    void settingsBindFromProperties() {
        SearchIndexProperties bound = new Binder(new MapConfigurationPropertySource(Map.of(
                "jingchu.catalog.search.commit-interval", "0s",
                "jingchu.catalog.search.max-facet-values", "200")))
                .bindOrCreate("jingchu.catalog.search", SearchIndexProperties.class);

        assertThat(bound.commitInterval()).isZero();
        assertThat(bound.maxFacetValues()).isEqualTo(200);
    }
}

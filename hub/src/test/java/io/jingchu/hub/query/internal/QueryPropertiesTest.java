package io.jingchu.hub.query.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class QueryPropertiesTest {

    private static QueryProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("jingchu.query", QueryProperties.class);
    }

    @Test
    void defaultsAreThoseDocumented() {
        assertThat(bind(Map.of())).isEqualTo(new QueryProperties(0, "2GB", 8, Duration.ofSeconds(30),
                Duration.ofHours(1), 100, 10_000, 100_000, "1GB", 2, ""));
    }

    @Test
    void everyLimitIsASetting() {
        QueryProperties settings = bind(Map.of("jingchu.query.time-limit", "5s", "jingchu.query.max-limit", "500",
                "jingchu.query.sql-row-limit", "1000", "jingchu.query.memory-limit", "512MB",
                "jingchu.query.connections", "2"));

        assertThat(settings.timeLimit()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.maxLimit()).isEqualTo(500);
        assertThat(settings.sqlRowLimit()).isEqualTo(1000);
        assertThat(settings.memoryLimit()).isEqualTo("512MB");
        assertThat(settings.connections()).isEqualTo(2);
    }

    @Test
    void aDefaultPageLargerThanTheLargestIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("jingchu.query.max-limit", "50"))).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("default-limit");
    }
}

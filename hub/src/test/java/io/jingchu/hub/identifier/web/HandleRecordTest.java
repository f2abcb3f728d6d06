package io.jingchu.hub.identifier.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.identifier.PersistentIdentifier;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandleRecordTest {

    private static final Instant ASSIGNED = Instant.parse("2026-12-01T09:00:00.123456Z");
    private static final Instant RETIRED = Instant.parse("2026-12-02T10:30:00Z");

    @Test
    void aVersionCarriesItsHashLedgerIndexAndResource() {
        List<HandleRecord.Value> values = HandleRecord.valuesOf(version(null), 86_400);
        assertThat(values).extracting(HandleRecord.Value::index).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(values).extracting(v -> v.data().value()).containsExactly(
                "http://hub.example/api/v1/resources/420500-000123/versions/2", "公交站点", "宜昌市交通运输局",
                "PUBLISHED", "sha256:ab", "42", "88.118.8/420500-000123");
        assertThat(values.get(0).timestamp()).isEqualTo("2026-12-01T09:00:00Z");
        assertThat(values.get(0).ttl()).isEqualTo(86_400);
    }

    @Test
    void aTombstoneHasNoLocationAndSaysWhenItWasRetired() {
        List<HandleRecord.Value> values = HandleRecord.valuesOf(version(RETIRED), 60);
        assertThat(values).extracting(HandleRecord.Value::type).doesNotContain("URL").contains("TITLE");
        HandleRecord.Value status = values.stream().filter(v -> v.type().equals("STATUS")).findFirst().orElseThrow();
        assertThat(status.data().value()).isEqualTo("RETIRED");
        assertThat(status.timestamp()).isEqualTo("2026-12-02T10:30:00Z");
    }

    @Test
    void filtersSelectByIndexOrTypeAndSubtypes() {
        List<HandleRecord.Value> values = HandleRecord.valuesOf(version(null), 60);
        assertThat(HandleRecord.select(values, List.of(), List.of())).isEqualTo(values);
        assertThat(HandleRecord.select(values, List.of(4), List.of("url"))).extracting(HandleRecord.Value::type)
                .containsExactly("URL", "STATUS");
        assertThat(HandleRecord.select(values, List.of(), List.of("CONTENT_HASH."))).extracting(
                HandleRecord.Value::type).containsExactly("CONTENT_HASH");
        assertThat(HandleRecord.select(values, List.of(99), List.of("EMAIL"))).isEmpty();
    }

    private static PersistentIdentifier version(Instant retiredAt) {
        return new PersistentIdentifier("88.118.8/420500-000123/v2", "420500-000123", 2, "公交站点", "宜昌市交通运输局",
                "sha256:ab", 42L, URI.create("http://hub.example/api/v1/resources/420500-000123/versions/2"), ASSIGNED,
                ASSIGNED, retiredAt);
    }
}

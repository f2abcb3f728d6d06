package io.jingchu.hub.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DataEndpointsTest {

    private final DataEndpoints endpoints = new DataEndpoints();

    @Test
    void rowsExportsDownloadsAndTheDataStoreAreDataEndpoints() {
        assertThat(endpoints.matches("/api/v1/resources/420500-000001/rows")).isTrue();
        assertThat(endpoints.matches("/api/v1/resources/420500-000001/export.csv")).isTrue();
        assertThat(endpoints.matches("/api/v1/resources/420500-000001/export.geojson")).isTrue();
        assertThat(endpoints.matches("/api/v1/resources/420500-000001/versions/3/download")).isTrue();
        assertThat(endpoints.matches("/api/3/action/datastore_search")).isTrue();
        assertThat(endpoints.matches("/api/3/action/datastore_search_sql")).isTrue();
    }

    @Test
    void metadataIsNot() {
        assertThat(endpoints.matches("/api/v1/resources")).isFalse();
        assertThat(endpoints.matches("/api/v1/resources/420500-000001")).isFalse();
        assertThat(endpoints.matches("/api/v1/resources/420500-000001/versions")).isFalse();
        assertThat(endpoints.matches("/api/v1/resources/420500-000001/versions/3")).isFalse();
        assertThat(endpoints.matches("/api/v1/resources/420500-000001/applications")).isFalse();
        assertThat(endpoints.matches("/api/3/action/package_search")).isFalse();
        assertThat(endpoints.matches("/api/v1/data-access/mine")).isFalse();
    }

    @Test
    void anEncodedSpellingOfADataPathIsStillOne() {
        assertThat(endpoints.matches("/api/v1/resources/420500-000001/r%6Fws")).isTrue();
        assertThat(endpoints.matches("/api/3/action/datastore%5Fsearch")).isTrue();
        assertThat(endpoints.matches("/api/v1/resources/420500-000001/rows;x=1")).isTrue();
    }
}

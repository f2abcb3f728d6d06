package io.jingchu.hub.catalog.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingchu.hub.catalog.SearchQuery.Sort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CkanSortTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "score desc, metadata_modified desc|RELEVANCE",
        "score desc,metadata_modified desc|RELEVANCE",
        "SCORE DESC ,  metadata_modified desc|RELEVANCE",
        "score desc|RELEVANCE",
        "metadata_modified desc|UPDATED",
        "title_string asc|TITLE",
        "name asc|CODE"
    })
    void ckanSortOrdersMapToCatalogSorts(String ckan, Sort expected) {
        assertThat(CkanSort.parse(ckan).sort()).isEqualTo(expected);
    }

    @Test
    void defaultIsRelevanceThenNewest() {
        assertThat(CkanSort.parse(null)).isEqualTo(CkanSort.DEFAULT);
        assertThat(CkanSort.parse(" ").ckan()).isEqualTo("score desc, metadata_modified desc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"title_string desc", "metadata_created desc", "views_recent desc", "name",
        "name asc; drop table", "score"})
    void ordersTheCatalogCannotHonourAreRefused(String sort) {
        assertThatThrownBy(() -> CkanSort.parse(sort)).isInstanceOfSatisfying(CkanException.class,
                e -> assertThat(e.field()).isEqualTo("sort"));
    }
}

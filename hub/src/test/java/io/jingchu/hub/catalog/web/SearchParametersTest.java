package io.jingchu.hub.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jingchu.hub.catalog.SearchQuery;
import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.catalog.SearchQuery.Sort;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchParametersTest {

    @Test
    void filtersAreReadIntoFacets() {
        Map<Facet, List<String>> filters = SearchParameters.read(List.of("3", "4"), List.of("420500000000"),
                List.of("CITY"), List.of("TRANSPORT"), List.of("GENERAL"), List.of("UNCONDITIONAL"), List.of("NONE"),
                List.of("PUBLISHED"), List.of("true"));
        assertThat(filters).containsEntry(Facet.ORGANIZATION, List.of("3", "4"))
                .containsEntry(Facet.DIVISION, List.of("420500000000"))
                .containsEntry(Facet.LEVEL, List.of("CITY"))
                .containsEntry(Facet.THEME, List.of("TRANSPORT"))
                .containsEntry(Facet.GRADE, List.of("GENERAL"))
                .containsEntry(Facet.OPENING, List.of("UNCONDITIONAL"))
                .containsEntry(Facet.SHARING, List.of("NONE"))
                .containsEntry(Facet.STATE, List.of("PUBLISHED"))
                .containsEntry(Facet.HIGH_QUALITY, List.of("true"));
    }

    @Test
    void absentParametersAddNoFilter() {
        assertThat(SearchParameters.read(null, null, null, null, null, null, null, null, null)).isEmpty();
    }

    @Test
    void anUnknownThemeIsRefusedNamingTheParameter() {
        assertRefused(() -> SearchParameters.read(null, null, null, List.of("TRANSPORT", "SPORTS"), null, null, null,
                null, null), ErrorCode.UNKNOWN_VALUE, "theme");
    }

    @Test
    void enumValuesAreMatchedExactly() {
        assertRefused(() -> SearchParameters.read(null, null, null, null, List.of("core"), null, null, null, null),
                ErrorCode.UNKNOWN_VALUE, "grade");
    }

    @Test
    void aMalformedDivisionIsRefused() {
        assertRefused(() -> SearchParameters.read(null, List.of("4205"), null, null, null, null, null, null, null),
                ErrorCode.FIELD_INVALID, "division");
    }

    @Test
    void aNonNumericOrganizationIsRefused() {
        assertRefused(() -> SearchParameters.read(List.of("yc-jtj"), null, null, null, null, null, null, null, null),
                ErrorCode.FIELD_INVALID, "organization");
    }

    @Test
    void highQualityIsTrueOrFalse() {
        assertRefused(() -> SearchParameters.read(null, null, null, null, null, null, null, null, List.of("yes")),
                ErrorCode.FIELD_INVALID, "highQuality");
    }

    @Test
    void sortAndPagingAreRead() {
        SearchQuery query = SearchParameters.query(" 公交 ", Map.of(), "updated", 40, 20);
        assertThat(query.text()).isEqualTo("公交");
        assertThat(query.sort()).isEqualTo(Sort.UPDATED);
        assertThat(query.offset()).isEqualTo(40);
        assertThat(query.facets()).containsExactly(Facet.values());
    }

    @Test
    void anUnknownSortIsRefused() {
        assertRefused(() -> SearchParameters.query(null, Map.of(), "popularity", 0, 20), ErrorCode.UNKNOWN_VALUE,
                "sort");
    }

    @Test
    void limitStaysWithinOneToAHundred() {
        assertRefused(() -> SearchParameters.query(null, Map.of(), "relevance", 0, 101), ErrorCode.FIELD_INVALID,
                "limit");
        assertRefused(() -> SearchParameters.query(null, Map.of(), "relevance", 0, 0), ErrorCode.FIELD_INVALID,
                "limit");
        assertRefused(() -> SearchParameters.query(null, Map.of(), "relevance", -1, 20), ErrorCode.FIELD_INVALID,
                "offset");
    }

    private static void assertRefused(Runnable call, ErrorCode code, String field) {
        DomainException refusal = catchThrowableOfType(DomainException.class, call::run);
        assertThat(refusal).isNotNull();
        assertThat(refusal.code()).isEqualTo(code);
        assertThat(refusal.field()).isEqualTo(field);
    }
}

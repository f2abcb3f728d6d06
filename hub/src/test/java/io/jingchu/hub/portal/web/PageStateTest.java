package io.jingchu.hub.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingchu.hub.catalog.SearchQuery;
import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The pages' state read from their addresses and written back into links, without losing or widening anything. */
class PageStateTest {

    static MultiValueMap<String, String> params(String... pairs) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.add(pairs[i], pairs[i + 1]);
        }
        return params;
    }

    @Test
    void aSearchAddressBecomesTheQueryAndComesBackTheSame() {
        SearchState state = SearchState.read(params("q", " 公交 ", "theme", "TRANSPORT", "theme", "HEALTH",
                "organization", "7", "sort", "updated", "page", "3"));

        SearchQuery query = state.query();
        assertThat(query.text()).isEqualTo("公交");
        assertThat(query.filters()).containsEntry(Facet.THEME, List.of("TRANSPORT", "HEALTH"))
                .containsEntry(Facet.ORGANIZATION, List.of("7"));
        assertThat(query.sort()).isEqualTo(SearchQuery.Sort.UPDATED);
        assertThat(query.offset()).isEqualTo(20);
        assertThat(SearchState.read(params("q", "公交", "theme", "TRANSPORT", "theme", "HEALTH", "organization", "7",
                "sort", "updated", "page", "3")).url()).isEqualTo(state.url());
        assertThat(state.url()).startsWith("/search?q=%E5%85%AC%E4%BA%A4&theme=TRANSPORT&theme=HEALTH");
    }

    @Test
    void choosingAFacetValueTogglesItAndGoesBackToTheFirstPage() {
        SearchState state = SearchState.read(params("theme", "TRANSPORT", "page", "4"));

        assertThat(state.toggle(Facet.THEME, "TRANSPORT")).isEqualTo("/search");
        assertThat(state.toggle(Facet.LEVEL, "CITY")).isEqualTo("/search?theme=TRANSPORT&level=CITY");
        assertThat(state.atPage(5)).isEqualTo("/search?theme=TRANSPORT&page=5");
    }

    @Test
    void unknownFacetValuesSortsAndPagesAreRefusedNamingTheParameter() {
        for (Map.Entry<String, String> bad : Map.of("theme", "SPORT", "division", "12", "highQuality", "yes",
                "sort", "random", "page", "0", "organization", "x1").entrySet()) {
            assertThatThrownBy(() -> SearchState.read(params(bad.getKey(), bad.getValue())))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo(bad.getKey()));
        }
    }

    @Test
    void thePreviewsFilterBecomesTheRowApisFilterAndTheExportsToo() {
        Preview preview = Preview.read("yc-stops", params("field", "district", "op", "eq", "value", "西陵区",
                "sort", "-routes", "page", "2"));

        assertThat(preview.rowParameters()).containsEntry("filter", List.of("district:eq:西陵区"))
                .containsEntry("sort", List.of("-routes")).containsEntry("offset", List.of("20"))
                .containsEntry("limit", List.of("20")).containsEntry("include_total", List.of("exact"));
        assertThat(preview.exportUrl("csv"))
                .isEqualTo("/api/v1/resources/yc-stops/export.csv?filter=district:eq:%E8%A5%BF%E9%99%B5%E5%8C%BA&sort=-routes");
        assertThat(preview.sortedBy("routes")).endsWith("&sort=routes");
        assertThat(preview.sortOf("routes")).isEqualTo("descending");
    }

    @Test
    void aPreviewWithoutAValueFiltersNothing() {
        Preview preview = Preview.read("yc-stops", params("field", "district", "op", "eq", "value", ""));

        assertThat(preview.filtered()).isFalse();
        assertThat(preview.rowParameters()).doesNotContainKey("filter");
    }

    @Test
    void aChartGroupsByXWithTheAggregateOfYLargestFirst() {
        Preview preview = Preview.read("yc-stops", params("field", "district", "op", "ne", "value", "点军区",
                "sort", "stop_id"));
        ChartRequest chart = ChartRequest.read(params("chart", "bar", "x", "district", "agg", "sum", "y", "routes"));

        assertThat(chart.rowParameters(preview)).containsEntry("group_by", List.of("district"))
                .containsEntry("aggregate", List.of("sum:routes")).containsEntry("sort", List.of("-sum_routes"))
                .containsEntry("filter", List.of("district:ne:点军区"));
        assertThat(ChartRequest.read(params("chart", "line", "x", "day")).rowParameters(preview))
                .containsEntry("aggregate", List.of("count")).containsEntry("sort", List.of("day"));
        assertThat(ChartRequest.read(params("chart", "scatter", "x", "lng", "y", "lat")).rowParameters(preview))
                .containsEntry("fields", List.of("lng,lat")).doesNotContainKey("group_by");
        assertThat(ChartRequest.read(params("chart", "bar"))).isNull();
    }

    @Test
    void aChartThatNeedsAFieldForYWithoutOneIsRefused() {
        assertThatThrownBy(() -> ChartRequest.read(params("x", "district", "agg", "avg")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.FIELD_REQUIRED);
                    assertThat(e.field()).isEqualTo("y");
                });
    }
}

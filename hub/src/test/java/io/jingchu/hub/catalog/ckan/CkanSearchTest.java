package io.jingchu.hub.catalog.ckan;

import static io.jingchu.hub.catalog.ckan.ResourceBuilder.XL_HEALTH;
import static io.jingchu.hub.catalog.ckan.ResourceBuilder.YC_MARKET;
import static io.jingchu.hub.catalog.ckan.ResourceBuilder.YC_TRANSPORT;
import static io.jingchu.hub.catalog.ckan.ResourceBuilder.aResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.SearchQuery;
import io.jingchu.hub.catalog.SecurityGrade;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.catalog.ckan.CkanDictionaries.FacetItem;
import io.jingchu.hub.catalog.ckan.CkanDictionaries.Package;
import io.jingchu.hub.catalog.ckan.CkanDictionaries.SearchResult;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CkanSearchTest {

    static final Caller ADMIN = new Caller(1, "bureau", Set.of(Role.ADMIN), null);

    final DataResource buses = aResource().withCode("420500-000001").withTitle("宜昌市公交线路与站点")
            .withKeywords("交通", "公交").updatedAt("2024-07-01T00:00:00Z").build();
    final DataResource companies = aResource().withCode("420500-000002").withTitle("宜昌市市场主体登记信息")
            .withDescription("全市企业、个体工商户登记信息。")
            .ownedBy(YC_MARKET).withTheme(Theme.MARKET_REGULATION).withKeywords("企业", "登记")
            .withOpening(OpeningAttribute.CONDITIONAL).withGrade(SecurityGrade.IMPORTANT)
            .withLicence("政府数据开放许可协议").updatedAt("2024-05-02T00:00:00Z").build();
    final DataResource clinics = aResource().withCode("420502-000003").withTitle("西陵区医疗机构名录")
            .withDescription("辖区医院、诊所名录及地址。")
            .ownedBy(XL_HEALTH).withTheme(Theme.HEALTH).withKeywords("医疗", "交通").withLicence("cc-by-4.0")
            .updatedAt("2024-04-01T00:00:00Z").build();
    final DataResource draft = aResource().withCode("420500-000004").withTitle("宜昌市公交线路（草稿）")
            .withState(LifecycleState.DRAFT).build();
    final DataResource closed = aResource().withCode("420500-000005").withTitle("公交刷卡明细")
            .withOpening(OpeningAttribute.NONE).build();
    final DataResource retired = aResource().withCode("420500-000006").withTitle("旧公交线路")
            .withState(LifecycleState.RETIRED).build();

    final FakeCatalog catalog = new FakeCatalog(buses, companies, clinics, draft, closed, retired);
    final CkanActions actions = new CkanActions(catalog, new FakeIdentity(YC_TRANSPORT, YC_MARKET, XL_HEALTH),
            "https://data.yichang.gov.cn", Clock.fixed(Instant.parse("2024-08-01T00:00:00Z"), ZoneOffset.UTC));
    final JsonMapper json = JsonMapper.builder().build();

    SearchResult search(Caller caller, Object... parameters) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            values.put((String) parameters[i], parameters[i + 1]);
        }
        return actions.packageSearch(caller, CkanParameters.of(values, json));
    }

    SearchResult search(Object... parameters) {
        return search(Caller.ANONYMOUS, parameters);
    }

    static List<String> ids(SearchResult result) {
        return result.results().stream().map(Package::id).toList();
    }

    @Test
    void findsOnlyOpenPublishedResources() {
        SearchResult all = search();

        assertThat(all.count()).isEqualTo(3);
        assertThat(ids(all)).containsExactly(buses.code(), companies.code(), clinics.code());
        assertThat(all.sort()).isEqualTo("score desc, metadata_modified desc");
    }

    @Test
    void textFindsAPublishedResourceButNeverItsDraft() {
        assertThat(ids(search("q", "公交"))).containsExactly(buses.code());
        assertThat(ids(search("q", "*:*"))).hasSize(3);
    }

    @Test
    void includePrivateShowsWhatTheCallerMaySeeAndNoMore() {
        assertThat(ids(search("include_private", "true"))).hasSize(3);
        assertThat(search(ADMIN, "include_private", true).results())
                .extracting(Package::id, Package::state, Package::isPrivate)
                .contains(tuple(draft.code(), "draft", true), tuple(closed.code(), "active", true),
                        tuple(retired.code(), "deleted", true));
    }

    @Test
    void organizationFilterNarrowsToItsResources() {
        assertThat(ids(search("fq", "organization:yc-scjgj"))).containsExactly(companies.code());
        assertThat(ids(search("fq", "owner_org:" + YC_MARKET.id()))).containsExactly(companies.code());
    }

    @Test
    void unknownOrContradictoryValuesFindNothing() {
        assertThat(search("fq", "organization:nobody").count()).isZero();
        assertThat(search("fq", "organization:yc-scjgj organization:yc-jtysj").count()).isZero();
        assertThat(search("fq", "groups:no-such-theme").count()).isZero();
        assertThat(search("fq", "opening_attribute:NONE").count()).as("the open catalog holds no 不予开放").isZero();
    }

    @Test
    void groupsAreThemes() {
        assertThat(ids(search("fq", "groups:transport"))).containsExactly(buses.code());
        assertThat(ids(search("fq", "groups:(transport OR health)"))).containsExactly(buses.code(), clinics.code());
        assertThat(ids(search("fq", "-groups:transport"))).containsExactly(companies.code(), clinics.code());
    }

    @Test
    void tagsLicencesAndFormatsAreCheckedOnEachHit() {
        assertThat(ids(search("fq", "tags:交通"))).containsExactly(buses.code(), clinics.code());
        assertThat(ids(search("fq", "tags:\"交通\" -organization:xl-wjj"))).containsExactly(buses.code());
        assertThat(ids(search("fq", "license_id:CC-BY-4.0"))).containsExactly(buses.code(), clinics.code());
        assertThat(search("fq", "res_format:CSV").count()).isZero();
    }

    @Test
    void ledgerAttributesFilterAsExtras() {
        assertThat(ids(search("fq", "security_grade:IMPORTANT"))).containsExactly(companies.code());
        assertThat(ids(search("fq", "extras_opening_attribute:CONDITIONAL"))).containsExactly(companies.code());
        assertThat(ids(search("fq", "division_code:420502000000"))).containsExactly(clinics.code());
    }

    @Test
    void modificationDatesFilterByRange() {
        assertThat(ids(search("fq", "metadata_modified:[2024-06-01T00:00:00Z TO NOW]")))
                .containsExactly(buses.code());
        assertThat(ids(search("fq", "metadata_modified:[* TO 2024-05-01]"))).containsExactly(clinics.code());
    }

    @Test
    void unknownFieldsAreValidationErrors() {
        assertThatThrownBy(() -> search("fq", "secret_field:x")).isInstanceOfSatisfying(CkanException.class,
                e -> assertThat(e.kind()).isEqualTo(CkanException.Kind.VALIDATION));
        assertThatThrownBy(() -> search("fq", "tags:[a TO b]")).isInstanceOf(CkanException.class);
    }

    @Test
    void hostileFilterQueriesNeverWidenTheSearchNorFailOtherwise() {
        long everything = search().count();
        List<String> hostile = List.of("*:*", "-*:*", "organization:*", "state:draft", "private:true",
                "capacity:private", "include_private:true", "tags:\" OR *:*", "groups:(transport OR *)",
                "id:" + draft.code(), "name:" + CkanNames.of(closed.code()), "dataset_type:dataset",
                "+state:(active OR draft OR deleted)", "organization:yc-jtysj OR *:*", "a".repeat(5000),
                "tags:x".repeat(60), "metadata_modified:[0000 TO 9999]", "\u0000:\u0000", ")(", "NOT NOT x:y");
        for (String fq : hostile) {
            Throwable thrown = catchThrowable(() -> {
                SearchResult result = search("fq", fq);
                assertThat(result.count()).as(fq).isLessThanOrEqualTo(everything);
                assertThat(ids(result)).as(fq).doesNotContain(draft.code(), closed.code(), retired.code());
            });
            assertThat(thrown).as(fq).satisfiesAnyOf(
                    t -> assertThat(t).isNull(),
                    t -> assertThat(t).isInstanceOf(CkanException.class));
        }
    }

    @Test
    void facetsCountByOrganizationGroupTagAndLicence() {
        SearchResult result = search("facet.field", "[\"organization\",\"groups\",\"tags\",\"license_id\","
                + "\"res_format\",\"no_such_field\"]");

        assertThat(result.facets().get("organization"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("yc-jtysj", 1L, "yc-scjgj", 1L, "xl-wjj", 1L));
        assertThat(result.searchFacets().get("organization").items()).extracting(FacetItem::displayName)
                .contains("宜昌市市场监督管理局");
        assertThat(result.searchFacets().get("groups").items()).extracting(FacetItem::name, FacetItem::displayName)
                .contains(tuple("transport", "交通出行"), tuple("market_regulation", "市场监管"));
        assertThat(result.facets().get("tags")).containsEntry("交通", 2L).containsEntry("企业", 1L);
        assertThat(result.facets().get("license_id")).containsEntry("CC-BY-4.0", 1L).containsEntry("cc-by-4.0", 1L);
        assertThat(result.facets().get("res_format")).isEmpty();
        assertThat(result.searchFacets().get("no_such_field").items()).isEmpty();
    }

    @Test
    void facetItemsAreOrderedByCountAndLimited() {
        SearchResult result = search("facet.field", List.of("tags"), "facet.limit", "1");

        assertThat(result.searchFacets().get("tags").items()).containsExactly(new FacetItem("交通", "交通", 2));
    }

    @Test
    void sortIsPassedToTheCatalog() {
        SearchResult result = search("sort", "metadata_modified desc");

        assertThat(catalog.queries()).last().extracting(SearchQuery::sort).isEqualTo(SearchQuery.Sort.UPDATED);
        assertThat(ids(result)).containsExactly(buses.code(), companies.code(), clinics.code());
        assertThat(result.sort()).isEqualTo("metadata_modified desc");
    }

    @Test
    void largePagesAreReadFromTheCatalogInPagesItAllows() {
        FakeCatalog big = new FakeCatalog();
        for (int i = 0; i < 250; i++) {
            big.add(aResource().withCode("420500-%06d".formatted(i)).build());
        }
        CkanActions bigActions = new CkanActions(big, new FakeIdentity(YC_TRANSPORT), "http://hub", Clock.systemUTC());

        SearchResult page = bigActions.packageSearch(Caller.ANONYMOUS,
                CkanParameters.of(Map.of("rows", "150", "start", "20", "sort", "name asc"), json));

        assertThat(page.count()).isEqualTo(250);
        assertThat(ids(page)).hasSize(150).first().isEqualTo("420500-000020");
        assertThat(ids(page)).last().isEqualTo("420500-000169");
        assertThat(big.queries()).allSatisfy(q -> assertThat(q.limit()).isBetween(1, 100));
    }

    @Test
    void rowsDefaultToTenAndAreClampedToAThousand() {
        FakeCatalog big = new FakeCatalog();
        for (int i = 0; i < 1100; i++) {
            big.add(aResource().build());
        }
        CkanActions bigActions = new CkanActions(big, new FakeIdentity(YC_TRANSPORT), "http://hub", Clock.systemUTC());

        assertThat(bigActions.packageSearch(Caller.ANONYMOUS, CkanParameters.of(Map.of(), json)).results())
                .hasSize(10);
        assertThat(bigActions.packageSearch(Caller.ANONYMOUS, CkanParameters.of(Map.of("rows", 5000), json))
                .results()).hasSize(1000);
        SearchResult countOnly = bigActions.packageSearch(Caller.ANONYMOUS, CkanParameters.of(Map.of("rows", 0), json));
        assertThat(countOnly.results()).isEmpty();
        assertThat(countOnly.count()).isEqualTo(1100);
    }

    @Test
    void filteredPagesSkipAndCountOnlyTheMatches() {
        FakeCatalog big = new FakeCatalog();
        for (int i = 0; i < 300; i++) {
            big.add(aResource().withCode("420500-%06d".formatted(i)).withKeywords(i % 3 == 0 ? "交通" : "其他").build());
        }
        CkanActions bigActions = new CkanActions(big, new FakeIdentity(YC_TRANSPORT), "http://hub", Clock.systemUTC());

        SearchResult page = bigActions.packageSearch(Caller.ANONYMOUS, CkanParameters.of(
                Map.of("fq", "tags:交通", "rows", 5, "start", 2, "sort", "name asc"), json));

        assertThat(page.count()).isEqualTo(100);
        assertThat(ids(page)).containsExactly("420500-000006", "420500-000009", "420500-000012", "420500-000015",
                "420500-000018");
    }

    @Test
    void badPagingParametersAreValidationErrors() {
        assertThatThrownBy(() -> search("rows", "ten")).isInstanceOfSatisfying(CkanException.class,
                e -> assertThat(e.field()).isEqualTo("rows"));
        assertThatThrownBy(() -> search("start", -1)).isInstanceOfSatisfying(CkanException.class,
                e -> assertThat(e.field()).isEqualTo("start"));
        assertThatThrownBy(() -> search("sort", "title_string desc")).isInstanceOfSatisfying(CkanException.class,
                e -> assertThat(e.field()).isEqualTo("sort"));
    }
}

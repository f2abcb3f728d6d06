package io.jingchu.hub.catalog.search;

import static io.jingchu.hub.catalog.search.Resources.aResource;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.SearchQuery;
import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.catalog.SearchQuery.Sort;
import io.jingchu.hub.catalog.SearchResult;
import io.jingchu.hub.catalog.SecurityGrade;
import io.jingchu.hub.catalog.SharingAttribute;
import io.jingchu.hub.catalog.Theme;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LuceneResourceIndexSearchTest {

    @TempDir
    Path dir;

    private LuceneResourceIndex index;

    @BeforeEach
    void open() {
        index = new LuceneResourceIndex(dir, new SearchIndexProperties(Duration.ZERO, 50, 16));
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void findsChineseWordsInTitles() {
        DataResource stops = add(aResource().titled("宜昌市公交站点"));
        DataResource air = add(aResource().titled("武汉市空气质量"));
        DataResource companies = add(aResource().titled("企业登记信息"));

        assertThat(codes(search("公交"))).containsExactly(stops.code());
        assertThat(codes(search("空气"))).containsExactly(air.code());
        assertThat(codes(search("企业登记"))).containsExactly(companies.code());
        assertThat(codes(search("地铁"))).isEmpty();
    }

    @Test
    void findsPartsOfWordsTheSegmenterKeptTogether() {
        DataResource air = add(aResource().titled("武汉市空气质量"));
        DataResource stops = add(aResource().titled("宜昌市公交站点"));

        // SmartChinese reads 武汉市 as one word and 公交站 as 公交 + 站; both must still be found
        assertThat(codes(search("武汉"))).containsExactly(air.code());
        assertThat(codes(search("公交站"))).containsExactly(stops.code());
        assertThat(codes(search("武汉空气质量"))).containsExactly(air.code());
    }

    @Test
    void findsByFieldLabelAndFieldName() {
        DataResource withFields = add(aResource().titled("公交线路").withField("station_name", "站点名称")
                .withField("longitude", "经度"));
        add(aResource().titled("公交票价"));

        assertThat(codes(search("经度"))).containsExactly(withFields.code());
        assertThat(codes(search("站点名称"))).containsExactly(withFields.code());
        assertThat(codes(search("longitude"))).containsExactly(withFields.code());
    }

    @Test
    void findsByKeywordDescriptionAndOrganization() {
        DataResource keyword = add(aResource().titled("线路信息").withKeywords("客流量", "早高峰"));
        DataResource described = add(aResource().titled("路网信息").describedAs("全市桥梁的养护记录与检测报告。"));
        DataResource owned = add(aResource().titled("登记信息").ownedBy(7, "湖北省市场监督管理局"));

        assertThat(codes(search("客流量"))).containsExactly(keyword.code());
        assertThat(codes(search("桥梁养护"))).containsExactly(described.code());
        assertThat(codes(search("市场监督"))).containsExactly(owned.code());
    }

    @Test
    void titleAndKeywordMatchesRankAboveDescriptionMatches() {
        DataResource inDescription = add(aResource().titled("城市道路").describedAs("包含部分公交专用道。"));
        DataResource inTitle = add(aResource().titled("公交线路"));
        DataResource inKeywords = add(aResource().titled("城市线网").withKeywords("公交"));

        assertThat(codes(search("公交"))).containsExactly(inTitle.code(), inKeywords.code(), inDescription.code());
    }

    @Test
    void exactCodeMatchRanksFirstWhateverItsCase() {
        add(aResource().titled("JT 2024 0007 号文件说明"));
        DataResource coded = add(aResource().withCode("JT-2024-0007").titled("出租车营运数据"));

        SearchResult result = search("jt-2024-0007");

        assertThat(result.hits().get(0).resource().code()).isEqualTo(coded.code());
    }

    @Test
    void blankTextMatchesEverything() {
        add(aResource());
        add(aResource());

        assertThat(search("").total()).isEqualTo(2);
        assertThat(search("   ").total()).isEqualTo(2);
        assertThat(index.search(new SearchQuery(null, Map.of(), List.of(), Sort.RELEVANCE, 0, 10), SearchScope.PUBLIC)
                .total()).isEqualTo(2);
    }

    @Test
    void hitsCarryTheWholeResource() {
        DataResource resource = add(aResource().titled("宜昌市公交站点").describedAs("站点**位置**")
                .withKeywords("公交").withField("stop_id", "站点编号").highQuality());

        assertThat(search("公交").hits().get(0).resource()).isEqualTo(resource);
    }

    @Test
    void filtersByOrganization() {
        DataResource mine = add(aResource().ownedBy(11, "宜昌市交通运输局"));
        DataResource other = add(aResource().ownedBy(12, "宜昌市生态环境局"));
        add(aResource().ownedBy(13, "宜昌市教育局"));

        assertThat(codes(filtered(Facet.ORGANIZATION, "11"))).containsExactly(mine.code());
        assertThat(codes(filtered(Facet.ORGANIZATION, "11", "12"))).containsExactlyInAnyOrder(mine.code(), other.code());
    }

    @Test
    void filtersByDivisionIncludingEverythingBelowIt() {
        DataResource village = add(aResource().in("420502001001"));
        DataResource county = add(aResource().in("420502000000"));
        DataResource city = add(aResource().in("420500000000"));
        DataResource wuhan = add(aResource().in("420100000000"));

        assertThat(codes(filtered(Facet.DIVISION, "420500000000")))
                .containsExactlyInAnyOrder(village.code(), county.code(), city.code());
        assertThat(codes(filtered(Facet.DIVISION, "420502000000"))).containsExactlyInAnyOrder(village.code(), county.code());
        assertThat(codes(filtered(Facet.DIVISION, "420502001000"))).containsExactly(village.code());
        assertThat(codes(filtered(Facet.DIVISION, "420000000000"))).hasSize(4);
        assertThat(codes(filtered(Facet.DIVISION, "420100000000"))).containsExactly(wuhan.code());
        assertThat(codes(filtered(Facet.DIVISION, "4205"))).hasSize(3);
        assertThat(codes(filtered(Facet.DIVISION, "not-a-code"))).isEmpty();
    }

    @Test
    void filtersByLevel() {
        DataResource village = add(aResource().in("420502001001"));
        add(aResource().in("420500000000"));

        assertThat(codes(filtered(Facet.LEVEL, "VILLAGE"))).containsExactly(village.code());
        assertThat(codes(filtered(Facet.LEVEL, "village"))).containsExactly(village.code());
    }

    @Test
    void filtersByTheme() {
        DataResource air = add(aResource().withTheme(Theme.ENVIRONMENT));
        add(aResource().withTheme(Theme.TRANSPORT));

        assertThat(codes(filtered(Facet.THEME, "ENVIRONMENT"))).containsExactly(air.code());
    }

    @Test
    void filtersByGrade() {
        DataResource important = add(aResource().withGrade(SecurityGrade.IMPORTANT));
        add(aResource().withGrade(SecurityGrade.GENERAL));

        assertThat(codes(filtered(Facet.GRADE, "IMPORTANT"))).containsExactly(important.code());
    }

    @Test
    void filtersByOpeningAttribute() {
        DataResource conditional = add(aResource().opening(OpeningAttribute.CONDITIONAL));
        add(aResource().opening(OpeningAttribute.UNCONDITIONAL));

        assertThat(codes(filtered(Facet.OPENING, "CONDITIONAL"))).containsExactly(conditional.code());
    }

    @Test
    void filtersBySharingAttribute() {
        DataResource conditional = add(aResource().sharing(SharingAttribute.CONDITIONAL));
        add(aResource().sharing(SharingAttribute.UNCONDITIONAL));

        assertThat(codes(filtered(Facet.SHARING, "CONDITIONAL"))).containsExactly(conditional.code());
    }

    @Test
    void filtersByState() {
        DataResource draft = add(aResource().inState(LifecycleState.DRAFT));
        add(aResource());

        SearchResult result = index.search(query(null, Map.of(Facet.STATE, List.of("DRAFT"))), SearchScope.EVERYTHING);

        assertThat(codes(result)).containsExactly(draft.code());
    }

    @Test
    void filtersByHighQuality() {
        DataResource chosen = add(aResource().highQuality());
        DataResource plain = add(aResource());

        assertThat(codes(filtered(Facet.HIGH_QUALITY, "true"))).containsExactly(chosen.code());
        assertThat(codes(filtered(Facet.HIGH_QUALITY, "false"))).containsExactly(plain.code());
    }

    @Test
    void filtersCombineAcrossFacetsAndWithText() {
        DataResource match = add(aResource().titled("公交站点").withTheme(Theme.TRANSPORT).highQuality());
        add(aResource().titled("公交站点").withTheme(Theme.TRANSPORT));
        add(aResource().titled("公交站点").withTheme(Theme.ENVIRONMENT).highQuality());
        add(aResource().titled("空气质量").withTheme(Theme.TRANSPORT).highQuality());

        SearchResult result = index.search(query("公交", Map.of(Facet.THEME, List.of("TRANSPORT", "HEALTH"),
                Facet.HIGH_QUALITY, List.of("true"))), SearchScope.PUBLIC);

        assertThat(codes(result)).containsExactly(match.code());
        assertThat(result.total()).isEqualTo(1);
    }

    @Test
    void countsFacetValuesOverAllMatchesMostFrequentFirst() {
        add(aResource().titled("公交线路").withTheme(Theme.TRANSPORT).withGrade(SecurityGrade.IMPORTANT));
        add(aResource().titled("公交站点").withTheme(Theme.TRANSPORT));
        add(aResource().titled("公交车辆排放").withTheme(Theme.ENVIRONMENT).highQuality());
        add(aResource().titled("空气质量").withTheme(Theme.ENVIRONMENT));

        SearchResult result = index.search(new SearchQuery("公交", Map.of(), List.of(Facet.THEME, Facet.GRADE,
                Facet.HIGH_QUALITY, Facet.DIVISION), Sort.RELEVANCE, 0, 1), SearchScope.PUBLIC);

        assertThat(result.total()).isEqualTo(3);
        assertThat(result.hits()).hasSize(1);
        assertThat(result.facets().get(Facet.THEME)).containsExactly(Map.entry("TRANSPORT", 2L),
                Map.entry("ENVIRONMENT", 1L));
        assertThat(result.facets().get(Facet.GRADE)).containsExactly(Map.entry("GENERAL", 2L),
                Map.entry("IMPORTANT", 1L));
        assertThat(result.facets().get(Facet.HIGH_QUALITY)).containsExactly(Map.entry("false", 2L),
                Map.entry("true", 1L));
        assertThat(result.facets().get(Facet.DIVISION)).containsExactly(Map.entry("420500000000", 3L));
        assertThat(result.facets()).containsOnlyKeys(Facet.THEME, Facet.GRADE, Facet.HIGH_QUALITY, Facet.DIVISION);
    }

    @Test
    void countsDivisionsByCityWithoutADivisionFilter() {
        add(aResource().in("420502001001"));
        add(aResource().in("420502000000"));
        add(aResource().in("420500000000"));
        add(aResource().in("420102000000"));
        add(aResource().in("420000000000"));

        SearchResult result = index.search(query(null, Map.of()), SearchScope.PUBLIC);

        assertThat(result.facets().get(Facet.DIVISION)).containsExactly(Map.entry("420500000000", 3L),
                Map.entry("420000000000", 1L), Map.entry("420100000000", 1L));
    }

    @Test
    void countsDivisionsOneLevelBelowTheDivisionFilter() {
        add(aResource().in("420502001001"));
        add(aResource().in("420502001002"));
        add(aResource().in("420502000000"));
        add(aResource().in("420506000000"));
        add(aResource().in("420500000000"));

        SearchResult inCity = filtered(Facet.DIVISION, "420500000000");
        SearchResult inCounty = filtered(Facet.DIVISION, "420502000000");
        SearchResult inTownship = filtered(Facet.DIVISION, "420502001000");

        assertThat(inCity.facets().get(Facet.DIVISION)).containsExactly(Map.entry("420502000000", 3L),
                Map.entry("420500000000", 1L), Map.entry("420506000000", 1L));
        assertThat(inCounty.facets().get(Facet.DIVISION)).containsExactly(Map.entry("420502001000", 2L),
                Map.entry("420502000000", 1L));
        assertThat(inTownship.facets().get(Facet.DIVISION)).containsExactly(Map.entry("420502001000", 2L));
    }

    @Test
    void facetsOfAnEmptyIndexAreEmpty() {
        SearchResult result = search("公交");

        assertThat(result.total()).isZero();
        assertThat(result.facets()).containsOnlyKeys(Facet.values());
        assertThat(result.facets().values()).allSatisfy(values -> assertThat(values).isEmpty());
    }

    @Test
    void sortsByRelevanceThenCode() {
        DataResource b = add(aResource().withCode("B").titled("公交"));
        DataResource a = add(aResource().withCode("A").titled("公交"));
        DataResource weak = add(aResource().withCode("0").titled("线路").describedAs("公交"));

        assertThat(codes(search("公交"))).containsExactly(a.code(), b.code(), weak.code());
    }

    @Test
    void sortsByUpdatedNewestFirst() {
        DataResource old = add(aResource().updatedAt(Resources.EPOCH));
        DataResource newest = add(aResource().updatedAt(Resources.EPOCH.plusSeconds(7200)));
        DataResource middle = add(aResource().updatedAt(Resources.EPOCH.plusSeconds(3600)));

        assertThat(codes(sorted(Sort.UPDATED))).containsExactly(newest.code(), middle.code(), old.code());
    }

    @Test
    void sortsTitlesInPinyinOrderThenByCode() {
        DataResource wuhan = add(aResource().withCode("C1").titled("武汉市公交"));
        DataResource anlu = add(aResource().withCode("C2").titled("安陆市公交"));
        DataResource beijing2 = add(aResource().withCode("C4").titled("北京路公交"));
        DataResource beijing1 = add(aResource().withCode("C3").titled("北京路公交"));

        assertThat(codes(sorted(Sort.TITLE))).containsExactly(anlu.code(), beijing1.code(), beijing2.code(), wuhan.code());
    }

    @Test
    void sortsByCode() {
        DataResource c = add(aResource().withCode("HB-003"));
        DataResource a = add(aResource().withCode("HB-001"));
        DataResource b = add(aResource().withCode("HB-002"));

        assertThat(codes(sorted(Sort.CODE))).containsExactly(a.code(), b.code(), c.code());
    }

    @Test
    void pagesThroughHitsWithAnExactTotal() {
        for (int i = 0; i < 25; i++) {
            add(aResource().withCode(String.format("P-%03d", i)).titled("公交数据" + i));
        }

        SearchResult second = index.search(new SearchQuery("公交", Map.of(), List.of(), Sort.CODE, 10, 10),
                SearchScope.PUBLIC);
        SearchResult last = index.search(new SearchQuery("公交", Map.of(), List.of(), Sort.CODE, 20, 10),
                SearchScope.PUBLIC);
        SearchResult beyond = index.search(new SearchQuery("公交", Map.of(), List.of(), Sort.CODE, 1000000, 10),
                SearchScope.PUBLIC);

        assertThat(second.total()).isEqualTo(25);
        assertThat(codes(second)).containsExactly("P-010", "P-011", "P-012", "P-013", "P-014", "P-015", "P-016",
                "P-017", "P-018", "P-019");
        assertThat(codes(last)).containsExactly("P-020", "P-021", "P-022", "P-023", "P-024");
        assertThat(beyond.total()).isEqualTo(25);
        assertThat(beyond.hits()).isEmpty();
    }

    @Test
    void scoresHitsWhateverTheSort() {
        add(aResource().titled("公交线路"));

        assertThat(search("公交").hits().get(0).score()).isPositive();
        assertThat(index.search(new SearchQuery("公交", Map.of(), List.of(), Sort.UPDATED, 0, 10), SearchScope.PUBLIC)
                .hits().get(0).score()).isPositive();
    }

    @Test
    void highlightsMatchesAndEscapesEverythingElse() {
        add(aResource().titled("<script>alert('x')</script>公交站点 & 线路")
                .describedAs("第一句无关。宜昌市<b>公交</b>车辆的实时位置。")
                .withKeywords("公交", "<i>出行</i>")
                .withField("bus_line", "公交线路"));

        Map<String, String> highlights = search("公交").hits().get(0).highlights();

        assertThat(highlights).containsOnlyKeys("title", "description", "keywords", "fields");
        assertThat(highlights.get("title"))
                .contains("<em>公交</em>")
                .contains("&lt;script&gt;")
                .contains("&amp;")
                .doesNotContain("<script>");
        assertThat(highlights.get("description")).contains("<em>公交</em>").contains("&lt;b&gt;").doesNotContain("<b>");
        assertThat(highlights.get("keywords")).contains("<em>公交</em>").contains("&lt;i&gt;");
        assertThat(highlights.get("fields")).contains("<em>公交</em>");
        highlights.values().forEach(snippet ->
                assertThat(snippet.replace("<em>", "").replace("</em>", "")).doesNotContain("<", ">"));
    }

    @Test
    void highlightsPartsOfWordsFoundByCharacters() {
        add(aResource().titled("武汉市空气质量"));

        assertThat(search("武汉").hits().get(0).highlights().get("title")).contains("<em>武汉</em>");
    }

    @Test
    void highlightsOnlyFieldsThatMatched() {
        add(aResource().titled("公交站点").describedAs("与查询无关的说明。"));

        assertThat(search("公交").hits().get(0).highlights()).containsOnlyKeys("title");
        assertThat(search("").hits().get(0).highlights()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"title:(", "*:*", "*", "\\\"", "\"", "AND OR NOT", "公交 AND", "code:R1 OR state:DRAFT",
            "visible:open", "(((", "title:公交^1000", "公交~2", "[a TO z]", "/.*/", "+-!&&||", "\u0000", "..."})
    void hostileTextNeitherFailsNorLeavesTheScope(String text) {
        add(aResource().titled("公交站点"));
        add(aResource().titled("公交草稿").inState(LifecycleState.DRAFT));
        add(aResource().titled("公交不开放").opening(OpeningAttribute.NONE));

        SearchResult result = index.search(query(text, Map.of()), SearchScope.PUBLIC);

        assertThat(result.hits()).allSatisfy(hit -> assertThat(hit.resource().isOpen()).isTrue());
        assertThat(result.total()).isLessThanOrEqualTo(1);
        assertThat(result.facets().get(Facet.STATE)).doesNotContainKey("DRAFT");
    }

    @Test
    void veryLongTextNeitherFailsNorLeavesTheScope() {
        add(aResource().titled("公交站点"));
        add(aResource().titled("公交草稿").inState(LifecycleState.DRAFT));
        String longText = "公交 站点 title:( ".repeat(20000);

        SearchResult result = index.search(query(longText, Map.of()), SearchScope.PUBLIC);

        assertThat(result.hits()).extracting(hit -> hit.resource().state()).containsOnly(LifecycleState.PUBLISHED);
    }

    @Test
    void longRunsOfDistinctCharactersNeitherFailNorLeaveTheScope() {
        add(aResource().titled("公交站点"));
        add(aResource().titled("公交草稿").inState(LifecycleState.DRAFT));
        StringBuilder text = new StringBuilder();
        for (int c = 0x4E00; c < 0x4E00 + 3000; c += 7) {
            text.appendCodePoint(c);
        }

        SearchResult result = index.search(query(text.toString(), Map.of()), SearchScope.PUBLIC);

        assertThat(result.hits()).allSatisfy(hit -> assertThat(hit.resource().isOpen()).isTrue());
    }

    @Test
    void thousandsOfFilterValuesStillFilterExactly() {
        DataResource wanted = add(aResource().ownedBy(4321, "宜昌市交通运输局").withTheme(Theme.HEALTH));
        add(aResource().ownedBy(5000, "宜昌市卫生健康委员会").withTheme(Theme.HEALTH));
        List<String> organizations = new ArrayList<>();
        for (int id = 0; id < 3000; id++) {
            organizations.add(id == 4321 ? "4321" : Integer.toString(10000 + id));
        }
        organizations.add("4321");
        List<String> themes = Arrays.stream(Theme.values()).map(Theme::name).toList();

        SearchResult result = index.search(query(null, Map.of(Facet.ORGANIZATION, organizations, Facet.THEME, themes,
                Facet.STATE, List.of("PUBLISHED", "DRAFT"))), SearchScope.PUBLIC);

        assertThat(codes(result)).containsExactly(wanted.code());
    }

    @Test
    void punctuationOnlyTextMatchesEverythingInScope() {
        add(aResource().titled("公交站点"));
        add(aResource().titled("公交草稿").inState(LifecycleState.DRAFT));

        assertThat(search("*:*").total()).isEqualTo(1);
    }

    private DataResource add(Resources.Builder builder) {
        DataResource resource = builder.build();
        index.index(resource);
        return resource;
    }

    private SearchResult search(String text) {
        return index.search(query(text, Map.of()), SearchScope.PUBLIC);
    }

    private SearchResult filtered(Facet facet, String... values) {
        return index.search(query(null, Map.of(facet, List.of(values))), SearchScope.PUBLIC);
    }

    private SearchResult sorted(Sort sort) {
        return index.search(new SearchQuery(null, Map.of(), List.of(), sort, 0, 100), SearchScope.PUBLIC);
    }

    private static SearchQuery query(@Nullable String text, Map<Facet, List<String>> filters) {
        return new SearchQuery(text, filters, List.of(Facet.values()), Sort.RELEVANCE, 0, 100);
    }

    private static List<String> codes(SearchResult result) {
        return result.hits().stream().map(hit -> hit.resource().code()).toList();
    }
}

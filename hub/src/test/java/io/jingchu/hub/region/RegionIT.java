package io.jingchu.hub.region;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The division tree as loaded by default (湖北省), through the API and over HTTP. */
class RegionIT extends IntegrationTest {

    @Autowired
    RegionApi regions;

    @Test
    void hubeiIsLoadedByDefault() {
        assertThat(regions.roots()).extracting(Division::code).contains("420000000000");
        assertThat(regions.get("420500000000"))
                .isEqualTo(new Division("420500000000", "宜昌市", DivisionLevel.CITY, "420000000000"));
        assertThat(regions.count()).isGreaterThan(28_000);
    }

    @Test
    void theChildrenOfACityAreItsCounties() {
        assertThat(regions.children("420500000000"))
                .isNotEmpty()
                .allSatisfy(child -> {
                    assertThat(child.level()).isEqualTo(DivisionLevel.COUNTY);
                    assertThat(child.parentCode()).isEqualTo("420500000000");
                })
                .extracting(Division::name).contains("夷陵区", "西陵区", "宜都市");
    }

    @Test
    void theAncestorsOfAVillageRunFromTheProvinceDown() {
        String village = regions.children(regions.children("420506000000").get(0).code()).get(0).code();

        assertThat(regions.ancestors(village))
                .extracting(Division::level)
                .containsExactly(DivisionLevel.PROVINCE, DivisionLevel.CITY, DivisionLevel.COUNTY, DivisionLevel.TOWNSHIP);
        assertThat(regions.ancestors(village)).extracting(Division::code)
                .startsWith("420000000000", "420500000000", "420506000000");
        assertThat(regions.ancestors("420000000000")).isEmpty();
    }

    @Test
    void searchFindsANameByPartOfIt() {
        assertThat(regions.search("夷陵", 20)).first()
                .isEqualTo(new Division("420506000000", "夷陵区", DivisionLevel.COUNTY, "420500000000"));
    }

    @Test
    void searchByCodePrefixListsTheDivisionFirstThenWhatIsInside() {
        assertThat(regions.search("4205", 5)).hasSize(5).allMatch(d -> d.code().startsWith("4205"))
                .first().extracting(Division::name).isEqualTo("宜昌市");
    }

    @Test
    void searchTreatsLikeWildcardsAsPlainCharacters() {
        assertThat(regions.search("%", 20)).isEmpty();
        assertThat(regions.search("_", 20)).isEmpty();
    }

    @Test
    void regionsAreReadableWithoutLoggingIn() {
        assertThat(mvc.get().uri("/api/v1/regions/420500000000")).hasStatusOk()
                .bodyJson().isLenientlyEqualTo("""
                        {"code": "420500000000", "name": "宜昌市", "level": "CITY", "parentCode": "420000000000"}""");
        assertThat(mvc.get().uri("/api/v1/regions")).hasStatusOk()
                .bodyJson().extractingPath("$[*].name").asArray().contains("湖北省");
        assertThat(mvc.get().uri("/api/v1/regions/420000000000")).hasStatusOk()
                .bodyJson().doesNotHavePath("$.parentCode");
    }

    @Test
    void childrenAncestorsAndSearchOverHttp() {
        assertThat(mvc.get().uri("/api/v1/regions/420500000000/children")).hasStatusOk()
                .bodyJson().extractingPath("$[*].level").asArray().isNotEmpty().containsOnly("COUNTY");
        assertThat(mvc.get().uri("/api/v1/regions/420506000000/ancestors")).hasStatusOk()
                .bodyJson().extractingPath("$[*].code").asArray().containsExactly("420000000000", "420500000000");
        assertThat(mvc.get().uri("/api/v1/regions?q=夷陵&limit=1")).hasStatusOk()
                .bodyJson().extractingPath("$[*].name").asArray().containsExactly("夷陵区");
    }

    @Test
    void anUnknownCodeIsNotFound() {
        assertThat(mvc.get().uri("/api/v1/regions/429999000000"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().isLenientlyEqualTo("""
                        {"status": 404, "code": "REGION_NOT_FOUND", "field": "code"}""");
        assertThat(mvc.get().uri("/api/v1/regions/429999000000/children"))
                .hasStatus(HttpStatus.NOT_FOUND).bodyJson().extractingPath("$.code").isEqualTo("REGION_NOT_FOUND");
    }

    @Test
    void aMalformedCodeIsRefusedNamingTheField() {
        assertThat(mvc.get().uri("/api/v1/regions/4205"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().isLenientlyEqualTo("""
                        {"status": 400, "code": "FIELD_INVALID", "field": "code"}""");
    }

    @Test
    void aSearchLimitOutOfRangeIsRefused() {
        assertThat(mvc.get().uri("/api/v1/regions?q=宜昌&limit=1000"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().isLenientlyEqualTo("""
                        {"code": "FIELD_INVALID", "field": "limit"}""");
    }

    @Test
    void refusalsSpeakTheRequestsLanguage() {
        assertThat(mvc.get().uri("/api/v1/regions/429999000000"))
                .bodyJson().extractingPath("$.detail").asString().contains("未找到该行政区划").contains("429999000000");
        assertThat(mvc.get().uri("/api/v1/regions/429999000000").header("Accept-Language", "en"))
                .bodyJson().extractingPath("$.detail").asString().contains("No such administrative division");
    }
}

package io.jingchu.hub.catalog.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.catalog.Theme;
import org.junit.jupiter.api.Test;

class CatalogIrisTest {

    private final CatalogIris iris = new CatalogIris(" https://data.yichang.gov.cn// ");

    @Test
    void irisHangBelowThePublicAddress() {
        assertThat(iris.catalog()).isEqualTo("https://data.yichang.gov.cn/catalog");
        assertThat(iris.dataset("420500-000001"))
                .isEqualTo("https://data.yichang.gov.cn/catalog/resources/420500-000001");
        assertThat(iris.resourceApi("420500-000001"))
                .isEqualTo("https://data.yichang.gov.cn/api/v1/resources/420500-000001");
        assertThat(iris.region("420500000000")).isEqualTo("https://data.yichang.gov.cn/regions/420500000000");
        assertThat(iris.theme(Theme.SOCIAL_SECURITY)).isEqualTo("https://data.yichang.gov.cn/themes/social_security");
    }

    @Test
    void codesAreEscapedIntoSafePathSegments() {
        assertThat(iris.dataset("a b/c#d")).endsWith("/catalog/resources/a%20b%2Fc%23d");
        assertThat(iris.licence("政府数据开放许可协议")).startsWith("https://data.yichang.gov.cn/licences/%E6");
    }

    @Test
    void wellKnownLicencesKeepTheirOwnIri() {
        assertThat(iris.licence("CC-BY-4.0")).isEqualTo("http://creativecommons.org/licenses/by/4.0/");
        assertThat(iris.licence(" cc0-1.0 ")).isEqualTo("http://creativecommons.org/publicdomain/zero/1.0/");
    }
}

package io.jingchu.hub.portal;

import static io.jingchu.hub.portal.PortalData.busStops;
import static io.jingchu.hub.testing.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.ingest.IngestFixture;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The home page's figures are kept between visitors, and follow the catalog as soon as it changes. */
class PortalFiguresIT extends IntegrationTest {

    static final Pattern PROVIDERS = Pattern.compile("<span class=\"number\">([\\d,]+)</span>\\s*<span>数据提供单位");

    @Autowired
    CatalogApi catalog;
    @Autowired
    TestAccounts accounts;

    String page(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return IngestFixture.text(result);
    }

    long providers(String home) {
        Matcher m = PROVIDERS.matcher(home);
        assertThat(m.find()).as("the providers' figure").isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    @Test
    void theHomePageKeepsItsFiguresUntilTheCatalogChanges() {
        Organization organization = accounts.organization(TestAccounts.YILING);
        Caller publisher = accounts.publisher(organization);
        String title = "新发布的公交站点 " + organization.code();
        // a draft is a catalog change: the figures kept from earlier tests go, and the next ones are kept from now
        catalog.register(publisher, busStops("草稿 " + organization.code(), OpeningAttribute.UNCONDITIONAL)
                .code(accounts.uniqueName("draft")).organization(publisher.organizationId()).build());
        String before = page(mvc.get().uri("/").exchange());

        accounts.organization();
        String kept = page(mvc.get().uri("/").exchange());
        String signedIn = page(mvc.get().uri("/").with(as(accounts.consumer())).exchange());
        DataResource published = PortalData.publish(catalog, accounts, publisher,
                busStops(title, OpeningAttribute.UNCONDITIONAL));
        String after = page(mvc.get().uri("/").exchange());
        String english = page(mvc.get().uri("/?lang=en").exchange());

        // a new organization is no catalog change: visitors see the kept figures, a signed-in caller fresh ones
        assertThat(providers(kept)).isEqualTo(providers(before));
        assertThat(providers(signedIn)).isEqualTo(providers(before) + 1);
        // publishing is: the next visitor sees it among the newest, counted, in either language
        assertThat(before).doesNotContain(title);
        assertThat(after).contains(title, "/datasets/" + published.code());
        assertThat(providers(after)).isEqualTo(providers(before) + 1);
        assertThat(english).contains(title, "Public open-data platform");
        assertThat(page(mvc.get().uri("/datasets/" + published.code()).exchange())).contains(">夷陵区</a>");
    }
}

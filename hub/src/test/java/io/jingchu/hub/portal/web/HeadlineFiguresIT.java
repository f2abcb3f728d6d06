package io.jingchu.hub.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jingchu.hub.access.AccessApi;
import io.jingchu.hub.access.DataAccess;
import io.jingchu.hub.access.DataAccess.AccessKind;
import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.SearchQuery;
import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.ingest.IngestFixture;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The home page's records and reads of this month: only the newest version of open resources counts, every read
 * recorded this month counts, and the figures are kept a while rather than worked out for every view.
 */
class HeadlineFiguresIT extends IntegrationTest {

    static final FieldSpec NAME = new FieldSpec("name", "名称", FieldType.STRING, null, false, false);

    @Autowired
    HeadlineFigures figures;
    @Autowired
    CatalogApi catalog;
    @Autowired
    AccessApi access;
    @Autowired
    IngestFixture ingest;
    @Autowired
    TestAccounts accounts;

    private static byte[] names(String... names) {
        return ("name\n" + String.join("\n", names) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private void read(String code) {
        access.record(new DataAccess("figures-reader", 0, "127.0.0.1", code, 1, AccessKind.ROWS, 1, "OK"));
    }

    @Test
    void recordsAreTheNewestVersionsOfOpenResourcesAndReadsThoseOfThisMonth() {
        Caller publisher = accounts.publisher();
        HeadlineFigures.Figures before = figures.refresh();
        DataResource open = ingest.publishedResource(publisher, OpeningAttribute.UNCONDITIONAL, NAME);
        DataResource closed = ingest.publishedResource(publisher, OpeningAttribute.NONE, NAME);
        ingest.load(mvc, publisher, open.code(), "first.csv", names("甲", "乙", "丙"));
        ingest.load(mvc, publisher, open.code(), "second.csv", names("甲", "乙"));
        ingest.load(mvc, publisher, closed.code(), "closed.csv", names("甲", "乙", "丙", "丁"));
        read(open.code());
        read(open.code());
        read(closed.code());
        await().atMost(Duration.ofSeconds(20)).until(() -> catalog.search(Caller.ANONYMOUS, new SearchQuery(null,
                Map.of(Facet.ORGANIZATION, List.of(Long.toString(publisher.organizationId()))), List.of(),
                SearchQuery.Sort.CODE, 0, 10)).total() == 1);

        HeadlineFigures.Figures after = figures.refresh();

        // the open resource's second version (2 rows) only; the closed one's rows are not the public's
        assertThat(after.records()).isEqualTo(before.records() + 2);
        assertThat(after.readsThisMonth()).isEqualTo(before.readsThisMonth() + 3);
        String home = IngestFixture.text(mvc.get().uri("/").exchange());
        assertThat(home).contains("条数据记录", "本月接口调用",
                ">" + String.format("%,d", after.records()) + "</span>",
                ">" + String.format("%,d", after.readsThisMonth()) + "</span>");
    }

    @Test
    void figuresAreKeptRatherThanWorkedOutForEveryView() {
        HeadlineFigures.Figures kept = figures.refresh();
        read(accounts.uniqueName("kept"));

        assertThat(figures.get()).isSameAs(kept);
        assertThat(figures.refresh().readsThisMonth()).isEqualTo(kept.readsThisMonth() + 1);
    }
}

package io.jingchu.hub.demo;

import io.jingchu.hub.ingest.DatasetVersion;
import io.jingchu.hub.ingest.DatasetVersions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.LedgerStatistics;
import io.jingchu.hub.catalog.SearchQuery;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.identity.Role;
import io.jingchu.hub.region.DivisionLevel;
import io.jingchu.hub.testing.TestDatabase;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** What {@code ./jingchu demo} loads: accounts, organizations at every level and a ledger across all. */
@SpringBootTest(properties = {"jingchu.demo=true", "jingchu.demo-data.resources=150"})
@ContextConfiguration(initializers = TestDatabase.class)
class DemoDataIT {

    private static final Caller BUREAU = new Caller(-1, "test", Set.of(Role.ADMIN), null);

    @Autowired
    IdentityApi identity;
    @Autowired
    CatalogApi catalog;
    @Autowired
    DatasetVersions versions;

    @Test
    void demoAccountsCanLogInWithTheirRoles() {
        assertThat(identity.user("admin")).get().satisfies(u -> assertThat(u.roles()).containsExactly(Role.ADMIN));
        assertThat(identity.user("auditor")).get().satisfies(u -> assertThat(u.roles()).containsExactly(Role.AUDITOR));
        assertThat(identity.user("yc-jtysj")).get().satisfies(u -> {
            assertThat(u.roles()).containsExactly(Role.PUBLISHER);
            assertThat(u.organizationId()).isNotNull();
        });
    }

    @Test
    void organizationsSpanAllFiveLevels() {
        assertThat(identity.organizations().stream().map(o -> o.level()).distinct())
                .containsExactlyInAnyOrder(DivisionLevel.values());
        assertThat(identity.organizations()).hasSizeGreaterThanOrEqualTo(40 + 3 * 13);
    }

    @Test
    void theLedgerFillsUpAndCanBeSearchedInChinese() {
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() ->
                assertThat(catalog.statistics(BUREAU, null).total()).isEqualTo(150 + OpenDatasets.all(0).size()));
        LedgerStatistics stats = catalog.statistics(BUREAU, null);
        assertThat(stats.byState().keySet()).contains("PUBLISHED", "DRAFT");
        assertThat(stats.byLevel().keySet()).contains("PROVINCE", "CITY");
        assertThat(catalog.search(Caller.ANONYMOUS, SearchQuery.of("信息")).total()).isPositive();
        assertThat(Arrays.stream(stats.byGrade().values().toArray(Long[]::new)).mapToLong(Long::longValue).sum())
                .isEqualTo(150 + OpenDatasets.all(0).size());
    }

    @Test
    void theOpenDatasetsAreLoadedWithRealRows() {
        await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> {
            for (OpenDataset dataset : OpenDatasets.all(0)) {
                assertThat(versions.latest(dataset.code())).as(dataset.code()).isPresent();
            }
        });
        // Every village of the 2023 division codes, with the names of the levels above it.
        DatasetVersion villages = versions.latest("hb-mzt-villages").orElseThrow();
        assertThat(villages.rowCount()).isEqualTo(620_573);
        assertThat(versions.latest("yc-scjgj-enterprises").orElseThrow().rowCount()).isEqualTo(20_000);
        assertThat(versions.latest("yc-sthjj-air-hourly").orElseThrow().rowCount()).isEqualTo(8 * 24 * 90);
        assertThat(versions.latest("yc-jtysj-bus-stops").orElseThrow().qualityScore()).isGreaterThan(90);
    }
}

package io.jingchu.hub.catalog.web;

import static io.jingchu.hub.catalog.ResourceDrafts.aDraft;
import static io.jingchu.hub.catalog.web.ResourceRegistrationIT.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.catalog.LedgerStatistics;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Organization;
import org.junit.jupiter.api.Test;

/** The ledger's figures and the index rebuild over HTTP, and who may ask for them. */
class LedgerEndpointsIT extends CatalogHttpTest {

    @Test
    void registrationsBelowACityShowInItsFiguresAndItsChildsRollUp() {
        LedgerStatistics before = catalog.statistics(ADMIN, YICHANG);
        Organization street = organization("西陵街道办事处", XILING_STREET);
        Caller publisher = publisherOf(street);
        catalog.register(publisher, aDraft().theme(Theme.METEOROLOGY).build());
        catalog.register(publisher, aDraft().theme(Theme.METEOROLOGY).highQuality(true).build());

        assertThat(mvc.get().uri("/api/v1/statistics?division=" + YICHANG).with(as(AUDITOR))).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.divisionCode", d -> assertThat(d).isEqualTo(YICHANG))
                .hasPathSatisfying("$.total", t -> assertThat(t).asNumber().isEqualTo((int) before.total() + 2))
                .hasPathSatisfying("$.byLevel.TOWNSHIP", n -> assertThat(n).asNumber()
                        .isEqualTo((int) (before.byLevel().getOrDefault("TOWNSHIP", 0L) + 2)))
                .hasPathSatisfying("$.byOrganization['" + street.id() + "']", n -> assertThat(n).isEqualTo(2))
                .hasPathSatisfying("$.highQuality", n -> assertThat(n).asNumber()
                        .isEqualTo((int) before.highQuality() + 1))
                .hasPathSatisfying("$.byChildDivision[?(@.code == '" + XILING + "')].count", n -> assertThat(n)
                        .asArray().containsExactly((int) childCount(before, XILING) + 2));
    }

    @Test
    void publishersMayReadTheFigures() {
        Caller publisher = publisherOf(organization("宜昌市统计局", YICHANG));
        assertThat(mvc.get().uri("/api/v1/statistics").with(as(publisher))).hasStatusOk().bodyJson()
                .extractingPath("$.byChildDivision[0].code").isEqualTo("420000000000");
    }

    @Test
    void consumersReadNoFigures() {
        assertThat(mvc.get().uri("/api/v1/statistics").with(as(CONSUMER))).hasStatus(403)
                .bodyJson().extractingPath("$.code").isEqualTo("ACCESS_DENIED");
    }

    @Test
    void anonymousCallersReadNoFigures() {
        assertThat(mvc.get().uri("/api/v1/statistics")).hasStatus(401);
    }

    @Test
    void figuresForAnUnknownDivisionAreNotFound() {
        assertThat(mvc.get().uri("/api/v1/statistics?division=429900000000").with(as(ADMIN))).hasStatus(404)
                .bodyJson().extractingPath("$.code").isEqualTo("REGION_NOT_FOUND");
        assertRefused(mvc.get().uri("/api/v1/statistics?division=42").with(as(ADMIN)).exchange(), 400,
                "FIELD_INVALID", "division");
    }

    @Test
    void theAdministratorRebuildsTheIndex() {
        catalog.register(publisherOf(organization("宜昌市文旅局", YICHANG)), aDraft().build());
        assertThat(mvc.post().uri("/api/v1/admin/reindex").with(as(ADMIN))).hasStatusOk().bodyJson()
                .extractingPath("$.indexed").convertTo(Long.class).isEqualTo(rows("data_resource"));
    }

    @Test
    void nobodyElseRebuildsTheIndex() {
        Caller publisher = publisherOf(organization("宜昌市文旅局", YICHANG));
        for (Caller caller : new Caller[] {publisher, AUDITOR, CONSUMER}) {
            assertThat(mvc.post().uri("/api/v1/admin/reindex").with(as(caller))).hasStatus(403);
        }
        assertThat(mvc.post().uri("/api/v1/admin/reindex").with(anonymous())).hasStatus(401);
    }

    private static long childCount(LedgerStatistics s, String code) {
        return s.byChildDivision().stream().filter(c -> c.code().equals(code)).mapToLong(c -> c.count()).sum();
    }
}

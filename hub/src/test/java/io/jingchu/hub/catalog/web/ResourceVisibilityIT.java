package io.jingchu.hub.catalog.web;

import static io.jingchu.hub.catalog.ResourceDrafts.aDraft;
import static io.jingchu.hub.catalog.web.ResourceRegistrationIT.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.SharingAttribute;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Organization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who sees which resource (docs/access.md), in reads, history and search; the unseen is simply not found. */
class ResourceVisibilityIT extends CatalogHttpTest {

    Organization transport;
    Organization health;
    Caller publisher;
    Caller otherPublisher;

    @BeforeEach
    void organizations() {
        transport = organization("宜昌市交通运输局", YICHANG);
        health = organization("西陵区卫生健康局", XILING);
        publisher = publisherOf(transport);
        otherPublisher = publisherOf(health);
    }

    @Test
    void aDraftIsSeenByItsOwnerTheBureauAndAuditorsOnly() {
        DataResource draft = draftOf(publisher);
        for (Caller caller : new Caller[] {publisher, ADMIN, AUDITOR}) {
            assertThat(mvc.get().uri("/api/v1/resources/" + draft.code()).with(as(caller))).hasStatusOk();
        }
        for (Caller caller : new Caller[] {otherPublisher, CONSUMER}) {
            assertRefused(mvc.get().uri("/api/v1/resources/" + draft.code()).with(as(caller)).exchange(), 404,
                    "RESOURCE_NOT_FOUND", "code");
            assertRefused(mvc.get().uri("/api/v1/resources/" + draft.code() + "/history").with(as(caller)).exchange(),
                    404, "RESOURCE_NOT_FOUND", "code");
        }
        assertRefused(mvc.get().uri("/api/v1/resources/" + draft.code()).exchange(), 404, "RESOURCE_NOT_FOUND", "code");
    }

    @Test
    void aPublishedOpenResourceIsPublic() {
        DataResource open = published(publisher, aDraft().build());
        assertThat(mvc.get().uri("/api/v1/resources/" + open.code())).hasStatusOk()
                .bodyJson().extractingPath("$.title").isEqualTo("宜昌市公交线路");
        assertThat(mvc.get().uri("/api/v1/resources/" + open.code() + "/history")).hasStatusOk()
                .bodyJson().extractingPath("$.length()").isEqualTo(3);
    }

    @Test
    void aSharedButClosedResourceIsSeenByOtherPublishersNotByThePublic() {
        DataResource shared = published(publisher, aDraft().opening(OpeningAttribute.NONE).build());
        assertThat(mvc.get().uri("/api/v1/resources/" + shared.code()).with(as(otherPublisher))).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/resources/" + shared.code()).with(as(CONSUMER))).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/resources/" + shared.code())).hasStatus(404);
    }

    @Test
    void aResourceNeitherSharedNorOpenStaysWithItsOwner() {
        DataResource closed = published(publisher, aDraft().sharing(SharingAttribute.NONE)
                .opening(OpeningAttribute.NONE).build());
        assertThat(mvc.get().uri("/api/v1/resources/" + closed.code()).with(as(otherPublisher))).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/resources/" + closed.code()).with(as(publisher))).hasStatusOk();
    }

    @Test
    void searchFindsOnlyWhatTheCallerMaySee() {
        published(publisher, aDraft().build());
        draftOf(publisher);
        String uri = "/api/v1/resources?organization=" + transport.id();

        assertThat(mvc.get().uri(uri)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.total", t -> assertThat(t).isEqualTo(1))
                .hasPathSatisfying("$.hits[0].resource.state", s -> assertThat(s).isEqualTo("PUBLISHED"))
                .hasPathSatisfying("$.offset", o -> assertThat(o).isEqualTo(0))
                .hasPathSatisfying("$.limit", l -> assertThat(l).isEqualTo(20));
        assertThat(mvc.get().uri(uri).with(as(publisher))).hasStatusOk().bodyJson()
                .extractingPath("$.total").isEqualTo(2);
        assertThat(mvc.get().uri(uri).with(as(AUDITOR))).hasStatusOk().bodyJson()
                .extractingPath("$.total").isEqualTo(2);
    }

    @Test
    void searchFollowsEveryEdit() {
        DataResource open = published(publisher, aDraft().build());
        catalog.update(publisher, open.code(), open.version(), aDraft().opening(OpeningAttribute.NONE).build());
        assertThat(mvc.get().uri("/api/v1/resources?organization=" + transport.id())).hasStatusOk().bodyJson()
                .extractingPath("$.total").isEqualTo(0);
    }

    @Test
    void searchRefusesUnknownFilterValuesNamingTheParameter() {
        assertRefused(mvc.get().uri("/api/v1/resources?theme=SPORTS").exchange(), 400, "UNKNOWN_VALUE", "theme");
        assertRefused(mvc.get().uri("/api/v1/resources?sort=popularity").exchange(), 400, "UNKNOWN_VALUE", "sort");
        assertRefused(mvc.get().uri("/api/v1/resources?limit=101").exchange(), 400, "FIELD_INVALID", "limit");
        assertRefused(mvc.get().uri("/api/v1/resources?division=4205").exchange(), 400, "FIELD_INVALID", "division");
    }

    @Test
    void anUnknownResourceIsNotFound() {
        assertRefused(mvc.get().uri("/api/v1/resources/no-such-resource-here").exchange(), 404, "RESOURCE_NOT_FOUND",
                "code");
    }
}

package io.jingchu.hub.catalog.web;

import static io.jingchu.hub.catalog.ResourceDrafts.aDraft;
import static io.jingchu.hub.catalog.web.ResourceRegistrationIT.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Organization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Submit, publish, reject and retire over HTTP, who may do each, and the history they leave. */
class ResourceLifecycleIT extends CatalogHttpTest {

    Organization transport;
    Caller publisher;

    @BeforeEach
    void organization() {
        transport = organization("宜昌市交通运输局", YICHANG);
        publisher = publisherOf(transport);
    }

    @Test
    void aResourceIsSubmittedPublishedAndRetired() {
        DataResource r = draftOf(publisher);

        assertThat(transition(r.code(), "submit", publisher, version(1))).hasStatusOk()
                .bodyJson().extractingPath("$.state").isEqualTo("SUBMITTED");
        MvcTestResult published = transition(r.code(), "publish", ADMIN, version(2)).exchange();
        assertThat(published).hasStatusOk().bodyJson().extractingPath("$.state").isEqualTo("PUBLISHED");
        assertThat(published).bodyJson().extractingPath("$.publishedAt").isNotNull();
        assertThat(published.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo("\"3\"");
        assertThat(transition(r.code(), "retire", ADMIN, "{\"version\": 3, \"reason\": \"已由新资源替代\"}"))
                .hasStatusOk().bodyJson().extractingPath("$.state").isEqualTo("RETIRED");

        assertThat(mvc.get().uri("/api/v1/resources/" + r.code() + "/history").with(as(publisher)))
                .hasStatusOk().bodyJson()
                .hasPathSatisfying("$[*].action", a -> assertThat(a).asArray()
                        .containsExactly("REGISTER", "SUBMIT", "PUBLISH", "RETIRE"))
                .hasPathSatisfying("$[3].note", n -> assertThat(n).isEqualTo("已由新资源替代"))
                .hasPathSatisfying("$[2].actor", a -> assertThat(a).isEqualTo(ADMIN.username()))
                .hasPathSatisfying("$[2].changes[?(@.attribute == 'state')].after",
                        a -> assertThat(a).asArray().containsExactly("PUBLISHED"));
    }

    @Test
    void aRejectionCarriesItsReason() {
        DataResource r = submitted();
        assertThat(transition(r.code(), "reject", ADMIN, "{\"version\": 2, \"reason\": \"字段说明不完整\"}"))
                .hasStatusOk().bodyJson().extractingPath("$.rejectionReason").isEqualTo("字段说明不完整");
        assertThat(catalog.get(ADMIN, r.code()).state()).isEqualTo(LifecycleState.REJECTED);
    }

    @Test
    void aRejectionWithoutReasonIsRefused() {
        DataResource r = submitted();
        assertRefused(transition(r.code(), "reject", ADMIN, version(2)).exchange(), 422, "REJECTION_REASON_REQUIRED",
                "reason");
        assertUnchanged(r);
    }

    @Test
    void aTransitionWithoutAVersionIsRefused() {
        DataResource r = draftOf(publisher);
        assertRefused(transition(r.code(), "submit", publisher, "{}").exchange(), 400, "FIELD_REQUIRED", "version");
        assertUnchanged(r);
    }

    @Test
    void aStaleTransitionIsRefused() {
        DataResource r = draftOf(publisher);
        assertRefused(transition(r.code(), "submit", publisher, version(5)).exchange(), 409,
                "CONCURRENT_MODIFICATION", "version");
        assertUnchanged(r);
    }

    @Test
    void aPublisherDoesNotPublishRejectOrRetire() {
        DataResource r = submitted();
        assertRefused(transition(r.code(), "publish", publisher, version(2)).exchange(), 403, "ONLY_BUREAU_DECIDES",
                null);
        assertRefused(transition(r.code(), "reject", publisher, "{\"version\": 2, \"reason\": \"x\"}").exchange(), 403,
                "ONLY_BUREAU_DECIDES", null);
        assertUnchanged(r);
        DataResource p = published(publisher, aDraft().build());
        assertRefused(transition(p.code(), "retire", publisher, version(3)).exchange(), 403, "ONLY_BUREAU_DECIDES",
                null);
        assertUnchanged(p);
    }

    @Test
    void consumersAndAuditorsMoveNothing() {
        DataResource r = submitted();
        for (Caller caller : new Caller[] {CONSUMER, AUDITOR}) {
            assertThat(transition(r.code(), "publish", caller, version(2))).hasStatus(403)
                    .bodyJson().extractingPath("$.code").isEqualTo("ACCESS_DENIED");
        }
        assertUnchanged(r);
    }

    @Test
    void anonymousCallersMoveNothing() {
        DataResource r = submitted();
        assertThat(mvc.post().uri("/api/v1/resources/" + r.code() + "/publish").with(anonymous())
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(version(2)))
                .hasStatus(401);
        assertUnchanged(r);
    }

    @Test
    void aDraftIsNotPublished() {
        DataResource r = draftOf(publisher);
        assertRefused(transition(r.code(), "publish", ADMIN, version(1)).exchange(), 409, "ILLEGAL_TRANSITION", "state");
        assertUnchanged(r);
    }

    @Test
    void aSubmittedResourceIsNotEdited() {
        DataResource r = submitted();
        assertRefused(put("/api/v1/resources/" + r.code(), publisher, body(aDraft().title("改").build(), 2)).exchange(),
                409, "ILLEGAL_TRANSITION", "state");
        assertUnchanged(r);
    }

    @Test
    void aRetiredResourceIsNeverEditedAgain() {
        DataResource p = published(publisher, aDraft().build());
        DataResource retired = catalog.retire(ADMIN, p.code(), 3, null);
        assertRefused(put("/api/v1/resources/" + p.code(), ADMIN, body(aDraft().title("改").build(), 4)).exchange(),
                409, "ILLEGAL_TRANSITION", "state");
        assertRefused(transition(p.code(), "submit", ADMIN, version(4)).exchange(), 409, "ILLEGAL_TRANSITION", "state");
        assertUnchanged(retired);
    }

    @Test
    void anotherOrganizationsPublisherCannotSubmitADraftItCannotSee() {
        DataResource r = draftOf(publisher);
        Caller stranger = publisherOf(organization("西陵区卫生健康局", XILING));
        assertRefused(transition(r.code(), "submit", stranger, version(1)).exchange(), 404, "RESOURCE_NOT_FOUND",
                "code");
        assertUnchanged(r);
    }

    private DataResource submitted() {
        DataResource r = draftOf(publisher);
        return catalog.submit(publisher, r.code(), 1);
    }

    private void assertUnchanged(DataResource before) {
        assertThat(catalog.get(ADMIN, before.code())).isEqualTo(before);
        assertThat(historyOf(before.code())).isEqualTo(before.version());
    }
}

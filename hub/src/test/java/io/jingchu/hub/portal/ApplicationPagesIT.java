package io.jingchu.hub.portal;

import static io.jingchu.hub.portal.PortalData.BUS_STOPS_CSV;
import static io.jingchu.hub.portal.PortalData.busStops;
import static io.jingchu.hub.portal.PortalData.utf8;
import static io.jingchu.hub.testing.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.jingchu.hub.access.AccessApi;
import io.jingchu.hub.access.AccessApplication;
import io.jingchu.hub.access.ApplicationState;
import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.ingest.IngestFixture;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Conditionally open data on the web: a consumer applies, the provider's publisher decides, the data opens. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationPagesIT extends IntegrationTest {

    @Autowired
    CatalogApi catalog;
    @Autowired
    AccessApi access;
    @Autowired
    IngestFixture ingest;
    @Autowired
    TestAccounts accounts;

    Caller publisher;
    DataResource conditional;

    @BeforeAll
    void publish() {
        Organization organization = accounts.organization();
        publisher = accounts.publisher(organization);
        conditional = PortalData.publish(catalog, accounts, publisher,
                busStops("公交客流（有条件开放）", OpeningAttribute.CONDITIONAL));
        ingest.load(mvc, publisher, conditional.code(), "客流.csv", utf8(BUS_STOPS_CSV));
    }

    AccessApplication apply(Caller consumer) {
        return access.apply(consumer, conditional.code(), "研究公交线网", null);
    }

    ApplicationState state(AccessApplication application) {
        return access.application(accounts.admin(), application.id()).state();
    }

    @Test
    void theProviderApprovesAndTheApplicantThenReadsTheRows() {
        Caller consumer = accounts.consumer();
        AccessApplication application = apply(consumer);

        assertThat(IngestFixture.text(mvc.get().uri("/applications").with(as(publisher)).exchange()))
                .contains("公交客流（有条件开放）", "研究公交线网", "/applications/" + application.id() + "/approve");
        MvcTestResult approved = mvc.post().uri("/applications/" + application.id() + "/approve").with(as(publisher))
                .with(csrf()).param("comment", "同意").exchange();

        assertThat(approved).hasStatus3xxRedirection().hasRedirectedUrl("/applications");
        assertThat(state(application)).isEqualTo(ApplicationState.APPROVED);
        assertThat(IngestFixture.text(mvc.get().uri("/datasets/" + conditional.code()).with(as(consumer)).exchange()))
                .contains("夷陵广场", "共 6 条记录").doesNotContain("name=\"purpose\"");
        assertThat(IngestFixture.text(mvc.get().uri("/applications").with(as(consumer)).exchange()))
                .contains("已批准", "同意");
    }

    @Test
    void aRefusalNeedsItsReason() {
        AccessApplication application = apply(accounts.consumer());

        MvcTestResult refused = mvc.post().uri("/applications/" + application.id() + "/refuse").with(as(publisher))
                .with(csrf()).param("reason", "").exchange();

        assertThat(refused.getResponse().getStatus()).isBetween(400, 499);
        assertThat(state(application)).isEqualTo(ApplicationState.PENDING);
        assertThat(mvc.post().uri("/applications/" + application.id() + "/refuse").with(as(publisher)).with(csrf())
                .param("reason", "用途不明确")).hasStatus3xxRedirection();
        assertThat(state(application)).isEqualTo(ApplicationState.REFUSED);
    }

    @Test
    void onlyTheProvidersPublisherOrTheBureauDecides() {
        Caller consumer = accounts.consumer();
        AccessApplication application = apply(consumer);

        assertThat(mvc.post().uri("/applications/" + application.id() + "/approve").with(as(consumer)).with(csrf()))
                .hasStatus(403);
        MvcTestResult stranger = mvc.post().uri("/applications/" + application.id() + "/approve")
                .with(as(accounts.publisher())).with(csrf()).exchange();

        assertThat(stranger.getResponse().getStatus()).isBetween(403, 404);
        assertThat(IngestFixture.text(mvc.get().uri("/applications").with(as(accounts.publisher())).exchange()))
                .doesNotContain("/applications/" + application.id() + "/approve");
        assertThat(state(application)).isEqualTo(ApplicationState.PENDING);
    }
}

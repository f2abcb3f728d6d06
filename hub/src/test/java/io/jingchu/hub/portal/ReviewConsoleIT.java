package io.jingchu.hub.portal;

import static io.jingchu.hub.catalog.ResourceDrafts.aDraft;
import static io.jingchu.hub.testing.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Role;
import io.jingchu.hub.ingest.IngestFixture;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The bureau's review queue: what waits, publishing and rejecting, and everyone else refused. */
class ReviewConsoleIT extends IntegrationTest {

    @Autowired
    CatalogApi catalog;
    @Autowired
    TestAccounts accounts;

    DataResource submitted(String title) {
        Caller publisher = accounts.publisher();
        DataResource draft = catalog.register(publisher, aDraft().code(accounts.uniqueName("review")).title(title)
                .organization(publisher.organizationId()).build());
        return catalog.submit(publisher, draft.code(), draft.version());
    }

    LifecycleState state(DataResource resource) {
        return catalog.get(accounts.admin(), resource.code()).state();
    }

    @Test
    void theBureauSeesWhatWaitsAndPublishesIt() {
        Caller admin = accounts.admin();
        DataResource waiting = submitted("待审核的公交线路");
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(IngestFixture.text(mvc.get().uri("/console/reviews").with(as(admin)).exchange()))
                        .contains("待审核的公交线路", "/console/reviews/" + waiting.code() + "/publish"));

        MvcTestResult published = mvc.post().uri("/console/reviews/" + waiting.code() + "/publish").with(as(admin))
                .with(csrf()).param("version", Long.toString(waiting.version())).exchange();

        assertThat(published).hasStatus3xxRedirection().hasRedirectedUrl("/console/reviews");
        assertThat(state(waiting)).isEqualTo(LifecycleState.PUBLISHED);
    }

    @Test
    void aRejectionKeepsItsReason() {
        DataResource waiting = submitted("字段不全的数据");

        assertThat(mvc.post().uri("/console/reviews/" + waiting.code() + "/reject").with(as(accounts.admin()))
                .with(csrf()).param("version", Long.toString(waiting.version())).param("reason", "缺少字段说明"))
                .hasStatus3xxRedirection();

        DataResource rejected = catalog.get(accounts.admin(), waiting.code());
        assertThat(rejected.state()).isEqualTo(LifecycleState.REJECTED);
        assertThat(rejected.rejectionReason()).isEqualTo("缺少字段说明");
    }

    @Test
    void aRejectionWithoutAReasonIsRefusedAndChangesNothing() {
        DataResource waiting = submitted("没有理由的驳回");

        MvcTestResult refused = mvc.post().uri("/console/reviews/" + waiting.code() + "/reject")
                .with(as(accounts.admin())).with(csrf()).param("version", Long.toString(waiting.version()))
                .param("reason", " ").exchange();

        assertThat(refused.getResponse().getStatus()).isBetween(400, 499);
        assertThat(IngestFixture.text(refused)).contains("<html");
        assertThat(state(waiting)).isEqualTo(LifecycleState.SUBMITTED);
    }

    @Test
    void aDecisionOnAnOutdatedVersionIsRefusedAndChangesNothing() {
        DataResource waiting = submitted("版本已变");

        MvcTestResult refused = mvc.post().uri("/console/reviews/" + waiting.code() + "/publish")
                .with(as(accounts.admin())).with(csrf()).param("version", Long.toString(waiting.version() - 1))
                .exchange();

        assertThat(refused).hasStatus(409);
        assertThat(IngestFixture.text(refused)).contains("CONCURRENT_MODIFICATION");
        assertThat(state(waiting)).isEqualTo(LifecycleState.SUBMITTED);
    }

    @Test
    void everyoneButTheBureauIsRefusedTheQueueAndItsDecisions() {
        DataResource waiting = submitted("无权审核");
        for (Role role : new Role[] {Role.PUBLISHER, Role.CONSUMER, Role.AUDITOR}) {
            Caller caller = accounts.user(role);

            assertThat(mvc.get().uri("/console/reviews").with(as(caller))).as(role.name()).hasStatus(403);
            assertThat(mvc.post().uri("/console/reviews/" + waiting.code() + "/publish").with(as(caller)).with(csrf())
                    .param("version", Long.toString(waiting.version()))).as(role.name()).hasStatus(403)
                    .bodyJson().extractingPath("$.code").isEqualTo("ACCESS_DENIED");
        }
        // a browser that has not signed in is sent to sign in
        assertThat(mvc.get().uri("/console/reviews").accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection()
                .redirectedUrl().endsWith("/login");
        assertThat(mvc.post().uri("/console/reviews/" + waiting.code() + "/publish").accept(MediaType.TEXT_HTML)
                .with(csrf()).param("version", Long.toString(waiting.version()))).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/console/reviews").accept(MediaType.APPLICATION_JSON)).hasStatus(401);
        assertThat(state(waiting)).isEqualTo(LifecycleState.SUBMITTED);
    }

    @Test
    void aBrowserRefusedAConsolePageIsShownAPageSayingSo() {
        MvcTestResult refused = mvc.get().uri("/console/reviews").with(as(accounts.consumer()))
                .accept(MediaType.TEXT_HTML).exchange();

        // the container forwards to the page; MockMvc only records where to
        assertThat(refused).hasStatus(403).hasForwardedUrl("/denied");
        MvcTestResult page = mvc.get().uri("/denied").accept(MediaType.TEXT_HTML).exchange();
        assertThat(page).hasStatus(403);
        assertThat(IngestFixture.text(page)).contains("<html", "ACCESS_DENIED", "当前身份无权执行此操作");
    }

    @Test
    void theNavigationOffersTheQueueToTheBureauOnly() {
        assertThat(IngestFixture.text(mvc.get().uri("/").with(as(accounts.admin())).exchange()))
                .contains("href=\"/console/reviews\"");
        assertThat(IngestFixture.text(mvc.get().uri("/").with(as(accounts.consumer())).exchange()))
                .doesNotContain("/console/reviews");
    }
}

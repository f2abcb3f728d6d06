package io.jingchu.hub.portal;

import static io.jingchu.hub.portal.PortalData.BUS_STOPS_CSV;
import static io.jingchu.hub.portal.PortalData.busStops;
import static io.jingchu.hub.portal.PortalData.utf8;
import static io.jingchu.hub.testing.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IdentityAdministration;
import io.jingchu.hub.ingest.IngestApi;
import io.jingchu.hub.ingest.IngestFixture;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Loading a CSV with Chinese headers from the publisher console, its progress followed until the report. */
class LoadConsoleIT extends IntegrationTest {

    @Autowired
    CatalogApi catalog;
    @Autowired
    IngestApi ingest;
    @Autowired
    TestAccounts accounts;
    @Autowired
    IdentityAdministration administration;

    MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "公交站点.csv", "text/csv", utf8(text));
    }

    /** Starts a load from the console's form and returns the job page it leads to. */
    String load(Caller publisher, DataResource resource, String text) {
        MvcTestResult started = mvc.post().uri("/console/resources/" + resource.code() + "/loads").multipart()
                .file(csv(text)).with(as(publisher)).with(csrf()).exchange();
        assertThat(started).hasStatus3xxRedirection();
        String page = started.getResponse().getRedirectedUrl();
        assertThat(page).startsWith("/console/loads/");
        return page;
    }

    /**
     * Asks for the progress section as the page's script does until the answer no longer names an event stream
     * (the job has ended); returns that last answer. Each answer of a running job names its stream and has the
     * refresh link that works without script.
     */
    String follow(Caller publisher, String page) {
        String[] progress = new String[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            progress[0] = IngestFixture.text(mvc.get().uri(page).with(as(publisher)).header("HX-Request", "true")
                    .exchange());
            if (progress[0].contains("data-events=")) {
                String stream = "/api/v1" + page.substring("/console".length()) + "/events";
                assertThat(progress[0]).contains("data-events=\"" + stream + "\"", "href=\"" + page + "\"")
                        .doesNotContain("hx-trigger");
                return false;
            }
            return true;
        });
        return progress[0];
    }

    /** Signs in through the login form, as a browser does, and returns the session. */
    MockHttpSession signIn(Caller caller) {
        MvcTestResult login = mvc.perform(formLogin().user(caller.username()).password(TestAccounts.PASSWORD));
        assertThat(login).hasStatus3xxRedirection();
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    @Test
    void aPublisherLoadsACsvAndFollowsItToTheReport() {
        Caller publisher = accounts.publisher(accounts.organization());
        DataResource stops = PortalData.publish(catalog, accounts, publisher,
                busStops("控制台载入的公交站点", OpeningAttribute.UNCONDITIONAL));
        assertThat(IngestFixture.text(mvc.get().uri("/console/resources/" + stops.code()).with(as(publisher))
                .exchange())).contains("enctype=\"multipart/form-data\"", "/console/resources/" + stops.code() + "/loads");

        String failed = follow(publisher, load(publisher, stops, BUS_STOPS_CSV + "S7,坏行,西陵区,很多,111.29,30.70\n"));
        String page = load(publisher, stops, BUS_STOPS_CSV);
        String done = follow(publisher, page);

        // a value that does not fit its field fails the load, and the report says where
        assertThat(failed).doesNotContain("<html").contains("id=\"load-progress\"", "data-state=\"FAILED\"",
                "data-code=\"TYPE_ERRORS\"", "读取 7 行，载入 0 行，剔除 1 行", "第 7 行 routes");
        assertThat(done).doesNotContain("<html", "data-events").contains("data-state=\"SUCCEEDED\"", "已完成", "100%",
                "读取 6 行，载入 6 行，剔除 0 行", "stop_name");
        assertThat(IngestFixture.text(mvc.get().uri(page).with(as(publisher)).exchange())).contains("<html", "已完成");
        assertThat(IngestFixture.text(mvc.get().uri("/datasets/" + stops.code()).exchange())).contains("夷陵广场");
    }

    @Test
    void theBrowsersSessionFollowsTheLoadsServerSentEvents() {
        Caller publisher = accounts.publisher(accounts.organization());
        DataResource stops = PortalData.publish(catalog, accounts, publisher,
                busStops("事件流里的公交站点", OpeningAttribute.UNCONDITIONAL));
        MockHttpSession session = signIn(publisher);
        String page = load(publisher, stops, BUS_STOPS_CSV);
        String events = "/api/v1" + page.substring("/console".length()) + "/events";
        follow(publisher, page);

        MvcTestResult streamed = mvc.get().uri(events).session(session).accept(MediaType.TEXT_EVENT_STREAM)
                .exchange(Duration.ofSeconds(10));
        MvcTestResult anonymous = mvc.get().uri(events).accept(MediaType.TEXT_EVENT_STREAM).exchange();
        MvcTestResult stranger = mvc.get().uri(events).session(signIn(accounts.publisher(accounts.organization())))
                .accept(MediaType.TEXT_EVENT_STREAM).exchange(Duration.ofSeconds(10));

        assertThat(streamed).hasStatusOk();
        assertThat(IngestFixture.text(streamed)).contains("event:done", "\"state\":\"SUCCEEDED\"", "\"rows\":6",
                "\"rowsPerSecond\"", "\"totalBytes\"");
        assertThat(anonymous).hasStatus(401);
        assertThat(stranger.getResponse().getStatus()).isBetween(403, 404);
        assertThat(IngestFixture.text(stranger)).doesNotContain("event:");
        // reading the stream made no session, and a stream is no way to change anything
        assertThat(anonymous.getRequest().getSession(false)).isNull();
        assertThat(mvc.post().uri("/api/v1" + page.substring("/console".length()) + "/cancel").session(session))
                .hasStatus(401);

        // the session of a user disabled since follows nothing more
        administration.setEnabled(accounts.admin(), publisher.userId(), false);
        MvcTestResult disabled = mvc.get().uri(events).session(session).accept(MediaType.TEXT_EVENT_STREAM).exchange();
        assertThat(disabled).hasStatus(401);
        assertThat(IngestFixture.text(disabled)).doesNotContain("event:");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void noOneButTheOrganizationsPublisherLoadsAndNothingStartsWhenRefused() {
        Caller publisher = accounts.publisher(accounts.organization());
        DataResource stops = PortalData.publish(catalog, accounts, publisher,
                busStops("无权载入的公交站点", OpeningAttribute.UNCONDITIONAL));
        String uri = "/console/resources/" + stops.code() + "/loads";

        assertThat(mvc.post().uri(uri).multipart().file(csv(BUS_STOPS_CSV)).with(as(accounts.consumer()))
                .with(csrf())).hasStatus(403);
        assertThat(mvc.post().uri(uri).multipart().file(csv(BUS_STOPS_CSV)).with(as(publisher))).hasStatus(403);
        MvcTestResult stranger = mvc.post().uri(uri).multipart().file(csv(BUS_STOPS_CSV))
                .with(as(accounts.publisher(accounts.organization()))).with(csrf()).exchange();

        assertThat(stranger.getResponse().getStatus()).isBetween(403, 404);
        assertThat(ingest.jobs(accounts.admin(), stops.code())).isEmpty();
    }
}

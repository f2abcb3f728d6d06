package io.jingchu.hub.ingest;

import static io.jingchu.hub.catalog.ResourceDrafts.aDraft;
import static io.jingchu.hub.testing.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.testing.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Test fixture for anything that needs data loaded: registers a published resource with a given schema and
 * loads bytes into it through the same HTTP path a publisher uses (upload, load, wait for the job).
 */

public class IngestFixture {

    private final CatalogApi catalog;
    private final TestAccounts accounts;
    private final List<DatasetVersionPublished> published = new CopyOnWriteArrayList<>();

    public IngestFixture(CatalogApi catalog, TestAccounts accounts) {
        this.catalog = catalog;
        this.accounts = accounts;
    }

    /** A published resource of the publisher's organization with these fields and opening attribute. */
    public DataResource publishedResource(Caller publisher, OpeningAttribute opening, FieldSpec... fields) {
        DataResource draft = catalog.register(publisher, aDraft().code(accounts.uniqueName("data"))
                .organization(publisher.organizationId()).fields(fields).opening(opening).build());
        DataResource submitted = catalog.submit(publisher, draft.code(), draft.version());
        return catalog.publish(accounts.admin(), submitted.code(), submitted.version());
    }

    /** Uploads in one chunk and returns the upload id. */
    public String upload(MockMvcTester mvc, Caller publisher, String filename, byte[] content) {
        MvcTestResult created = mvc.post().uri("/api/v1/uploads").with(as(publisher))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"filename\":\"" + filename + "\",\"size\":" + content.length + "}").exchange();
        assertThat(created).hasStatus(201);
        String id = JsonPath.read(text(created), "$.id");
        MvcTestResult put = mvc.put().uri("/api/v1/uploads/" + id).with(as(publisher))
                .header("Upload-Offset", "0").contentType(MediaType.APPLICATION_OCTET_STREAM).content(content)
                .exchange();
        assertThat(put).hasStatusOk();
        return id;
    }

    /** Starts a load of an upload and returns the job id. */
    public long startLoad(MockMvcTester mvc, Caller publisher, String code, String body) {
        MvcTestResult started = mvc.post().uri("/api/v1/resources/" + code + "/loads").with(as(publisher))
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
        assertThat(started).hasStatus(202);
        return ((Number) JsonPath.read(text(started), "$.id")).longValue();
    }

    /** Waits until the job ends and returns its JSON. */
    public String awaitEnd(MockMvcTester mvc, Caller caller, long job) {
        String[] last = new String[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            last[0] = text(mvc.get().uri("/api/v1/loads/" + job).with(as(caller)).exchange());
            String state = JsonPath.read(last[0], "$.state");
            return !state.equals("QUEUED") && !state.equals("RUNNING");
        });
        return last[0];
    }

    /** Loads a file end to end and asserts it succeeded; returns the job JSON. */
    public String load(MockMvcTester mvc, Caller publisher, String code, String filename, byte[] content) {
        String upload = upload(mvc, publisher, filename, content);
        String job = awaitEnd(mvc, publisher, startLoad(mvc, publisher, code, "{\"upload\":\"" + upload + "\"}"));
        assertThat((String) JsonPath.read(job, "$.state")).as(job).isEqualTo("SUCCEEDED");
        return job;
    }

    /** Every version published while the tests ran, as the event announced it. */
    public List<DatasetVersionPublished> published() {
        return List.copyOf(published);
    }

    @EventListener
    void on(DatasetVersionPublished event) {
        published.add(event);
    }

    public static String text(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}

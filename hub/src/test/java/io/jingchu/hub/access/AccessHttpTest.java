package io.jingchu.hub.access;

import static io.jingchu.hub.catalog.ResourceDrafts.aDraft;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.ResourceDrafts;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.testing.Callers;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Base of the access module's integration tests: real users and organizations ({@link TestAccounts}),
 * resources registered and published through the catalog, requests made as a caller.
 */
public abstract class AccessHttpTest extends IntegrationTest {

    @Autowired
    protected TestAccounts accounts;
    @Autowired
    protected CatalogApi catalog;
    @Autowired
    protected AccessApi access;
    @Autowired
    protected JdbcClient jdbc;

    private Caller bureau;

    /** The data bureau that publishes what the tests register. */
    protected Caller bureau() {
        if (bureau == null) {
            bureau = accounts.admin();
        }
        return bureau;
    }

    /** A resource of the owner's organization, published by the bureau, with this opening attribute. */
    protected DataResource published(Caller owner, OpeningAttribute opening) {
        return published(owner, aDraft().opening(opening));
    }

    protected DataResource published(Caller owner, ResourceDrafts draft) {
        DataResource registered = catalog.register(owner, draft.build());
        catalog.submit(owner, registered.code(), registered.version());
        return catalog.publish(bureau(), registered.code(), registered.version() + 1);
    }

    /** A resource of the owner's organization that stays a draft. */
    protected DataResource draft(Caller owner, OpeningAttribute opening) {
        return catalog.register(owner, aDraft().opening(opening).build());
    }

    protected MvcTestResult post(String uri, Caller caller, String json) {
        return mvc.post().uri(uri).with(Callers.as(caller)).contentType(MediaType.APPLICATION_JSON).content(json)
                .exchange();
    }

    protected MvcTestResult get(String uri, Caller caller) {
        return mvc.get().uri(uri).with(Callers.as(caller)).exchange();
    }

    /** A problem+json refusal with this status, code and (unless null) field. */
    protected static void assertRefused(MvcTestResult result, int status, String code, String field) {
        assertThat(result).hasStatus(status);
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo(code);
        if (field != null) {
            assertThat(result).bodyJson().extractingPath("$.field").isEqualTo(field);
        }
    }

    /** A long as JSON path reads it back: an Integer when it fits, as ids and counts in tests do. */
    protected static Object jsonNumber(long value) {
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? (Object) (int) value : (Object) value;
    }

    protected long applicationsFor(String resourceCode) {
        return jdbc.sql("SELECT COUNT(*) FROM access_application WHERE resource_code = ?").param(resourceCode)
                .query(Long.class).single();
    }
}

package io.jingchu.hub.catalog.web;

import static io.jingchu.hub.catalog.ResourceDrafts.aDraft;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.ResourceDraft;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.identity.Role;
import io.jingchu.hub.testing.IntegrationTest;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Base of the catalog's HTTP tests: callers authenticated as a {@link Caller} principal with its roles as
 * authorities, organizations created through {@link IdentityApi}, drafts sent as the contract's JSON.
 */
abstract class CatalogHttpTest extends IntegrationTest {

    static final String YICHANG = "420500000000";
    static final String XILING = "420502000000";
    static final String XILING_STREET = "420502001000";
    private static final AtomicLong USER_IDS = new AtomicLong(50_000);

    static final Caller ADMIN = caller("bureau", null, Role.ADMIN);
    static final Caller AUDITOR = caller("auditor", null, Role.AUDITOR);
    static final Caller CONSUMER = caller("citizen", null, Role.CONSUMER);

    @Autowired
    IdentityApi identity;
    @Autowired
    CatalogApi catalog;
    @Autowired
    JdbcClient jdbc;

    final JsonMapper json = JsonMapper.builder().build();

    static Caller caller(String name, Long organizationId, Role... roles) {
        long id = USER_IDS.incrementAndGet();
        return new Caller(id, name + "-" + id, Set.of(roles), organizationId);
    }

    static Caller publisherOf(Organization org) {
        return caller("publisher", org.id(), Role.PUBLISHER);
    }

    /** The request as made by this caller: authenticated, with a CSRF token should the chain ask for one. */
    static RequestPostProcessor as(Caller caller) {
        var authorities = caller.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        RequestPostProcessor auth = authentication(
                UsernamePasswordAuthenticationToken.authenticated(caller, null, authorities));
        return request -> csrf().postProcessRequest(auth.postProcessRequest(request));
    }

    /** An anonymous request that still carries a CSRF token, so that only the missing login can refuse it. */
    static RequestPostProcessor anonymous() {
        return csrf();
    }

    Organization organization(String name, String divisionCode) {
        String code = "org-" + UUID.randomUUID().toString().substring(0, 8);
        return identity.createOrganization(ADMIN, code, name + code, divisionCode);
    }

    String body(ResourceDraft draft) {
        return json.writeValueAsString(draft);
    }

    String body(ResourceDraft draft, long version) {
        ObjectNode node = json.valueToTree(draft);
        node.put("version", version);
        return json.writeValueAsString(node);
    }

    MockMvcRequestBuilder post(String uri, Caller caller, String body) {
        return mvc.post().uri(uri).with(as(caller)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    MockMvcRequestBuilder put(String uri, Caller caller, String body) {
        return mvc.put().uri(uri).with(as(caller)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    MockMvcRequestBuilder transition(String code, String action, Caller caller, String body) {
        return post("/api/v1/resources/" + code + "/" + action, caller, body);
    }

    static String version(long version) {
        return "{\"version\": " + version + "}";
    }

    /** A resource published through the API of the module, as a precondition. */
    DataResource published(Caller owner, ResourceDraft draft) {
        DataResource r = catalog.register(owner, draft);
        catalog.submit(owner, r.code(), 1);
        return catalog.publish(ADMIN, r.code(), 2);
    }

    DataResource draftOf(Caller owner) {
        return catalog.register(owner, aDraft().build());
    }

    long rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    long historyOf(String code) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM resource_change c JOIN data_resource r ON r.id = c.resource_id
                WHERE r.code = :code""").param("code", code).query(Long.class).single();
    }
}

package io.jingchu.hub.catalog.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.Contact;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.OpeningTerms;
import io.jingchu.hub.catalog.ResourceDraft;
import io.jingchu.hub.catalog.SecurityGrade;
import io.jingchu.hub.catalog.Sensitivity;
import io.jingchu.hub.catalog.SharingAttribute;
import io.jingchu.hub.catalog.SharingTerms;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.catalog.UpdateFrequency;
import io.jingchu.hub.common.HubProperties;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.identity.Role;
import io.jingchu.hub.testing.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The DCAT-AP documents through HTTP, on this pass's database. */
class DcatCatalogIT extends IntegrationTest {

    static final Caller ADMIN = new Caller(90_002, "dcat-it-bureau", Set.of(Role.ADMIN), null);

    @Autowired
    IdentityApi identity;
    @Autowired
    CatalogApi catalog;
    @Autowired
    HubProperties properties;

    Organization organization() {
        String code = "dcat-" + UUID.randomUUID().toString().substring(0, 8);
        return identity.createOrganization(ADMIN, code, "宜昌市测试局" + code, "420500000000");
    }

    static ResourceDraft draft(Organization owner, String title) {
        return new ResourceDraft(null, title, "用于 DCAT-AP 输出测试的资源。", owner.id(), Theme.ENVIRONMENT,
                List.of("环境"), List.of(), UpdateFrequency.MONTHLY, "CC-BY-4.0",
                new Contact("测试联系人", null, "dcat-it@example.org"), SecurityGrade.GENERAL, Sensitivity.L1,
                new SharingTerms(SharingAttribute.UNCONDITIONAL, null, null),
                new OpeningTerms(OpeningAttribute.UNCONDITIONAL, null, null), false);
    }

    Node dataset(DataResource resource) {
        return NodeFactory.createURI(new CatalogIris(properties.publicUrl()).dataset(resource.code()));
    }

    @Test
    void catalogIsTurtleWithThePublishedResourceAndWithoutTheDraft() {
        Organization owner = organization();
        DataResource registered = catalog.register(ADMIN, draft(owner, "空气质量监测"));
        DataResource submitted = catalog.submit(ADMIN, registered.code(), registered.version());
        DataResource open = catalog.publish(ADMIN, submitted.code(), submitted.version());
        DataResource hidden = catalog.register(ADMIN, draft(owner, "水质监测草稿"));

        MvcTestResult result = mvc.get().uri("/catalog.ttl").exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/turtle");
        Graph graph = RDFParser.source(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))
                .lang(Lang.TURTLE).toGraph();
        assertThat(graph.contains(dataset(open), RDF.type.asNode(), DCAT.Dataset.asNode())).isTrue();
        assertThat(graph.find(dataset(hidden), Node.ANY, Node.ANY).toList()).isEmpty();
    }

    @Test
    void oneResourceIsServedAsJsonLd() {
        DataResource registered = catalog.register(ADMIN, draft(organization(), "噪声监测"));
        DataResource submitted = catalog.submit(ADMIN, registered.code(), registered.version());
        DataResource open = catalog.publish(ADMIN, submitted.code(), submitted.version());

        MvcTestResult result = mvc.get().uri("/catalog/resources/{code}.jsonld", open.code()).exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/ld+json");
        Graph graph = RDFParser.source(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))
                .lang(Lang.JSONLD).toGraph();
        assertThat(graph.contains(dataset(open), RDF.type.asNode(), DCAT.Dataset.asNode())).isTrue();
    }

    @Test
    void aDraftHasNoDocumentOfItsOwn() {
        DataResource draft = catalog.register(ADMIN, draft(organization(), "土壤监测草稿"));

        assertThat(mvc.get().uri("/catalog/resources/{code}.ttl", draft.code()))
                .hasStatus(404)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.code").isEqualTo("RESOURCE_NOT_FOUND");
    }
}
